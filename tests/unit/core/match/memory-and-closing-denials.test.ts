import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DOJ = 'doj-disputes-intercept-report';
const REPORTED = 'kislyak-reported-campaign-talks';
const TRUMP_DISMISSES = 'trump-dismisses-russia-reports';
const BAD_ANSWERS = 'trump-sessions-bad-answers';

test('not remembering a conversation forgets the meeting; it does not deny contacts', () => {
  for (const sentence of [
    'The attorney general says he cannot remember chatting with Kislyak at the Mayflower reception.',
    'Sessions told the panel he has no recollection of a conversation with the Russian ambassador at the hotel.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
  assert.ok(confidentIds('Sessions says he does not recall talking with Kislyak at the Mayflower Hotel in 2016.').includes(MEETINGS));
});

test('a wording about memory still denies what is not remembered', () => {
  assert.ok(confidentIds('Sessions has said he does not recall any discussion of the campaign with the Russian envoy.').includes(DENIED));
  // A plain negation in the same sentence keeps its force.
  assert.ok(confidentIds('Sessions said he never had contacts with the Russians and could not recall the Mayflower reception.').includes(DENIED));
});

test('"about A, not B" contrasts B with A: it denies neither A nor contacts with Russians', () => {
  const sentence =
    'In a letter, Sessions said he had taken the question to be about an ongoing exchange of information between the campaign and Russian intermediaries, not about meetings he held as a senator.';
  const ids = confidentIds(sentence);
  assert.ok(ids.includes(CAPACITY));
  assert.ok(!ids.includes(DENIED));
  // A denial verb is the denial, not a word it covers: the contrast after it takes nothing away.
  assert.ok(confidentIds("A department spokeswoman said Sessions stands by his testimony, not by the newspaper's version of events.").includes(DOJ));
  // The contrast still denies what follows it.
  assert.ok(confidentIds('Sessions said his meetings with Kislyak were about his Senate work, not the Trump campaign.').includes(DENIED));
});

test('"had not taken the question to cover" leaves the contacts open rather than denied', () => {
  const ids = confidentIds(
    'Once his two meetings with Kislyak came out, Sessions said he had seen the envoy as a member of the Armed Services Committee and had not taken the question to cover contacts of that kind.',
  );
  assert.ok(ids.includes(CAPACITY));
  assert.ok(!ids.includes(DENIED));
});

test('a denial verb closing its clause denies what the clause named before it', () => {
  const ids = confidentIds("Kislyak told his superiors in Moscow that he discussed campaign matters with Sessions, an account the Justice Department disputed.", undefined, ['The Post published its report on Friday.']);
  assert.ok(ids.includes(REPORTED));
  assert.ok(confidentIds('The Post ran the story on Friday, an account the Justice Department disputed.').includes(DOJ));
});

test('a closing denial by someone the claim does not have speaking is not that claim', () => {
  for (const sentence of [
    'Intelligence agencies concluded that Russia meddled in the 2016 election to help Trump, a conclusion the Kremlin rejects.',
    'Analysts found that Moscow interfered in the election to help Trump, a finding the Russian foreign ministry denies.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(TRUMP_DISMISSES), sentence);
  }
  assert.ok(confidentIds('Agencies found that Moscow interfered in the election, a finding Trump has repeatedly brushed aside.').includes(TRUMP_DISMISSES));
});

test('"..., she added." speaks for the whole sentence through the pronoun', () => {
  const before = ['Justice Department spokeswoman Sarah Isgur Flores said Sessions never discussed meddling with the envoy, and dismissed the intercept as unverified.'];
  assert.ok(confidentIds('The attorney general "stands by his testimony," she added.', undefined, before).includes(DOJ));
});

test('pushing back on the report and doubting its reliability dispute it', () => {
  assert.ok(confidentIds('The Justice Department pushed back on Friday against the Post report.').includes(DOJ));
  assert.ok(confidentIds('Flores cast doubt on the reliability of the intercept.').includes(DOJ));
  assert.ok(confidentIds('The Justice Department spokeswoman cast doubt on the reliability of the claims.').includes(DOJ));
});

test('faulting the confirmation testimony is the bad-answers remark; criticism of the recusal is not', () => {
  assert.ok(confidentIds("In the interview, the president faulted his attorney general's confirmation testimony.").includes(BAD_ANSWERS));
  assert.ok(!confidentIds('The president has faulted Sessions for stepping aside from the Russia inquiry.').includes(BAD_ANSWERS));
});

test('"had spoken with" the envoy is a meeting, and an answer "meant for" the campaign, not Senate meetings, explains it', () => {
  assert.ok(confidentIds('Reporters learned in March that Sessions had spoken with Kislyak twice in 2016.').includes(MEETINGS));
  const ids = confidentIds('Sessions has said his answer was meant to address the campaign, not the meetings he held as a senator.');
  assert.ok(ids.includes(CAPACITY));
  assert.ok(!ids.includes(DENIED));
});
