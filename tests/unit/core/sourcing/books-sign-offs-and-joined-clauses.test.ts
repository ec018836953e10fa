/** A book under review as a source (relayed, like another outlet’s reporting), sign-off lines under oral-history answers, testimony participles and joined "who" clauses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('a book cited for what it holds passes on its writer’s reporting', () => {
  assert.deepEqual(kindsOf('According to the book, the mayor had drafted the resignation letter a week earlier.'), ['relayed']);
  assert.deepEqual(kindsOf('The harbour deal, as the book notes, was signed in a hotel bar.'), ['relayed']);
  assert.equal(cueOf('According to the new book, the deal was signed in a bar.', 'relayed'), 'According to the new book');
});

test('a memoir, a record or a book that only comes up stays what it was', () => {
  assert.deepEqual(kindsOf('According to the memoir, the mayor had drafted the resignation letter a week earlier.'), ['document']);
  assert.deepEqual(kindsOf('According to court records, the mayor had drafted the resignation letter a week earlier.'), ['document']);
  // The book is talked about, not cited.
  assert.deepEqual(kindsOf('The mayor bought the book at an airport kiosk.'), []);
  assert.deepEqual(kindsOf('The mayor said the book was full of errors.'), ['on-record']);
  // A memoir earlier in the paragraph: "the book" is that participant's own record.
  const [, memoir] = tag('The envoy published a memoir in 2015. According to the book, he never kept notes.');
  assert.deepEqual(memoir!.kinds, ['document']);
});

test('an author narrating a book in the present tense relays it', () => {
  assert.deepEqual(kindsOf('The council, the author writes, never read the contract it approved.'), ['relayed']);
  assert.deepEqual(kindsOf('As Ines Varga notes in her brisk new book, the council never read the contract.'), ['relayed']);
  assert.deepEqual(kindsOf('Varga argues in the book that the council never read the contract.'), ['relayed']);
});

test('an author speaking, a named author of something else, or another book verb stays on the record', () => {
  // Past tense: the writer speaking to someone, not narrating.
  assert.deepEqual(kindsOf('The author said in an interview that the council never read the contract.'), ['on-record']);
  // "The author of the memo" is identified by what she wrote, and her memo is no book.
  assert.deepEqual(kindsOf('The author of the memo writes that the council never read the contract.'), ['on-record']);
  // A column or a letter is the writer's own statement.
  assert.deepEqual(kindsOf('Varga writes in her column that the council never read the contract.'), ['on-record']);
  assert.deepEqual(kindsOf('Varga notes in a letter to the council that it never read the contract.'), ['on-record']);
});

test('a dash, a name and a role under an answer credit it to that person', () => {
  assert.equal(cueOf('— Tomas Berg, former scheduler to the governor', 'on-record'), '— Tomas Berg');
  assert.deepEqual(tag('— Aiko Mori, retired deputy chief of protocol, State Department')[0]!.kinds, ['on-record']);
  assert.deepEqual(tag('— Ines Varga, former legislative assistant')[0]!.kinds, ['on-record']);
});

test('a letter’s signature, a byline, a wire credit or a dash inside a paragraph is no sign-off', () => {
  // A reader signing with a town.
  assert.deepEqual(tag('— Tomas Berg, Millbrook')[0]!.kinds, []);
  assert.deepEqual(tag('— Tomas Berg, a resident of Millbrook for forty years')[0]!.kinds, []);
  // The press signing its own work.
  assert.deepEqual(tag('— Tomas Berg, Metro reporter')[0]!.kinds, []);
  assert.deepEqual(tag('— With files from a staff writer')[0]!.kinds, []);
  // A dash that does not open the paragraph.
  assert.deepEqual(kindsOf('The vote was close — Tomas Berg, the clerk, counted twice.'), []);
});

test('testifying that something is so is a statement on the record', () => {
  assert.deepEqual(kindsOf('Before the panel, the mayor went further, testifying that she had never met the developer.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer returned in March, testifying that the fund had been audited twice.'), ['on-record']);
});

test('testifying without a statement says nothing yet', () => {
  assert.deepEqual(kindsOf('The mayor spent the morning testifying before a grand jury.'), []);
  assert.deepEqual(kindsOf('The testifying officer was excused after lunch.'), []);
  assert.deepEqual(kindsOf('After hours of testifying, the treasurer went home.'), []);
});

test('a second "who" clause joined by "and" describes the same unnamed people', () => {
  assert.deepEqual(kindsOf('Two nurses who worked on the ward, and who spoke on condition of anonymity, described a different night.'), ['anonymous']);
  assert.deepEqual(kindsOf('Two nurses who worked on the ward and who asked not to be named said the logs were altered.'), ['anonymous']);
});

test('a joined "who" clause keeps a named antecedent named, and "and who knows" is no clause', () => {
  assert.deepEqual(kindsOf('The mayor, who chairs the board and who signed the contract, said it was sound.'), ['on-record']);
  assert.deepEqual(kindsOf('The council hired engineers and who knows what else.'), []);
  assert.deepEqual(kindsOf('The nurses who worked on the ward and who left early missed the drill.'), []);
});

test('a published decision cited for what it holds is a document', () => {
  assert.deepEqual(kindsOf('The rower lost his appeal, according to a decision published on Monday by the arbitration panel.'), ['document']);
  assert.deepEqual(kindsOf('According to the decision, the club must repay the grant within a year.'), ['document']);
});

test('a decision that is only made, regretted or talked about cites nothing', () => {
  assert.deepEqual(kindsOf('The decision to close the depot angered drivers.'), []);
  assert.deepEqual(kindsOf('The mayor said she regretted the decision.'), ['on-record']);
  assert.deepEqual(kindsOf('Drivers said the decision was made in a hurry.'), ['anonymous']);
});
