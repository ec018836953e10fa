/** Reports counted in pages, memoirs and books, spies as a source, owned insistences, and members of an unnamed group. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('a report counted in pages is a document in hand, a bare report is still the press', () => {
  assert.deepEqual(kindsOf('According to the 64-page report, the water board paid two suppliers twice.'), ['document']);
  assert.deepEqual(kindsOf('According to the report, the water board paid two suppliers twice.'), ['relayed']);
  // A front-page story is news, not a document.
  assert.deepEqual(kindsOf('According to a front-page report, the water board paid two suppliers twice.'), ['relayed']);
});

test('memoirs and books hold what their authors wrote', () => {
  assert.deepEqual(kindsOf('In her 2011 memoir, "Harbour Lights," the former consul Ines Varga wrote that the minister rarely listened.'), ['document', 'on-record']);
  // "The book" after a memoir in the same paragraph is that memoir (books-sign-offs-and-joined-clauses.test.ts: a book alone is relayed).
  const [, book] = tag('Her 2011 memoir is candid about the ministry. The book recounts a dinner at which the minister left before dessert.');
  assert.deepEqual(book!.kinds, ['document']);
  assert.deepEqual(kindsOf('A memoir published in 2019 by a former aide contains a passage about the meeting.'), ['document']);
});

test('blaming something is a statement by whoever blames', () => {
  assert.deepEqual(kindsOf('In a Sunday post, the governor blamed "careless leaks" for the delay.'), ['on-record']);
});

test('what spies believe or say is intelligence sourcing, spies said to do something are not', () => {
  assert.deepEqual(kindsOf('Trade minister met the envoy in secret, British spies believe'), ['intercept']);
  assert.deepEqual(kindsOf('Two spies said to work for the embassy were expelled on Friday.'), []);
});

test("a party's insistence that nothing happened is its denial, however described", () => {
  assert.deepEqual(kindsOf("The mayor's repeated insistence that she never met the developer is hard to square with the diary."), ['denial', 'on-record']);
  // A relative clause about the noun is not its content.
  assert.deepEqual(kindsOf("The mayor's statement that was issued on Monday ran to two lines."), []);
});

test('"one" and "another" opening a sentence speak for the group just introduced', () => {
  const [intro, first, second] = tag('Former diplomats who dealt with him describe a guarded man. One said he never forgot a slight. Another said his notes were famously exact.');
  assert.deepEqual(intro!.kinds, ['anonymous']);
  assert.deepEqual(first!.kinds, ['anonymous']);
  assert.deepEqual(second!.kinds, ['anonymous']);
  // "One report" is a noun phrase, not a person speaking.
  assert.deepEqual(kindsOf('One report said the bridge would close.'), ['relayed']);
});
