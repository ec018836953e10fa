/** Focus adverbs before a speaker, verbs that say only with a clause, private talk, and another outlet (or a reader's "your reporting") as the source. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('a focus adverb opening the sentence is no part of the speaker', () => {
  assert.deepEqual(kindsOf('Even the governor has said publicly that the bridge should have closed sooner.'), ['on-record']);
  assert.equal(cueOf('Even the governor said the levy was a mistake.', 'on-record'), 'the governor said');
});

test('declaring or affirming is speech only with a clause or quotation after it', () => {
  assert.deepEqual(kindsOf('In a radio interview, Mayor Okafor declared that the depot would stay open.'), ['on-record']);
  assert.deepEqual(kindsOf('At the inquiry, she had affirmed: "We never saw the invoices."'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The governor declared a state of emergency on Sunday.'), []);
  assert.deepEqual(kindsOf('The appeals court affirmed the ruling.'), []);
});

test('reproaching someone is a criticism said by the speaker', () => {
  assert.deepEqual(kindsOf('The coach also reproached his captain for "careless passing" in the final.'), ['on-record']);
});

test('translated prose calls officials functionaries, unnamed all the same', () => {
  assert.deepEqual(kindsOf('A former functionary told the magazine that the budget had been padded.'), ['anonymous', 'relayed']);
});

test('what someone is said to complain about privately is not on the record', () => {
  assert.deepEqual(kindsOf('According to two people who have spoken with her, the mayor has complained privately about the audit.'), ['anonymous']);
  assert.deepEqual(kindsOf('The mayor said publicly that the audit was unfair.'), ['on-record']);
});

test("a reader's letter cites the paper's own reporting as another outlet's", () => {
  assert.deepEqual(kindsOf('Your front page on Sunday told readers that the councillor had sold the land twice.'), ['relayed']);
  assert.deepEqual(kindsOf('According to your coverage, the depot flooded three times.'), ['relayed']);
});

test('a report drawing on conversations with unnamed people cites them', () => {
  assert.deepEqual(kindsOf('The report drew on conversations with a dozen former employees.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The study drew on interviews with the mayor.'), ['document']);
});

test('an outlet named after its verb at the end of a headline relays it', () => {
  assert.deepEqual(kindsOf('Minister hid shares in a shipping firm, reveals The Harbour Gazette'), ['relayed']);
});

test('people consulted by another outlet, or what it recognised, are its reporting', () => {
  assert.deepEqual(kindsOf('The fees doubled last year, according to the analysts consulted by the Gazette.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Gazette itself recognized that the figures could be inflated.'), ['relayed']);
  assert.deepEqual(kindsOf('The principal recognized the volunteers at the ceremony.'), []);
});

test('a diplomat telling his own capital speaks in private, not on the record', () => {
  assert.deepEqual(kindsOf('The envoy told the Kremlin that the talks had gone well.'), []);
  assert.deepEqual(kindsOf('The envoy told reporters that the talks had gone well.'), ['on-record']);
});

test('what is relayed in another outlet is its reporting', () => {
  assert.equal(cueOf('As relayed by the Gazette, the harbour master resigned in May.', 'relayed'), 'As relayed by the Gazette');
});

test('leaning on what a body decides cites no source; leaning on its accounts does', () => {
  assert.deepEqual(kindsOf('Families who depend on the rulings of the housing board are watching closely.'), []);
  assert.deepEqual(kindsOf('The story relied on the recollections of two former aides.'), ['anonymous', 'relayed']);
});

test("a report a firm publishes under its own name is its document; a newspaper's stays the press's", () => {
  assert.deepEqual(kindsOf('A study released on Monday by Halvorsen Labs, a Denver research firm, said the pumps were failing.'), ['document']);
  assert.deepEqual(kindsOf('A report published by the Gazette on Friday said the pumps were failing.'), ['relayed']);
  assert.deepEqual(kindsOf("A report by the newspaper's investigative team found the pumps were failing."), ['relayed']);
});

test('an outlet after an invertible verb speaks, not the antecedent of the clause before it', () => {
  assert.deepEqual(kindsOf('The ships were tracked by the coast guard, which logs every vessel, explained the magazine.'), ['relayed']);
  assert.equal(cueOf('Ruiz, who teaches law, said the memo was forged.', 'on-record'), 'Ruiz, who teaches law, said');
});
