import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundled, bundledPacks, confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
/** An opening that names both men. */
const BOTH = ['The attorney general, Jeff Sessions, spoke with Sergey Kislyak, Russia\u2019s envoy, during the 2016 race.'];

test('an encounter carrying one of the claim\u2019s own facts states it once both men are named', () => {
  for (const sentence of [
    'The first was at the Mayflower in April, during a speech by the candidate.',
    'The second came in July, on the sidelines of the Republican convention.',
    'That sit-down in September was the only one on his calendar.',
    'Aides later confirmed the Cleveland encounter.',
    'In all there were three known encounters that year.',
    'He has acknowledged two of the three, a spokeswoman said.',
    'Their third meeting, in September 2016, lasted half an hour.',
    'The two men crossed paths again at a reception in Cleveland, and the conversation was brief.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [MEETINGS], sentence);
  }
});

test('without both men named so far, an encounter with a fact is anyone\u2019s', () => {
  assert.deepEqual(confidentIds('The meeting took place in September.'), []);
  assert.deepEqual(confidentIds('The meeting took place in September.', bundled, ['Jeff Sessions testified on Tuesday.']), []);
});

test('another\u2019s encounter, or a count of something else, keeps its reading (near misses)', () => {
  for (const sentence of [
    // Someone else's dealings in the same story.
    'In December, the envoy had three conversations with Michael Flynn.',
    'In September he also held meetings with the ambassadors of India and Brazil.',
    'In July, party officials held a meeting in Cleveland about security.',
    // A count of weeks, not of encounters.
    'Three weeks later, the panel scheduled a meeting on the budget.',
    // No fact of the claim's: another month, another place.
    'The meeting at Trump Tower took place in June.',
    // The month dates something else: another clause, another day or year, the writer's time.
    'On July 14, a newspaper said spy agencies had listened to the conversations.',
    'A July 2017 story quoted the envoy\u2019s own accounts of the conversations.',
    'What nobody knew until last July was how the conversations read in Moscow.',
    // A gerund with an object of its own is no encounter.
    'Meeting a diplomat in a Senate office is hardly a scandal, his aide said.',
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BOTH), [], sentence);
  }
  // An article about something else that names a convention or a hotel.
  assert.deepEqual(confidentIds('The first meeting of the union was in April at the Mayflower Hotel.', bundled, ['The hotel workers voted on Monday.']), []);
});

test('a block gives the same answer scanned alone with its context as in the whole page', () => {
  const block = 'The meeting took place in September 2016.';
  const ids = (results: ReturnType<typeof scanBlocks>, at: number) => results.filter((r) => r.block === at).flatMap((r) => r.claims.map((c) => c.id));
  assert.deepEqual(ids(scanBlocks([...BOTH, block], bundled), 1), [MEETINGS]);
  assert.deepEqual(ids(scanBlocks([block], bundled, { runs: [{ start: 0, before: BOTH }] }), 0), [MEETINGS]);
  assert.deepEqual(ids(scanBlocks([block], bundled), 0), []);
});

test('facts make a wording only for a claim about two people\u2019s dealings', () => {
  const pack = structuredClone(bundledPacks[0]!);
  const recusal = pack.claims.find((claim) => claim.id === 'sessions-recused-russia-probe')!;
  recusal.match!.facts = ['March'];
  const matcher = compileMatcher([pack]);
  const ids = scanBlocks([...BOTH, 'The meeting was in March.'], matcher).filter((r) => r.block === 1).flatMap((r) => r.claims.map((c) => c.id));
  assert.deepEqual(ids, []);
});
