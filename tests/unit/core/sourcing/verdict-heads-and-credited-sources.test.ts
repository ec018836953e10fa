/**
 * Mends after review 25: a worthless verdict denies only a report or an allegation, and only as
 * the complement of "called", "labelled" or "branded"; asides inside a verb's object are other
 * people's words; crediting cites only people or the press for information; an outlet's own
 * sources are people the lexicon knows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('a worthless verdict on an idea, a thing or an affair denies nothing', () => {
  assert.deepEqual(kindsOf('The governor called the plan of raising fares this year reckless.'), []);
  assert.deepEqual(kindsOf('The mayor called the proposal to shut two libraries irresponsible.'), []);
  assert.deepEqual(kindsOf('The reviewer called the latest release of the app buggy and unreliable.'), []);
  assert.deepEqual(kindsOf('The prosecutor called the theory of the defence preposterous.'), []);
  assert.deepEqual(kindsOf('The minister called the broadcaster\'s coverage biased.'), []);
  assert.deepEqual(kindsOf('The firm labelled the account a phony.'), []);
  assert.deepEqual(kindsOf('The senator called the report\'s authors biased.'), []);
});

test('likening or comparing a report to a tale denies nothing', () => {
  assert.deepEqual(kindsOf('The writer compared the story of his village to a fairy tale.'), []);
  assert.deepEqual(kindsOf('The mayor likened the report to a fairy tale.'), []);
  assert.deepEqual(kindsOf('The senator compared the story to fiction.'), []);
});

test('a verdict word inside the object, or one that goes on, is no verdict on the report', () => {
  assert.deepEqual(kindsOf('The senator called the story of how the bank\'s reckless lending nearly sank it a warning.'), []);
  assert.deepEqual(kindsOf('The senator called the report of the auditor, which found the council\'s budgeting sloppy, a milestone.'), ['document']);
  assert.deepEqual(kindsOf('The mayor called the allegations of theft at the depot, first aired by a biased talk show, grave.'), []);
  assert.deepEqual(kindsOf('The senator called the story a fantasy in the manner of Tolkien.'), []);
  assert.deepEqual(kindsOf('The senator called the story a fantasy novel.'), []);
  assert.deepEqual(kindsOf('The senator called the story a bubble that was propaganda for the industry.'), []);
});

test('a report, an allegation or the press\'s account called worthless is still denied', () => {
  assert.deepEqual(kindsOf('The senator called the allegations of bribery at the depot a hatchet job.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator called the rumours of her resignation laughable.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator called the Post\'s account a fantasy.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator called the report biased against her party.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator labelled the claims about the recall one-sided.'), ['denial', 'on-record']);
});

test('a dispute word in an aside on the object is not the speaker\'s', () => {
  assert.deepEqual(cuesOf('The senator called the report of the commission, which several critics had described as a farce, a solid piece of work.'), ['anonymous[several critics had described]']);
  assert.deepEqual(cuesOf('The senator called the accounts of the hearing, which one witness described as false, credible.'), ['anonymous[one witness described]']);
  assert.deepEqual(kindsOf('The mayor called the allegations of a cover-up at the depot, which critics said was a hoax, troubling.'), ['anonymous']);
});

test('crediting a thing to a cause, or an account that is a customer\'s, names no source', () => {
  assert.deepEqual(kindsOf('The firm credited its account to the wrong client.'), []);
  assert.deepEqual(kindsOf('The lender credits accounts to savers at the end of each month.'), []);
  assert.deepEqual(kindsOf('Analysts credited the report of higher profits to cost cutting.'), []);
  assert.deepEqual(kindsOf('The founder credited the story of the firm\'s revival to its staff.'), []);
  assert.deepEqual(kindsOf('He credited the information about the breach to his own unit\'s diligence.'), []);
  assert.deepEqual(kindsOf('The eulogy credited her uncle\'s stories to a long life at sea.'), []);
});

test('a passive credit names a source only for a remark and a person', () => {
  assert.deepEqual(kindsOf('Much of the rebound is credited to the central bank\'s rate cuts.'), []);
  assert.deepEqual(kindsOf('The line, often credited to Churchill, is apocryphal.'), []);
  assert.deepEqual(kindsOf('The remark was credited to a senior aide.'), ['anonymous']);
  assert.deepEqual(kindsOf('A detail the Gazette credited to a former aide was later confirmed.'), ['anonymous', 'relayed']);
});

test('an outlet\'s own account resting on a machine or a vendor cites nobody', () => {
  assert.deepEqual(kindsOf('The Gazette said its account relied on a third-party vendor for security.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account rested on a server in Ohio.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account of the meeting rested on three people who attended.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account rested on two unnamed council aides.'), ['anonymous', 'relayed']);
});

function cuesOf(sentence: string): string[] {
  return tag(sentence)[0]!.cues.map((cue) => `${cue.kind}[${cue.cue}]`);
}
