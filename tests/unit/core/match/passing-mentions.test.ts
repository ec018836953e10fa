import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { bundled, bundledPacks, confidentIds, hitsOf } from './helpers.js';

const CLAIM = 'sessions-kislyak-2016-meetings';
const BEFORE = ['The attorney general faced senators again on Tuesday.'];

/** The two men's dealings named with a noun, as background to something else: not a statement of them. */
const IN_PASSING = [
  'Kislyak heads home while doubts persist over his talks with Sessions',
  'A primer on the leaks, the Sessions-Kislyak encounters and what comes next',
  'The envoy, whose conversations with Jeff Sessions still shadow the Justice Department, gave a farewell dinner.',
  'Sessions left the inquiry to his deputy soon after his meetings with Kislyak became news.',
  'Critics say the ambassador may have inflated his conversations with Sessions to impress Moscow.',
];

/** The same nouns with a fact about the dealings (how many, when, where), or a verb: the claim. */
const STATED = [
  'Sessions had two meetings with Kislyak during the campaign.',
  'His 2016 encounters with Kislyak have shadowed him ever since.',
  'The conversations between Sessions and Kislyak took place in July and September.',
  'A reception at the Mayflower was the scene of one of his encounters with the Russian envoy.',
  'Sessions met Kislyak while he was still a senator.',
  'He acknowledged meeting Kislyak, his spokeswoman said.',
  // A noun and a verb of the same meaning: the verb states it.
  'Following a short talk on trade, Sessions was approached by Kislyak.',
];

test('a noun naming the meetings in passing is at most a possible match', () => {
  for (const sentence of IN_PASSING) {
    assert.ok(!confidentIds(sentence, bundled, BEFORE).includes(CLAIM), sentence);
    const hit = hitsOf(bundled, [...BEFORE, sentence]).find((h) => h.id === CLAIM);
    if (hit) assert.equal(hit.confidence, 'possible', sentence);
  }
});

test('a count, a date, a place or a verb states the meetings', () => {
  for (const sentence of STATED) assert.ok(confidentIds(sentence, bundled, BEFORE).includes(CLAIM), sentence);
});

test('a passing mention says why it is only possible', () => {
  // The claim alone, so that no neighbouring claim's possible match wins the sentence.
  const pack = bundledPacks.find((p) => p.claims.some((claim) => claim.id === CLAIM))!;
  const alone = compileMatcher([{ ...pack, claims: pack.claims.filter((claim) => claim.id === CLAIM).map((claim) => ({ ...claim, related: [] })) }]);
  const hit = hitsOf(alone, ['Kislyak left town, but his talks with Sessions kept the story alive.']).find((h) => h.id === CLAIM);
  assert.ok(hit && hit.reasons.some((reason) => reason.includes('in passing')), JSON.stringify(hit));
});
