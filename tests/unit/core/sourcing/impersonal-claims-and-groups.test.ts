/** Claims made by nobody named, loose groups of people, hedges, press credits and pronouns after a group. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('an impersonal "it is stressed that" is someone unnamed making the claim', () => {
  assert.deepEqual(kindsOf('In Ankara it is emphasized that the pipeline deal was signed years ago.'), ['anonymous']);
  assert.deepEqual(kindsOf('It is understood that the coach will step down after the final.'), ['anonymous']);
  // Strained, not claimed: no source at all.
  assert.deepEqual(kindsOf('It was stressed by years of heavy trucks until the deck cracked.'), []);
  // "understood" without "that" is what something means or is known as, said by nobody.
  assert.deepEqual(kindsOf('It is understood by most sailors that a red sky means rain.'), []);
  assert.deepEqual(kindsOf('It was understood as a warning to the other bidders.'), []);
  // Inside a named speaker's quotation it is her wording, not the article's sourcing.
  assert.deepEqual(kindsOf('"It is claimed that we hid the figures," the mayor said.'), ['on-record']);
});

test('"others" and "veterans" speak as unnamed people, not as a named source', () => {
  assert.deepEqual(kindsOf('Others countered that the harbour tolls were fair.'), ['anonymous']);
  assert.deepEqual(kindsOf('Newsroom veterans cautioned that a single memo proves little.'), ['anonymous']);
});

test('press agencies in the plural and a credit to a paper are another outlet\'s reporting', () => {
  assert.deepEqual(kindsOf('The panel approved the budget on Tuesday, according to Turkish news agencies.'), ['relayed']);
  assert.deepEqual(kindsOf('Regional papers ran the scoop, crediting the Gazette.'), ['relayed']);
  assert.deepEqual(kindsOf('Broadcasters are airing the story with credit to the Herald.'), ['relayed']);
  // Being credited with a deed cites nobody.
  assert.deepEqual(kindsOf('The striker was credited with the winning goal.'), []);
});

test('"as reported" and "widely reported to" hedge what follows as reported', () => {
  assert.deepEqual(kindsOf('The merger, as reported, would close before the summer.'), ['relayed']);
  assert.deepEqual(kindsOf('The club\'s next manager is widely reported to be a former captain.'), ['relayed']);
  assert.deepEqual(kindsOf('The plant paid the fine, according to records described in local media.'), ['document', 'relayed']);
});

test('assuring an audience is a statement, and its negation a denial', () => {
  assert.deepEqual(kindsOf('The minister assured lawmakers he had never met the bidder.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Victory seemed assured by half time.'), []);
});

test('a subject pronoun after an opening time phrase is the speaker', () => {
  assert.deepEqual(kindsOf('At the budget hearing in March she told the council: "We did not overspend."'), ['denial', 'on-record']);
});

test('a person\'s own accounts and view are on the record', () => {
  assert.deepEqual(kindsOf('The pilot flew the route twice, according to her own accounts and media reports.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The bigger risk, in his view, is that buyers lose trust.'), ['on-record']);
});

test('"a brief" before a noun is an adjective, not a legal brief', () => {
  assert.deepEqual(kindsOf('The coach said in a brief phone call that the team was ready.'), ['on-record']);
  assert.deepEqual(kindsOf('In a brief filed on Monday, the union argued the rule was void.'), ['document', 'on-record']);
});

test('a singular pronoun opening a sentence after an unnamed group is no member of it', () => {
  const [group, named] = tag('The governor keeps raising the audit, according to people close to his office. Last spring he had called the auditor "reckless."');
  assert.deepEqual(group!.kinds, ['anonymous']);
  assert.deepEqual(named!.kinds, ['on-record']);
  // After a single unnamed official, "he" is still that official.
  const [official, same] = tag('A senior official said the audit was late. He said the auditor had quit.');
  assert.deepEqual(official!.kinds, ['anonymous']);
  assert.deepEqual(same!.kinds, ['anonymous']);
  // In the group's own sentence "he" is someone in what they report, not a named speaker.
  const [inside] = tag('Two aides said that he had described the audit as late.');
  assert.deepEqual(inside!.kinds, ['anonymous']);
});

test('a group opening its sentence with a capital is still a group, and "he" after it someone named', () => {
  const [group, named] = tag('Officials said the audit was late. She said she would answer on Friday.');
  assert.deepEqual(group!.kinds, ['anonymous']);
  assert.deepEqual(named!.kinds, ['on-record']);
  const [opening, after] = tag('Aides to the mayor said the audit was late. He said he would answer.');
  assert.deepEqual(opening!.kinds, ['anonymous']);
  assert.deepEqual(after!.kinds, ['on-record']);
  // A capitalised word for unnamed people inside the phrase, as headlines write them.
  const [capital, then] = tag('Two Officials said so. He said he would answer.');
  assert.deepEqual(capital!.kinds, ['anonymous']);
  assert.deepEqual(then!.kinds, ['on-record']);
});

test('a report another outlet has carried stays its reporting when we say we could not check it', () => {
  assert.deepEqual(kindsOf("The Ledger has not independently verified the Courier's story."), ['relayed']);
  assert.equal(tag('The Ledger could not independently confirm the report.')[0]!.cues[0]?.cue, 'the report');
  // Checking a claim, or confirming a report without "independently", is no relay of the press.
  assert.deepEqual(kindsOf('The figures could not be independently verified.'), []);
  assert.deepEqual(kindsOf('The mayor confirmed the report.'), ['on-record']);
});
