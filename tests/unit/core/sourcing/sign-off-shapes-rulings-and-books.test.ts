/** Sign-off lines only in their bare shape, decisions that rule, one convention for books, and "testifying that" that points at a time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

const lineKinds = (line: string): string[] => tag(line)[0]!.kinds;

test('a bare "— name, role" line, with at most a body after it, signs an answer', () => {
  assert.equal(cueOf('— Lena Ortiz, deputy harbour master', 'on-record'), '— Lena Ortiz');
  assert.deepEqual(lineKinds('— Lena Ortiz, former spokeswoman, Harbour Commission'), ['on-record']);
  assert.deepEqual(lineKinds('— Lena Ortiz, a former aide to the governor'), ['on-record']);
  // A staff member or a desk officer is no press role.
  assert.deepEqual(lineKinds('— Lena Ortiz, former professional staff member, Senate Finance Committee'), ['on-record']);
  assert.deepEqual(lineKinds('— Lena Ortiz, former deputy head of mission at a Baltic embassy in Ottawa'), ['on-record']);
});

test('bylines, credits and press roles are no sign-off, wherever the press word stands', () => {
  assert.deepEqual(lineKinds('— By Lena Ortiz, Staff Writer'), []);
  assert.deepEqual(lineKinds('— Compiled by Lena Ortiz, news assistant'), []);
  assert.deepEqual(lineKinds('— Lena Ortiz, chief State House correspondent'), []);
  assert.deepEqual(lineKinds('— Lena Ortiz, Berlin bureau chief, The Associated Press'), []);
  assert.deepEqual(lineKinds('— Lena Ortiz, managing editor'), []);
  assert.deepEqual(lineKinds('— Lena Ortiz, staff photographer'), []);
  assert.deepEqual(lineKinds('— Lena Ortiz, senior producer'), []);
});

test('list items, bios, ages and letters in the dash shape are no sign-off', () => {
  // A sentence about the person: a finite verb, a relative clause, a full stop.
  assert.deepEqual(lineKinds('— Omar Haddad, the mayor’s former chief of staff, was sentenced to two years.'), []);
  assert.deepEqual(lineKinds('— Omar Haddad, the former treasurer, resigned in March.'), []);
  assert.deepEqual(lineKinds('— Omar Haddad, a former consul, is a visiting fellow at a think tank.'), []);
  assert.deepEqual(lineKinds('— Omar Haddad, deputy director, will join the ministry in May.'), []);
  assert.deepEqual(lineKinds('– Omar Haddad, the governor’s lawyer, who has not been charged'), []);
  // A list of victims gives an age first; a letter ends on a town.
  assert.deepEqual(lineKinds('— Rosa Klein, 61, a teacher at the primary school'), []);
  assert.deepEqual(lineKinds('— Rosa Klein, retired nurse, Millbrook'), []);
});

test('a decision is a ruling only when cited or stating what a ruling states', () => {
  assert.deepEqual(kindsOf('The tribunal’s decision found that the dismissal was unfair.'), ['document']);
  assert.deepEqual(kindsOf('The decision, published on Tuesday, said the club had broken the rules.'), ['document']);
  assert.deepEqual(kindsOf('According to the decision, the union must be consulted first.'), ['document']);
});

test('a decision read by the writer or made by a person cites nothing', () => {
  assert.deepEqual(kindsOf('The decision suggests the council has run out of patience with its auditor.'), []);
  assert.deepEqual(kindsOf('The decision indicates the ministry will not appeal.'), []);
  assert.deepEqual(kindsOf('The decision confirms what the drivers had feared.'), []);
  assert.deepEqual(kindsOf('The mayor’s decision to sack the auditor shows how little she trusted him.'), []);
  assert.deepEqual(kindsOf('The decision to close the depot says a lot about the board.'), []);
});

test('a book of reported nonfiction is relayed however it is cited', () => {
  assert.deepEqual(kindsOf('A new book by a former Gazette reporter says the mayor met the developer twice.'), ['relayed']);
  assert.deepEqual(kindsOf('Okafor’s book says the port deal was signed in a hotel bar.'), ['relayed']);
  assert.deepEqual(kindsOf('The book, published on Monday, says the port deal was signed in a hotel bar.'), ['relayed']);
  assert.deepEqual(kindsOf('In her new book, Okafor writes that the port deal was signed in a hotel bar.'), ['relayed']);
  assert.deepEqual(kindsOf('Okafor wrote in the book that the port deal was signed in a hotel bar.'), ['relayed']);
});

test('a memoir anywhere in the paragraph makes its book and its narration a participant’s record', () => {
  const [, before] = tag('Haddad’s memoir is frank about the ministry. Haddad argues in the book that the minister never listened.');
  assert.deepEqual(before!.kinds, ['denial', 'document', 'on-record']);
  const [after] = tag('According to the book, the minister never listened. The memoir, out this week, runs to 300 pages.');
  assert.deepEqual(after!.kinds, ['document']);
  assert.deepEqual(kindsOf('In the memoir, the author writes that the minister ignored her advice.'), ['document', 'on-record']);
});

test('record books, rule books and compounds are not a published account', () => {
  assert.deepEqual(kindsOf('According to the consulate’s guest book, the envoy signed in at noon.'), ['document']);
  assert.deepEqual(kindsOf('According to the visitor log book, the envoy arrived before noon.'), ['document']);
  assert.deepEqual(kindsOf('According to the rule book, a player who leaves the bench is suspended.'), ['document']);
  assert.deepEqual(kindsOf('Okafor says in her book tour notes that she loves Lisbon.'), ['on-record']);
});

test('an author speaking or telling, not writing, is on the record', () => {
  assert.deepEqual(kindsOf('The author says she was never shown the final cover.'), ['on-record']);
  assert.deepEqual(kindsOf('The author tells the Gazette that the publisher cut a chapter.'), ['on-record']);
  // An author the paper describes only as an unnamed official stays unnamed.
  assert.deepEqual(kindsOf('The author, identified by the paper only as a senior ministry official, writes that staff ignore the minister.'), ['anonymous']);
});

test('a book named only in what is said is not where it was said', () => {
  assert.deepEqual(kindsOf('Okafor says in the interview that the book was largely ghostwritten.'), ['on-record']);
  assert.deepEqual(kindsOf('The defence lawyer argues in the motion that the book deal was irrelevant.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('Okafor says in the statement, released with her book tour dates, that she will not stand.'), ['on-record']);
});

test('"testifying that" before a time or a pause, or as a supposed act, states nothing', () => {
  assert.deepEqual(kindsOf('The treasurer, testifying that afternoon before the council, looked exhausted.'), []);
  assert.deepEqual(kindsOf('Several clerks testifying that week described the files as routine.'), []);
  assert.deepEqual(kindsOf('Rather than testifying that, the treasurer invoked her right to silence.'), []);
  assert.deepEqual(kindsOf('The treasurer would risk a perjury charge by testifying that she never saw the files.'), []);
  // Still a statement when "that" opens what was said.
  assert.deepEqual(kindsOf('The treasurer returned in May, testifying that the files had been shredded.'), ['on-record']);
  assert.deepEqual(kindsOf('The clerk gave evidence by testifying that she had shredded the files.'), ['on-record']);
});
