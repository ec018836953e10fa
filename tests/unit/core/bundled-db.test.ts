/**
 * The bundled database (extension/claims/): valid, complete for the corpus when the shared
 * corpus is present, and every claim documented the way the tooltip needs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_STATUSES } from '../../../src/core/claims/schema.js';
import { scanBlocks } from '../../../src/core/scan.js';
import { bundled, bundledPacks } from './match/helpers.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const claims = bundledPacks.flatMap((pack) => pack.claims);

test('every claim has a statement, a documented status, people, sources with links and a first report', () => {
  assert.ok(claims.length >= 13);
  for (const claim of claims) {
    assert.ok(CLAIM_STATUSES.includes(claim.status), claim.id);
    assert.ok(claim.statusNote, `${claim.id} explains its status`);
    assert.ok(claim.involved.length > 0, `${claim.id} names who is involved`);
    assert.ok(claim.sources.length > 0, `${claim.id} has sources`);
    assert.ok(claim.firstReport, `${claim.id} has a first report`);
    assert.ok(claim.match && claim.match.phrasings.length > 0, `${claim.id} has wordings`);
    assert.ok(claim.related.length > 0, `${claim.id} relates to another claim`);
  }
  assert.ok(claims.some((claim) => claim.sources.some((source) => source.url)), 'links to original reports');
});

test('holds every claim id of the shared corpus (when ../shared is there)', { skip: !existsSync(join(root, '../shared/corpus/claims.json')) }, () => {
  const corpus = JSON.parse(readFileSync(join(root, '../shared/corpus/claims.json'), 'utf8')) as { claims: { id: string }[] };
  const ids = new Set(claims.map((claim) => claim.id));
  for (const { id } of corpus.claims) assert.ok(ids.has(id), `missing ${id}`);
});

test('each claim is found from its own statement (the database describes what it stores)', () => {
  for (const claim of claims) {
    const found = scanBlocks([claim.statement], bundled, { confidence: 'possible' }).flatMap((s) => s.claims.flatMap((hit) => [hit.id, ...(hit.related ?? [])]));
    assert.ok(found.includes(claim.id), `${claim.id}: ${claim.statement} -> ${found.join(', ') || 'nothing'}`);
  }
});
