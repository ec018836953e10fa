/** Embedded posts, scare-quoted sources, outlets' reports and agents, letters, records of speech, flat "No" answers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test("an embedded post's signature is its author's own words, or an outlet's", () => {
  assert.deepEqual(kindsOf('Proud of our crews tonight! — Mayor Ann Pruitt (@annpruitt) September 14, 2023'), ['on-record']);
  assert.deepEqual(kindsOf('Flood barriers failed in two districts, engineers found https://t.co/x1 — The Washington Post (@washingtonpost) May 2, 2021'), ['relayed']);
  // A handle in running text is no signature.
  assert.deepEqual(kindsOf('Fans greeted the new coach (@coachlee) warmly on Sunday.'), []);
});

test('unnamed people described in scare quotes still speak unnamed', () => {
  assert.deepEqual(kindsOf('Because unnamed "senior engineers" say the bridge was never inspected.'), ['anonymous']);
  assert.deepEqual(kindsOf('Then comes the inevitable anonymous "city official" who says the audit was rigged.'), ['anonymous']);
  // A quotation before a verb is content, not a speaker's description.
  assert.deepEqual(kindsOf('"Nothing was hidden," said the auditor.'), ['on-record']);
});

test("another outlet's report followed by what it says is relayed, and what it says has no speakers of its own", () => {
  assert.equal(cueOf("The Washington Post's report Tuesday that the minister told donors he would resign has upset the party.", 'relayed'), "The Washington Post's report");
  assert.deepEqual(kindsOf("The Washington Post's report Tuesday that the minister told donors he would resign has upset the party."), ['relayed']);
  assert.deepEqual(kindsOf('A Reuters story that the mill would close proved premature.'), ['relayed']);
  // A report with no outlet is not another outlet's.
  assert.deepEqual(kindsOf('The report that the mill would close proved premature.'), []);
});

test('a statement that ends in a question after a colon is still read up to the colon', () => {
  assert.deepEqual(kindsOf("The Washington Post's story that the chief hid the memo raises a question: what did the board know?"), ['relayed']);
  assert.deepEqual(kindsOf('What did the Gazette report about the mill?'), []);
  assert.deepEqual(tag('MODERATOR: Is that the whole story?')[0]!.kinds, []);
});

test('an outlet as the agent of "described by" relays; unnamed people inside what a named speaker says are hers', () => {
  assert.deepEqual(kindsOf('If the memos are accurate as described by the Gazette, the chief knew for months.'), ['relayed']);
  assert.deepEqual(kindsOf('An engineer quoted by the paper characterized the repairs as cosmetic.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The spokeswoman said she doubted a version of events described by anonymous sources.'), ['on-record']);
  assert.deepEqual(kindsOf('The memo was described by two engineers as alarming.'), ['anonymous']);
});

test('"in the words of" names a source like "according to"', () => {
  assert.deepEqual(kindsOf('The repairs were, in the words of one senior engineer, "purely cosmetic."'), ['anonymous']);
  assert.deepEqual(kindsOf('The repairs were, in the words of the city auditor Dana Ruiz, "purely cosmetic."'), ['on-record']);
});

test('a letter the speaker says something in is how the named speaker speaks; writing in one stays a document', () => {
  assert.deepEqual(kindsOf('The tenants union said Monday in a letter to the council that rents had doubled.'), ['on-record']);
  assert.deepEqual(kindsOf('The tenants union wrote in a letter to the council that rents had doubled.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('In written answers to the panel, the chief said the audit was complete.'), ['document', 'on-record']);
});

test('a closing record of what was said aloud leaves the speaker on the record', () => {
  assert.deepEqual(kindsOf('At the hearing he said he "never saw the memo," according to the meeting transcript.'), ['denial', 'document', 'on-record']);
  assert.deepEqual(kindsOf('The director told a friend to leave town, according to an affidavit.'), ['document']);
});

test('a trailing outlet citing unnamed people holds the whole sentence', () => {
  assert.deepEqual(kindsOf('The chief described the talks in messages to her deputies, the Gazette reported, citing two aides.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Leaked emails suggest the chief knew of the cracks, contradicting her testimony, local media report'), ['document', 'relayed']);
});

test('a quoted "No" to whether something happened is a flat denial; to a plan it is not', () => {
  assert.deepEqual(kindsOf('Asked whether she had met the developer, the chief replied "No."'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Asked if she would run again, the chief said "no."'), ['on-record']);
});

test('prompt adjectives lead into the act, and more verbs and nouns of saying', () => {
  assert.deepEqual(kindsOf('The ministry was quick to deny the report.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club was swift to cast doubt on the story.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The Gazette informed its readers that the mill would close.'), ['relayed']);
  assert.deepEqual(kindsOf('The governor weighed in late Sunday, calling the strike a stunt.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Its own sources allowed that the figures might be inflated.'), ['anonymous']);
  assert.deepEqual(kindsOf('The governor also faulted the chief for giving "vague answers" at the hearing.'), ['on-record']);
  assert.deepEqual(kindsOf("The memo undercuts the police chief's repeated public insistence that she never saw the cracks."), ['denial', 'on-record']);
});

test('a name ending in "Report" is no relayed report; "relying on them" leans on things', () => {
  assert.deepEqual(kindsOf('Two engineers interviewed by Harbor Trade Report said the dock was sound.'), ['anonymous']);
  assert.deepEqual(tag('The chief spoke first. But an auditor would struggle in relying on them.')[1]!.kinds, []);
});
