import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled, hitsOf } from './helpers.js';
import { scanBlocks } from '../../../../src/core/scan.js';

const ARTICLE = [
  'Russian envoy overheard saying he discussed campaign with Sessions',
  "Sergey Kislyak told his superiors in Moscow that he and Jeff Sessions discussed campaign-related matters, U.S. officials said.",
  'The intelligence from US spy agencies indicates that Sessions and Kislyak had substantive discussions about Trump\'s positions on Russia.',
  'Sessions met the Russian ambassador and discussed the campaign, a report says.',
  'The lawmaker later said he misunderstood the question.',
];

test('every hit has a score in [0, 1], a confidence matching it, and readable reasons', () => {
  for (const hit of hitsOf(bundled, ARTICLE)) {
    assert.ok(hit.score >= 0 && hit.score <= 1, `${hit.id} ${hit.score}`);
    assert.equal(hit.confidence, hit.score >= 0.7 ? 'confident' : 'possible', `${hit.id} ${hit.score}`);
    assert.ok(hit.reasons.length >= 2);
    assert.ok(hit.reasons.some((reason) => /^(named|terms): /.test(reason)), hit.reasons.join(' | '));
  }
});

test('reasons name the entities and terms found, with the words of the page', () => {
  const [hit] = hitsOf(bundled, [ARTICLE[1]!]).filter((h) => h.id === 'kislyak-reported-campaign-talks');
  const text = hit!.reasons.join(' | ');
  assert.match(text, /Sergey Kislyak \("Sergey Kislyak"\)/);
  assert.match(text, /Jeff Sessions \("Jeff Sessions"\)/);
  assert.match(text, /discuss \("discussed"\)/);
});

test('the more specific claim wins a sentence, the other is listed as related', () => {
  const [substantive] = hitsOf(bundled, [ARTICLE[2]!]);
  assert.equal(substantive!.id, 'sessions-kislyak-substantive-talks');
  const [reported, ...others] = scanBlocks([ARTICLE[3]!], bundled).flatMap((s) => s.claims);
  assert.equal(reported!.id, 'kislyak-reported-campaign-talks');
  assert.deepEqual(reported!.related, ['sessions-kislyak-2016-meetings']);
  assert.deepEqual(others, []);
});

test('a person found only through a pronoun costs score and says so', () => {
  const results = scanBlocks(['Sessions testified in January.', ARTICLE[4]!], bundled);
  const hit = results.find((r) => r.block === 1)!.claims[0]!;
  assert.equal(hit.id, 'sessions-senate-capacity-explanation');
  assert.ok(hit.reasons.some((reason) => reason.includes('stands for Jeff Sessions')));
  const named = scanBlocks(['Sessions later said he misunderstood the question.'], bundled)[0]!.claims[0]!;
  assert.ok(named.score > hit.score);
});

test('confidence "confident" drops possible hits, "possible" keeps them', () => {
  const possible = scanBlocks(ARTICLE, bundled, { confidence: 'possible' }).flatMap((s) => s.claims);
  const confident = scanBlocks(ARTICLE, bundled).flatMap((s) => s.claims);
  assert.ok(confident.every((hit) => hit.confidence === 'confident'));
  assert.deepEqual(confident, possible.filter((hit) => hit.confidence === 'confident'));
});

test('deterministic: the same document gives the same hits, whatever was scanned before', () => {
  const first = JSON.stringify(scanBlocks(ARTICLE, bundled, { confidence: 'possible' }));
  scanBlocks(['Something else entirely about Sessions and Kislyak.', ...ARTICLE.slice().reverse()], bundled);
  assert.equal(JSON.stringify(scanBlocks(ARTICLE, bundled, { confidence: 'possible' })), first);
});
