/**
 * Pathological input must cost time in proportion to its length: a page (or a pack) can hand the
 * background up to 100,000 characters per block (the CLI reads lines of any length), and one
 * quadratic path there stalls Sourcelight in every tab. No absolute timing assertions: each
 * operation runs on a pathological text of 25,000 and of 200,000 characters (8x), and the CPU-time
 * ratio must stay below 32 (linear is about 8, cache effects on a busy machine reach about 25;
 * quadratic is about 64; the large size is twice the block limit so that a quadratic term hidden
 * behind a large linear one at 100,000 characters still shows). Times are this process's CPU
 * time (other processes do not count), the median of five runs after a minor garbage collection, each
 * run repeating a fast call until it is long enough to measure. A call that takes under 2 ms on
 * the large input is not judged: its ratio is all cache and allocator noise, and no quadratic
 * path over 200,000 characters (4x10^10 steps) runs that fast.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { normalize } from '../../../src/core/normalize.js';
import { segmentBlock } from '../../../src/core/segment.js';
import { tagBlock } from '../../../src/core/sourcing/tag.js';
import { compileMatcher } from '../../../src/core/match/index.js';
import { readJson } from '../../../src/core/claims/json-text.js';
import { readImport } from '../../../src/background/pack-import.js';
import { bundledPack } from './arbitraries.js';

setFlagsFromString('--expose-gc');
/** A young-generation collection before each run (a full one costs more than most runs). */
const gc = () => (runInNewContext('gc') as (options: { type: 'minor' }) => void)({ type: 'minor' });

const SMALL = 25_000;
const LARGE = 200_000;
const MAX_RATIO = 32;
/** CPU ms on the large input below which growth is not judged (see above). */
const NOISE_FLOOR_MS = 2;

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Pathological page text, by name: each builds a block of about `n` characters. */
const TEXTS: Record<string, (n: number) => string> = {
  'one long word "aaaa..."': (n) => repeat('a', n),
  'many quoted words "a" "b"': (n) => repeat('"a" ', n),
  'only straight quotes """"': (n) => repeat('"', n),
  'curly quotations': (n) => repeat('\u201cSessions said so,\u201d ', n),
  'abbreviations "U.S. U.S."': (n) => repeat('U.S. ', n),
  'titles "Mr. Mr."': (n) => repeat('Mr. ', n),
  'only dots "....."': (n) => repeat('.', n),
  'many short sentences': (n) => repeat('Sessions met Kislyak. ', n),
  'white-space run': (n) => `a${' '.repeat(n - 3)}b.`,
  'deep parentheses': (n) => `${'('.repeat(n / 2)}a${')'.repeat(n / 2)}`,
  'one 100k-character sentence': (n) => repeat('Sessions told officials that Kislyak discussed the campaign with Russian intelligence and ', n),
  'speech verbs "said said"': (n) => repeat('said ', n),
  'speech acts "he said"': (n) => repeat('he said ', n),
  'attributions "according to"': (n) => repeat('according to ', n),
  'names "Sessions Sessions"': (n) => repeat('Sessions ', n),
  'invisible characters': (n) => repeat('a\u00ad\u200b', n),
};

/** Pathological pack files, by name. */
const claim = (i: number) => ({ id: `c${i}`, statement: `Statement ${i} about the board.`, status: 'confirmed', related: [{ claim: `c${i + 1}`, relation: 'related' }] });
const JSON_TEXTS: Record<string, (n: number) => string> = {
  'escapes "\\u0041\\n"': (n) => `"${repeat('\\u0041\\n', n - 2)}"`,
  'many keys': (n) => `{${Array.from({ length: n / 10 }, (_, i) => `"k${i}":1`).join(',')}}`,
  'duplicate keys': (n) => `{${Array.from({ length: n / 6 }, () => '"k":1').join(',')}}`,
  'nesting at the limit, repeated': (n) => `[${Array.from({ length: n / 130 }, () => '['.repeat(62) + ']'.repeat(62)).join(',')}]`,
  'unclosed string': (n) => `{"a":"${repeat('b', n)}`,
  'line breaks before an error': (n) => `${'\n'.repeat(n)}x`,
  'a pack with many claims': (n) =>
    JSON.stringify({ schemaVersion: 1, name: 'x', publisher: 'y', version: '1', updated: '2024', license: 'z', claims: Array.from({ length: n / 80 }, (_, i) => claim(i)) }),
};

