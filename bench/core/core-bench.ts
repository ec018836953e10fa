/**
 * The core figures, run in a child process of its own (`--expose-gc`, its own heap):
 *   scan-vs-segment  scanBlocks over a >= 1 MB article with the bundled database, against
 *                    Intl.Segmenter sentence segmentation of the same blocks;
 *   db-scaling       the same scan with a generated 100,000-claim pack against a 1,000-claim one.
 * Prints the results as JSON on stdout; progress goes to stderr.
 */
import { join } from 'node:path';
import { loadBundledPacks } from '../../src/cli/bundled-packs.js';
import type { ClaimPack } from '../../src/core/claims/schema.js';
import { compileMatcher } from '../../src/core/match/index.js';
import { scanBlocks } from '../../src/core/scan.js';
import { articleText, generateArticle } from '../article/generate-article.js';
import { generatePack } from '../generate-pack.js';
import { result, type BenchResult } from '../result.js';
import { timePaired } from '../timing.js';
import { ROOT, wants, type BenchOptions } from '../options.js';

function progress(message: string): void {
  process.stderr.write(`  core: ${message}\n`);
}

function segmentAll(blocks: readonly string[]): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const bounds: number[] = [];
  for (const block of blocks) for (const segment of segmenter.segment(block)) bounds.push(segment.index);
  return bounds.length;
}

function scanVsSegment(blocks: readonly string[], bundled: readonly ClaimPack[], options: BenchOptions): BenchResult {
  const matcher = compileMatcher(bundled);
  const found = scanBlocks(blocks, matcher).filter((sentence) => sentence.claims.length > 0).length;
  progress(`scan-vs-segment: ${found} sentences with claims in the article`);
  const timing = timePaired(() => segmentAll(blocks), () => scanBlocks(blocks, matcher), options.quick ? 3 : 7);
  const size = blocks.reduce((sum, block) => sum + block.length, 0);
  return result({
    name: 'scan-vs-segment',
    value: timing.subject,
    baseline: timing.baseline,
    detail: `scanBlocks, bundled DB, ${(size / 1e6).toFixed(2)} MB article (${found} claim sentences) / Intl.Segmenter`,
  });
}

function dbScaling(blocks: readonly string[], bundled: readonly ClaimPack[], options: BenchOptions): BenchResult {
  const [small, large] = options.quick ? [100, 2_000] : [1_000, 100_000];
  progress(`db-scaling: generating ${small} and ${large} claim packs`);
  const smallPack = generatePack({ claims: small, seed: 11 });
  const largePack = generatePack({ claims: large, seed: 11 });
  let start = performance.now();
  const smallMatcher = compileMatcher([...bundled, smallPack]);
  const smallCompile = performance.now() - start;
  start = performance.now();
  const largeMatcher = compileMatcher([...bundled, largePack]);
  const largeCompile = performance.now() - start;
  progress(`db-scaling: compiled in ${smallCompile.toFixed(0)} ms and ${largeCompile.toFixed(0)} ms`);
  const hits = (matcher: typeof smallMatcher) => scanBlocks(blocks, matcher).reduce((sum, sentence) => sum + sentence.claims.length, 0);
  progress(`db-scaling: claim hits ${hits(smallMatcher)} with ${small}, ${hits(largeMatcher)} with ${large}`);
  const timing = timePaired(() => scanBlocks(blocks, smallMatcher), () => scanBlocks(blocks, largeMatcher), options.quick ? 3 : 7);
  return result({
    name: 'db-scaling',
    value: timing.subject,
    baseline: timing.baseline,
    detail: `scan with ${large.toLocaleString('en')} / ${small.toLocaleString('en')} generated claims (+ bundled); compile ${(largeCompile / 1000).toFixed(1)} s vs ${(smallCompile / 1000).toFixed(2)} s`,
  });
}

export function runCore(options: BenchOptions): BenchResult[] {
  const bundled = loadBundledPacks(join(ROOT, 'extension/claims'));
  const blocks = articleText(generateArticle({ seed: 3, chars: options.quick ? 60_000 : 1_050_000 }));
  progress(`article of ${blocks.length} blocks`);
  const results: BenchResult[] = [];
  if (wants(options, 'scan-vs-segment')) results.push(scanVsSegment(blocks, bundled, options));
  if (wants(options, 'db-scaling')) results.push(dbScaling(blocks, bundled, options));
  return results;
}
