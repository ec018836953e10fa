/**
 * Worthless verdicts (worthless-verdicts.ts): a report, story or allegation called worthless
 * ("called the report sloppy") is denied, only as the complement of "called", "labelled" or
 * "branded" and only of a report or an allegation; asides inside a verb's object are other
 * people's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('calling a report, story or allegation worthless denies it', () => {
  assert.deepEqual(kindsOf('The mayor called the report sloppy and one-sided.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Coach Ruiz branded the transfer story a fantasy.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The minister has called the allegations of bribery at the port authority a hatchet job.'), ['denial', 'on-record']);
});

test('calling an act worthless, a report something else, or a thing only pointed at denies nothing', () => {
  assert.deepEqual(kindsOf('The mayor called the resignation reckless.'), []);
  assert.deepEqual(kindsOf('The senator called the report "deeply troubling."'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor called it reckless.'), []);
  assert.deepEqual(kindsOf('The mayor called the sloppy report a summary of old news.'), []);
});

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

function cuesOf(sentence: string): string[] {
  return tag(sentence)[0]!.cues.map((cue) => `${cue.kind}[${cue.cue}]`);
}
