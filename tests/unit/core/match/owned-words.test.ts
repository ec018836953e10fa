import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreMatcher, serializeMatcher } from '../../../../src/core/match/index.js';
import { bundled, confidentIds } from './helpers.js';

const TALKS = 'kislyak-reported-campaign-talks';
const DOJ = 'doj-disputes-intercept-report';

test('an account the page gives someone other than its wordings\' owner is not the envoy\'s', () => {
  // A name in the possessive, an adjective between.
  assert.ok(!confidentIds("An aide, for his part, told the Post that Sessions' public account was at odds with the evidence.", undefined, ['Kislyak left Washington in July.']).includes(TALKS));
  assert.ok(!confidentIds("Spy agencies picked up Sessions' account of the talks.").includes(TALKS));
  // The outlet's account: the report, not what the envoy told Moscow.
  assert.ok(!confidentIds("By the Post's account, the talks between Kislyak and Sessions were substantive.").includes(TALKS));
  // "his" with only Sessions named before it.
  assert.ok(!confidentIds('Senate staff said Sessions held scores of talks with envoys in 2016, which matches his account but tells us nothing of what he and Kislyak discussed.').includes(TALKS));
});

test('near misses: the envoy\'s own account, under any name or pronoun, still matches', () => {
  assert.deepEqual(confidentIds("Spy agencies picked up Kislyak's account of the talks."), [TALKS]);
  assert.deepEqual(confidentIds("Spy agencies picked up the envoy's account of the talks."), [TALKS]);
  assert.deepEqual(confidentIds("In Kislyak's account, intercepted by spy agencies, he and Sessions discussed the campaign."), [TALKS]);
  // "his" with the envoy named before it.
  assert.deepEqual(confidentIds('Senate staff said Kislyak held scores of talks with senators in 2016, which matches his account of what he and Sessions discussed.'), [TALKS]);
  // Someone else's account that states the claim outright still states it.
  assert.deepEqual(confidentIds("By the newspaper's account, intercepts showed that Kislyak and Sessions discussed the campaign."), [TALKS]);
});

test('near miss: a claim whose wordings give the account to the outlet keeps the outlet\'s', () => {
  assert.deepEqual(confidentIds("The Justice Department disputed the Post's account."), [DOJ]);
});

test('a stored matcher keeps the words its claims own', () => {
  const restored = restoreMatcher(structuredClone(serializeMatcher(bundled)));
  assert.ok(restored);
  assert.ok(!confidentIds("Spy agencies picked up Sessions' account of the talks.", restored).includes(TALKS));
  assert.deepEqual(confidentIds("Spy agencies picked up Kislyak's account of the talks.", restored), [TALKS]);
});
