/** Round-20 review mends: citing asides before an inverted outlet, replies an outlet asked for, "scooped up", denials inside a proposition. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

/** The text of every denial cue in a one-sentence block. */
function denials(sentence: string): string[] {
  return tag(sentence)[0]!.cues.filter((cue) => cue.kind === 'denial').map((cue) => cue.cue);
}

test('an "according to"/"citing" aside before an inverted verb still lets the outlet after it relay', () => {
  const relayed = 'The envoy was sent home, according to an aide who would not be named, said Tass.';
  assert.deepEqual(kindsOf(relayed), ['anonymous', 'relayed']);
  assert.equal(cueOf(relayed, 'relayed'), 'said Tass');
  assert.equal(cueOf('The mill was sold, according to two people who declined to be named, writes the Gazette.', 'relayed'), 'writes the Gazette');
  // Near miss: an aside describing the subject keeps the speaker before the verb, with no outlet.
  assert.deepEqual(kindsOf('Aides at the treasury, speaking on condition of anonymity, said Lisbon\'s offer was late.'), ['anonymous']);
  assert.deepEqual(kindsOf('Two clerks, who asked not to be named, said Tass had the figures wrong.'), ['anonymous']);
});

test('people an outlet asked for a reply are no source; a time after the people is no part of them', () => {
  assert.deepEqual(kindsOf('The Herald, which contacted several ministers for comment, got no answer.'), []);
  assert.deepEqual(kindsOf('The Gazette, which reached two aides for a response, printed nothing.'), []);
  const timed = 'The network, which reached four aides on Friday, said none would talk.';
  assert.equal(cueOf(timed, 'anonymous'), 'four aides');
  assert.equal(cueOf('The Herald, which interviewed six officials last week, said the deal was off.', 'anonymous'), 'six officials');
  // Near miss: "for" naming whom the people work for stays in the phrase.
  assert.equal(cueOf('The Gazette, which talked to lawyers for both sides, said the case was stalled.', 'anonymous'), 'lawyers for both sides');
});

test('"more than" before a count and a single unnamed person an outlet reached are unnamed sources', () => {
  assert.equal(cueOf('The Herald, which spoke to more than 30 current and former staff, reported that the mill was sold.', 'anonymous'), '30 current and former staff');
  assert.equal(cueOf('The Gazette, which interviewed more than a dozen people close to the mayor, said she would resign.', 'anonymous'), 'a dozen people close to the mayor');
  assert.equal(cueOf('The paper, which talked with a senior port official, said the cranes were idle.', 'anonymous'), 'a senior port official');
  // Near miss: a study called "the paper" that surveyed people is no newspaper.
  assert.ok(!kindsOf('The paper, which surveyed 900 nurses, found that shifts had grown longer.').includes('anonymous'));
  // A named person stays named.
  assert.ok(!kindsOf('The paper, which talked with Mayor Ana Ruiz, said the cranes were idle.').includes('anonymous'));
});

test('"scooped up" is an intercept only when a spy agency collects communications', () => {
  assert.ok(kindsOf('The envoy\'s cables home were scooped up by British intelligence, two officials said.').includes('intercept'));
  assert.ok(kindsOf('The NSA scooped up the minister\'s calls with the consul.').includes('intercept'));
  assert.equal(cueOf('His messages to the consulate were scooped up by the FBI.', 'intercept'), 'scooped up');
  // Near misses: everyday scooping, or an agency collecting no communications.
  assert.ok(!kindsOf('Investors scooped up shares of the bank on Monday, traders said.').includes('intercept'));
  assert.ok(!kindsOf('The FBI scooped up boxes of records from his office, a spokesman said.').includes('intercept'));
  assert.ok(!kindsOf('Shoppers scooped up the last phone models before the launch.').includes('intercept'));
});

test('a denial inside "the idea/claim that ..." is talked about, not asserted', () => {
  assert.deepEqual(denials('Critics said the notion that there was nothing improper about the loans defied belief.'), []);
  assert.deepEqual(denials('Council members said the claim that the mayor had done nothing wrong was hard to swallow.'), []);
  // The speaker's own dispute of the proposition still counts; the words inside it do not.
  assert.deepEqual(denials('Rivals said the suggestion that she did not know about the loan was absurd.'), ['absurd']);
  // An owned proposition is its owner's denial.
  assert.deepEqual(denials("The invoice contradicts Mayor Ruiz's assertion that she hadn't met the builder, the Gazette reports."), ["hadn't met"]);
  assert.deepEqual(denials("The invoice contradicts Councillor Burns' assertion that he hadn't met the builder, the Gazette reports."), ["hadn't met"]);
  // Near misses: the speaker's own assertion, or a plain "that" clause, still denies.
  assert.deepEqual(denials('The mayor said there was nothing improper about the loans.'), ['nothing improper']);
  assert.deepEqual(denials('The council insisted that it had done nothing wrong.'), ['nothing wrong']);
  assert.deepEqual(denials('The mayor said that idea was wrong and that she had done nothing improper.'), ['nothing improper']);
});
