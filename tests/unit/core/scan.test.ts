import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks, scanDocument } from '../../../src/core/scan.js';
import { segmentBlock } from '../../../src/core/segment.js';
import { bundled } from './match/helpers.js';

const BLOCKS = [
  'Weather: sunny.',
  'Intro text here. Russia\u2019s ambassador told his superiors in Moscow that he discussed campaign\u00ad-related matters with Jeff Sessions, The Washington Post reported.',
  'Nothing to see. Still nothing.',
];

test('offsets are in each block\'s original text, even with curly quotes and soft hyphens', () => {
  const results = scanBlocks(BLOCKS, bundled);
  const hit = results.find((r) => r.claims.length)!;
  assert.equal(hit.block, 1);
  assert.equal(BLOCKS[1]!.slice(hit.start, hit.end), hit.text);
  assert.ok(hit.text.startsWith('Russia\u2019s ambassador'));
  assert.deepEqual(hit.claims.map((c) => c.id), ['kislyak-reported-campaign-talks']);
});

test('only sentences with a claim or a sourcing cue are returned; sourcing is tagged too', () => {
  const results = scanBlocks(BLOCKS, bundled);
  assert.ok(results.every((r) => r.claims.length > 0 || r.sourcing.length > 0));
  assert.ok(!results.some((r) => r.text.startsWith('Nothing')));
  const hit = results.find((r) => r.claims.length)!;
  assert.ok(hit.sourcing.some((cue) => cue.kind === 'relayed'), JSON.stringify(hit.sourcing));
});

test('without a matcher, sourcing alone', () => {
  const results = scanBlocks(BLOCKS, null);
  assert.ok(results.length > 0);
  assert.ok(results.every((r) => r.claims.length === 0 && r.sourcing.length > 0));
});

test('an empty page scans to nothing', () => {
  assert.deepEqual(scanBlocks([], bundled), []);
  assert.deepEqual(scanBlocks(['', '   '], bundled), []);
});

test('scanDocument counts every block\'s sentences, those with nothing found too, and returns what scanBlocks does', () => {
  const blocks = [...BLOCKS, '', '   '];
  const scanned = scanDocument(blocks, bundled);
  assert.deepEqual(scanned.sentenceCounts, blocks.map((block) => segmentBlock(block).length));
  assert.deepEqual(scanned.sentenceCounts, [1, 2, 2, 0, 0]);
  assert.deepEqual(scanned.results, scanBlocks(blocks, bundled));
});

test("a part of a document scanned with the document's recurring labels is tagged as in the whole", () => {
  // A transcript's speaker label is no source; a one-off label before the first person quotes its speaker.
  const transcript = ['RIVERA: I chair the committee.', 'HOST: And after that?', 'RIVERA: I expect a vote on Friday.'];
  const kinds = (results: ReturnType<typeof scanBlocks>) => results.flatMap((result) => result.sourcing.map((cue) => `${result.block}:${cue.kind}`));
  assert.deepEqual(kinds(scanBlocks(transcript, null)), []);
  assert.deepEqual(kinds(scanBlocks(transcript.slice(2), null)), ['0:on-record'], 'alone, the turn is not known to be one');
  assert.deepEqual(kinds(scanBlocks(transcript.slice(2), null, { labels: ['rivera', 'host'] })), []);
});

test('runs: a pronoun opening a run resolves through the text before it, whose own results are not returned', () => {
  const named = 'Attorney General Jeff Sessions met the Russian ambassador twice during the campaign, the Post reported.';
  const pronoun = 'He told senators he had not met the Russian ambassador during the campaign.';
  const ids = (results: ReturnType<typeof scanBlocks>) => results.filter((r) => r.claims.length).map((r) => `${r.block}:${r.claims.map((c) => c.id).join()}`);
  const whole = ids(scanBlocks([named, pronoun], bundled));
  assert.deepEqual(whole.filter((hit) => hit.startsWith('1:')), ['1:sessions-denied-campaign-discussions']);
  assert.deepEqual(ids(scanBlocks([pronoun], bundled)), [], 'alone, "he" is nobody');
  const withContext = scanBlocks([pronoun], bundled, { runs: [{ start: 0, before: [named] }] });
  assert.deepEqual(ids(withContext), ['0:sessions-denied-campaign-discussions']);
  assert.ok(withContext.every((r) => r.block === 0 && pronoun.slice(r.start, r.end) === r.text), 'nothing of the context block');
  // A run later in the batch gets its own context; one that opens the page (no text before) starts afresh.
  assert.deepEqual(ids(scanBlocks(['Nothing to see.', pronoun], bundled, { runs: [{ start: 1, before: [named] }] })), ['1:sessions-denied-campaign-discussions']);
  assert.deepEqual(ids(scanBlocks([named, pronoun], bundled, { runs: [{ start: 1, before: [] }] })).filter((hit) => hit.startsWith('1:')), []);
});
