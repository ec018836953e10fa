/** `sourcelight import-claimreview` / `export-claimreview`: files written, notes on stderr, errors, round trip. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS, run, scratch, STACK_TRACE } from './helpers.js';

const dir = scratch();
after(() => rmSync(dir, { recursive: true, force: true }));
const REVIEWS = join(PACKS, 'claimreview-bridge.json');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { claims: Record<string, unknown>[] };

test('import writes a valid pack and reports on stderr what it could not map', async () => {
  const out = join(dir, 'pack.json');
  const result = await run('import-claimreview', REVIEWS, '-o', out, '--license', 'CC-BY-4.0');
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /could not map:\n {2}@graph\[0\]: ignored a node of type WebPage/);
  assert.match(result.stderr, /@graph\[2\]: ignored field headline \(no place in a claim pack\)/);
  assert.match(result.stderr, /wrote .*pack\.json: 2 claims from .*claimreview-bridge\.json/);
  const pack = readJson(out);
  assert.equal(pack.license, 'CC-BY-4.0');
  assert.equal(pack.publisher, 'Riverton Civic Desk');
  assert.deepEqual(pack.claims.map((c) => [c.status, (c.review as { rating: { name: string } }).rating.name]), [['false', 'False'], ['confirmed', 'Mostly True']]);
  assert.equal((await run('validate', out)).code, 0);
});

test('-o - writes the pack to standard output', async () => {
  const result = await run('import-claimreview', REVIEWS, '-o', '-');
  assert.equal(result.code, 0);
  assert.equal((JSON.parse(result.stdout) as { claims: unknown[] }).claims.length, 2);
});

test('export writes ClaimReview JSON-LD that imports back to the same claims', async () => {
  const pack = join(dir, 'round-pack.json');
  const reviews = join(dir, 'round-reviews.json');
  const again = join(dir, 'round-again.json');
  assert.equal((await run('import-claimreview', REVIEWS, '-o', pack)).code, 0);
  const exported = await run('export-claimreview', pack, '-o', reviews);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stderr, /wrote .*round-reviews\.json: 2 ClaimReviews/);
  const document = readJson(reviews) as unknown as { '@graph': { '@type': string }[] };
  assert.deepEqual(document['@graph'].map((node) => node['@type']), ['ClaimReview', 'ClaimReview']);
  assert.equal((await run('import-claimreview', reviews, '-o', again)).code, 0);
  assert.deepEqual(readJson(again).claims, readJson(pack).claims);
});

test('export of a hand-written pack lists what ClaimReview cannot carry', async () => {
  const result = await run('export-claimreview', join(PACKS, 'example.json'), '-o', join(dir, 'example-reviews.json'));
  assert.equal(result.code, 0);
  assert.match(result.stderr, /left out:\n.*match \(how reporting phrases the claim\) not representable in ClaimReview/);
});

test('inputs that are not ClaimReview, or broken, fail with exit 1 and no stack trace; nothing is written', async () => {
  const out = join(dir, 'never.json');
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['article.json', JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' }), /no ClaimReview found/],
    ['no-claim.json', JSON.stringify({ '@type': 'ClaimReview', url: 'https://a.example/x' }), /none of the ClaimReview nodes states the claim/],
    ['truncated.json', readFileSync(REVIEWS, 'utf8').slice(0, 400), /not valid JSON at line \d+, column \d+: the text ends too early/],
    ['deep.json', '['.repeat(500_000), /nested deeper than 64 levels/],
    ['binary.json', new Uint8Array([0x7b, 0x00, 0x01, 0xff]), /binary data/],
  ];
  for (const [name, content, expected] of cases) {
    const input = join(dir, name);
    writeFileSync(input, content);
    const result = await run('import-claimreview', input, '-o', out);
    assert.equal(result.code, 1, name);
    assert.match(result.stderr, expected);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
    assert.ok(!existsSync(out), `${name}: no output file`);
  }
  const invalidPack = join(dir, 'invalid-pack.json');
  writeFileSync(invalidPack, '{"schemaVersion": 1}');
  const exported = await run('export-claimreview', invalidPack, '-o', out);
  assert.equal(exported.code, 1);
  assert.match(exported.stderr, /invalid-pack\.json: claims: is required/);
});

test('usage: -o is required, one input, output not the input', async () => {
  for (const argv of [
    ['import-claimreview', REVIEWS],
    ['import-claimreview', '-o', join(dir, 'x.json')],
    ['import-claimreview', REVIEWS, REVIEWS, '-o', join(dir, 'x.json')],
    ['import-claimreview', REVIEWS, '-o', REVIEWS],
    ['export-claimreview', join(PACKS, 'example.json'), '--out', 'x'],
  ]) {
    const result = await run(...argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.match(result.stderr, /Run "sourcelight (import|export)-claimreview --help"/);
  }
});