/**
 * CPU time of one call of `fn` in ms (this process's user+system CPU, not wall-clock time, so
 * other processes on a busy machine do not count): the median of five runs, each after a minor
 * garbage collection and repeating the call until the run takes about 10 ms. A call that takes
 * over a second is measured once: it is slow beyond doubt.
 */
function timeOf(fn: () => unknown): number {
  const once = (times: number) => {
    gc();
    const start = process.cpuUsage();
    for (let i = 0; i < times; i++) fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / times;
  };
  const first = once(1);
  if (first > 1_000) return first;
  const times = Math.min(1024, Math.max(1, Math.ceil(10 / Math.max(first, 0.01))));
  const runs = Array.from({ length: 5 }, () => once(times)).sort((a, b) => a - b);
  return runs[2]!;
}

/** Time ratio of the LARGE over the SMALL input (prepared untimed). */
function growth<P>(prepare: (text: string) => P, op: (input: P) => unknown, make: (n: number) => string): { ratio: number; small: number; large: number } {
  const small = prepare(make(SMALL));
  const large = prepare(make(LARGE));
  op(small);
  const perSmall = timeOf(() => op(small));
  const perLarge = timeOf(() => op(large));
  return { ratio: perLarge / perSmall, small: perSmall, large: perLarge };
}

/** Runs `op` on each pathological input (made ready by `prepare`, untimed) and fails on superlinear growth. */
function assertLinear<P>(
  t: { diagnostic: (message: string) => void },
  what: string,
  inputs: Record<string, (n: number) => string>,
  prepare: (text: string) => P,
  op: (input: P) => unknown,
): void {
  const slow: string[] = [];
  for (const [name, make] of Object.entries(inputs)) {
    // A ratio over the limit is measured again (twice at most) and the lowest kept: noise comes
    // and goes, a superlinear path does not.
    let { ratio, small, large } = growth(prepare, op, make);
    for (let retry = 0; retry < 2 && ratio >= MAX_RATIO && large >= NOISE_FLOOR_MS; retry++) {
      const again = growth(prepare, op, make);
      if (again.ratio < ratio) ({ ratio, small, large } = again);
    }
    const line = `${what}, ${name}: ${small.toFixed(2)} ms -> ${large.toFixed(1)} ms (x${ratio.toFixed(1)})`;
    t.diagnostic(line);
    if (ratio >= MAX_RATIO && large >= NOISE_FLOOR_MS) slow.push(line);
  }
  assert.deepEqual(slow, [], `superlinear (8x the input, CPU-time ratio at least ${MAX_RATIO}):\n${slow.join('\n')}`);
}

const asIs = (text: string) => text;
const withSentences = (text: string) => ({ text, spans: segmentBlock(text) });

const matcher = compileMatcher([bundledPack()], ['bundled:linear']);

test('normalising is linear on pathological text', (t) => assertLinear(t, 'normalize', TEXTS, asIs, normalize));

test('sentence segmentation is linear on pathological text', (t) => assertLinear(t, 'segmentBlock', TEXTS, asIs, segmentBlock));

test('sourcing tagging is linear on pathological text', (t) => {
  assertLinear(t, 'tagBlock', TEXTS, withSentences, ({ text, spans }) => tagBlock(text, spans));
});

test('claim matching is linear on pathological text', (t) => {
  assertLinear(t, 'matchBlock', TEXTS, withSentences, ({ text, spans }) => matcher.matchBlock(text, spans, matcher.newContext()));
});

test('reading pack files is linear on pathological JSON', (t) => {
  assertLinear(t, 'readJson', JSON_TEXTS, asIs, (text) => readJson(text));
  assertLinear(t, 'readImport', JSON_TEXTS, asIs, (text) => readImport(text));
});
