/** Legal citations as documents, openers and asides before a speaker, and phrases that name no speaker. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('a statute, a regulation or a ruling cited by its code or reporter is a document', () => {
  assert.deepEqual(kindsOf('Lying to investigators is a felony under 18 U.S.C. § 1001 and carries up to five years.'), ['document']);
  assert.deepEqual(kindsOf('The ethics rule, 5 C.F.R. 2635.502, covers close personal ties.'), ['document']);
  assert.deepEqual(kindsOf('The ruling in the Ortiz case, 512 U.S. 77 (1994), set a stricter test.'), ['document']);
  assert.deepEqual(kindsOf('An appeals court took the same view in 2010, 611 F.3d 204, on a similar record.'), ['document']);
  assert.deepEqual(kindsOf('Chapter 47 of Title 18 lists the fraud offenses.'), ['document']);
  assert.equal(cueOf('Bribery of a witness is barred by 18 U.S.C. 201 in most cases.', 'document'), '18 U.S.C.');
});

test('citation look-alikes and citations a named speaker gives are no document of the article', () => {
  assert.deepEqual(kindsOf('Some 40 U.S. troops arrived in the port on Monday.'), []);
  assert.deepEqual(kindsOf('The 3 U.S. 5K runners finished in the top ten.'), []);
  assert.deepEqual(kindsOf('A conviction under 18 U.S.C. § 1621 is rare, said Ana Ruiz, a former prosecutor.'), ['on-record']);
});

test('the hypothetical people a statute speaks of are no unnamed sources', () => {
  assert.deepEqual(kindsOf('Under 18 U.S.C. § 1623, a witness who knowingly states a falsehood to a grand jury commits a crime.'), ['document']);
  assert.deepEqual(kindsOf('An employee who tells an agent a lie may be charged under 18 U.S.C. 1001.'), ['document']);
  assert.deepEqual(kindsOf('The rule, 5 C.F.R. 2635.502, reaches any employee who knowingly accepts a gift.'), ['document']);
});

test('unnamed people who cite a law are still the unnamed sources of the sentence', () => {
  assert.deepEqual(kindsOf('Three lawyers close to the inquiry said the payments might breach 18 U.S.C. § 201.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to people told of the talks, the board weighed a complaint under 15 U.S.C. 78.'), ['anonymous']);
  assert.deepEqual(kindsOf('The charges would rest on 18 U.S.C. 1001, a person familiar with the case said.'), ['anonymous']);
  assert.deepEqual(kindsOf('A clerk who has read the memo said it cites 18 U.S.C. 1505.'), ['anonymous']);
});

test('a document made public or available is still the document cited', () => {
  assert.deepEqual(kindsOf('Nine aides were charged, according to an indictment made public by the court on Friday.'), ['document']);
  assert.deepEqual(kindsOf('The fees doubled, according to records made available to the council.'), ['document']);
});

test('a sequence adverb and a time before the subject do not hide it', () => {
  assert.deepEqual(kindsOf('Then on Tuesday morning the Riverton Gazette reported that the deal had collapsed.'), ['relayed']);
  assert.deepEqual(kindsOf('Later in May the governor said she would not run again.'), ['on-record']);
});

test('a contrastive adverb between a speaker and the verb is skipped', () => {
  assert.deepEqual(kindsOf('The mayor nonetheless said the budget would balance.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach nevertheless told reporters the team was ready.'), ['on-record']);
});

test('a contracted "he\'s" or "she\'s" before a verb is the pronoun speaking', () => {
  assert.deepEqual(kindsOf("Ruiz has been asked twice, and she's said the contract was awarded fairly."), ['on-record']);
  assert.deepEqual(kindsOf("He's insisted that the vote was clean."), ['on-record']);
});

test('phrases that deny any speaker name no source', () => {
  assert.deepEqual(kindsOf('Nobody asked the mayor about the contract.'), []);
  assert.deepEqual(kindsOf('Few Democrats have commented on the vote.'), []);
  assert.deepEqual(kindsOf('No one at the agency said a word about it.'), []);
  assert.deepEqual(kindsOf('A few officials said the vote was rigged.'), ['anonymous']);
});

test('intelligence services concluding publish an official finding', () => {
  assert.deepEqual(kindsOf('The British intelligence services concluded in a report last year that the attack was ordered from abroad.'), ['document']);
});

test('"that" before a time word opens no statement', () => {
  assert.deepEqual(kindsOf('Ruiz spoke with the consul at a dinner that June.'), []);
  assert.deepEqual(kindsOf('The mayor spoke with reporters and said that June had been hard.'), ['on-record']);
});

test('people quoted in another story, and things later said to have happened, are reported', () => {
  assert.deepEqual(kindsOf('Several engineers quoted in the article warn that the bridge is unsafe.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The plant, according to workers quoted at the time, was running at half capacity.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The guests he was later said to have met included two bankers.'), ['relayed']);
});

test('"both" after two named people is them speaking', () => {
  assert.deepEqual(kindsOf('Ruiz and Okafor met the lobbyist in Denver, both later confirmed.'), ['on-record']);
});

test('what a speaker should or must say is advice, not an attribution', () => {
  assert.deepEqual(kindsOf('If the figures are wrong, the mayor should say so plainly.'), []);
  assert.deepEqual(kindsOf('The board must explain why the contract went to a donor.'), []);
  assert.deepEqual(kindsOf('The mayor would not say whether she had read the audit.'), ['on-record']);
});

test('"a former state official": a verb form after "former" is a noun of the description', () => {
  assert.deepEqual(kindsOf('"The bids were rigged," said Ana Ruiz, a former state auditor in Kansas.'), ['on-record']);
  assert.deepEqual(kindsOf('A former state auditor said the bids were rigged.'), ['anonymous']);
});

test('what a "who" clause reviewed is its object: the people before "who" speak', () => {
  assert.deepEqual(kindsOf('Three accountants who examined the ledgers said the figures did not add up.'), ['anonymous']);
  assert.deepEqual(kindsOf('One aide who has read the draft said it would be softened.'), ['anonymous']);
});
