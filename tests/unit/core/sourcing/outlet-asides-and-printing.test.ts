/** Unnamed people who spoke to an outlet named in an aside, and an outlet that prints or flags what it reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('an outlet named in an aside between unnamed people and their verb relays what they say', () => {
  assert.deepEqual(kindsOf('A county engineer, talking to the Gazette on condition of anonymity, said the pier was unsafe.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Two aides made the same argument to the Herald, warning that the vote would slip.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('One official went further in comments to the Courier, saying the audit was incomplete.'), ['anonymous', 'relayed']);
  // Right after the verb, an "in ..." phrase may name the outlet too.
  assert.deepEqual(kindsOf('A senior planner said in an interview with the Herald that the tender was rigged.'), ['anonymous', 'relayed']);
});

test('an aside naming no outlet, a named speaker, or an outlet inside what is said keeps today\'s reading', () => {
  // Named speakers are on the record wherever they spoke.
  assert.deepEqual(kindsOf('Harbor master Lena Ortiz, talking to the Gazette, said the pier was unsafe.'), ['on-record']);
  assert.deepEqual(kindsOf('Councillor Ana Ruiz said in an interview with the Herald that the tender was rigged.'), ['on-record']);
  // Reporters and a committee are no outlet.
  assert.deepEqual(kindsOf('A county engineer, talking to reporters, said the pier was unsafe.'), ['anonymous']);
  assert.deepEqual(kindsOf('A county engineer, testifying to the zoning board, said the pier was unsafe.'), ['anonymous']);
  // Something the outlet owns, not the outlet: answering its story is no talking to it.
  assert.deepEqual(kindsOf('A county engineer, answering the Gazette\'s story, said the pier was safe.'), ['anonymous']);
  // A wire service is not another outlet's reporting here.
  assert.deepEqual(kindsOf('A county engineer, talking to Reuters, said the pier was unsafe.'), ['anonymous']);
  // After a clause break, the outlet belongs to what is said.
  assert.deepEqual(kindsOf('Two aides said in May that the mayor had talked to the Herald.'), ['anonymous']);
});

test('an outlet that prints or flags something relays its reporting; nobody else does', () => {
  assert.deepEqual(kindsOf('The Gazette printed the council\'s full reply on its front page.'), ['relayed']);
  assert.deepEqual(kindsOf('The Herald itself flagged the weak point: the memo was undated.'), ['relayed']);
  assert.deepEqual(kindsOf('The paper prints a correction whenever a date is wrong.'), ['relayed']);
  // Not an outlet: printing ballots or flagging a problem is no sourcing.
  assert.deepEqual(kindsOf('The clerk printed the ballots on Tuesday.'), []);
  assert.deepEqual(kindsOf('The engineer flagged the cracks during a routine visit.'), []);
  assert.deepEqual(kindsOf('Red flags went up across the harbor district.'), []);
});

test('an aside that only links unnamed people to an outlet, without speaking to it, relays nothing', () => {
  // Bargaining, working, quarrelling with an outlet, or being loyal to one, is no talking to it.
  assert.deepEqual(kindsOf('Some officials, in talks with the Herald about a licensing deal, said nothing was signed.'), ['anonymous']);
  assert.deepEqual(kindsOf('A former staffer, who worked with the Courier for a decade, said the paper had drifted.'), ['anonymous']);
  assert.deepEqual(kindsOf('Lawyers, in a fight with the Herald over fees, said the bill was unpaid.'), ['anonymous']);
  assert.deepEqual(kindsOf('Officials, in contrast to the Gazette, said the bridge was sound.'), ['anonymous']);
  assert.deepEqual(kindsOf('Some staffers, loyal to the Courier for years, said the sale was rushed.'), ['anonymous']);
  assert.deepEqual(kindsOf('Two managers, whose firm competes with the Herald, said subscriptions were falling.'), ['anonymous']);
  assert.deepEqual(kindsOf('One engineer, in an apparent reference to the Herald, said leaks hurt the project.'), ['anonymous']);
  assert.deepEqual(kindsOf('Officials, along with the Herald, have said the count is off.'), ['anonymous']);
  assert.deepEqual(kindsOf('An aide, having passed the memo to the Courier, later said he regretted it.'), ['anonymous']);
  // Something the outlet names, even without a possessive, is not the outlet: "the Gazette story".
  assert.deepEqual(kindsOf('Residents, unhappy with the Gazette editorial, said the paper misread the vote.'), ['anonymous']);
  assert.deepEqual(kindsOf('An aide, reacting to the Gazette story, said it was wrong.'), ['anonymous']);
  // After the verb, an "in ..." phrase needs speaking too: a suit with the paper is none.
  assert.deepEqual(kindsOf('A contractor said in a suit with the Courier that the invoice was paid.'), ['anonymous']);
});

test('people who talked to an outlet, or to its reporters, relay through it', () => {
  assert.deepEqual(kindsOf('The aides who talked to the Gazette conceded that themselves.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('A ministry aide, speaking to the Herald\'s reporters, said the deal was close.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Two aides made a similar point to the Courier, warning that the vote would slip.'), ['anonymous', 'relayed']);
});

test('an aside outlet is highlighted alone, and once when another cue already relays it', () => {
  assert.equal(cueOf('A county engineer, talking to the Gazette on condition of anonymity, said the pier was unsafe.', 'relayed'), 'the Gazette');
  const relayed = (sentence: string) => tag(sentence)[0]!.cues.filter((cue) => cue.kind === 'relayed').map((cue) => cue.cue);
  assert.deepEqual(relayed('A trader, according to the Herald, said the deal was off.'), ['according to the Herald']);
  assert.deepEqual(relayed('A tenant, writing to the Gazette, said the roof leaked.'), ['writing to the Gazette']);
  assert.deepEqual(relayed('An engineer, who spoke to the Herald on condition of anonymity, said the dam was cracked.'), ['spoke to the Herald']);
});

test('printing copies, an edition or nothing at all relays nothing; printing a text does', () => {
  assert.deepEqual(kindsOf('The Gazette printed 25,000 copies for the vote.'), []);
  assert.deepEqual(kindsOf('The Herald prints in a plant across the river.'), []);
  assert.deepEqual(kindsOf('The Courier printed its final edition in 2011.'), []);
  assert.deepEqual(kindsOf('The paper printed a million extra copies of the Sunday issue.'), []);
  // Past a phrase of manner or place, the object is still the text printed.
  assert.deepEqual(kindsOf('The paper printed in full the mayor\'s reply to the audit.'), ['relayed']);
  assert.deepEqual(kindsOf('The Courier printed on its front page a letter from the harbor master.'), ['relayed']);
  assert.deepEqual(kindsOf('There was a caveat, and the Gazette printed it: the memo was undated.'), ['relayed']);
});
