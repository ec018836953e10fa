import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePack, splitPack } from '../../../bench/generate-pack.js';
import { validatePack } from '../../../src/core/claims/validate.js';
import { formatProblem } from '../../../src/core/claims/validate.js';

function assertValid(pack: unknown): void {
  const validation = validatePack(JSON.parse(JSON.stringify(pack)));
  assert.ok(validation.ok, validation.ok ? '' : validation.problems.slice(0, 5).map(formatProblem).join('\n'));
}

test('a generated pack is valid under the pack schema and cross-checks', () => {
  assertValid(generatePack({ claims: 3_000, seed: 4 }));
});

test('generation is deterministic for a seed and differs between seeds', () => {
  const a = JSON.stringify(generatePack({ claims: 500, seed: 9 }));
  assert.equal(a, JSON.stringify(generatePack({ claims: 500, seed: 9 })));
  assert.notEqual(a, JSON.stringify(generatePack({ claims: 500, seed: 10 })));
});

test('claims are realistic: entities with aliases, match blocks, dated sources, relations', () => {
  const pack = generatePack({ claims: 2_000, seed: 2 });
  assert.equal(pack.claims.length, 2_000);
  assert.ok(pack.entities.every((entity) => entity.aliases.length > 0), 'every entity has aliases');
  assert.ok(pack.claims.every((claim) => (claim.match?.all.length ?? 0) >= 2 && (claim.match?.phrasings.length ?? 0) >= 2));
  assert.ok(pack.claims.every((claim) => claim.sources.length > 0 && claim.sources.every((source) => source.date)));
  const kinds = new Set(pack.claims.flatMap((claim) => claim.sources.map((source) => source.kind)));
  assert.equal(kinds.size, 6, 'every sourcing kind appears');
  const statuses = new Set(pack.claims.map((claim) => claim.status));
  assert.ok(statuses.size >= 4, `varied statuses, got ${[...statuses].join(', ')}`);
  assert.ok(pack.claims.filter((claim) => claim.related.length > 0).length > 200, 'many claims relate to others');
  assert.ok(pack.claims.some((claim) => claim.match?.polarity === 'denies'), 'some claims are denials');
});

test('the vocabulary is spread out: names repeat like in real coverage, statements rarely', () => {
  const pack = generatePack({ claims: 5_000, seed: 3 });
  const statements = new Set(pack.claims.map((claim) => claim.statement));
  assert.ok(statements.size > 4_950, `statements are nearly all distinct (${statements.size})`);
  const subjects = new Map<string, number>();
  for (const claim of pack.claims) {
    const subject = claim.involved[0]?.entity ?? '';
    subjects.set(subject, (subjects.get(subject) ?? 0) + 1);
  }
  const counts = [...subjects.values()].sort((a, b) => b - a);
  assert.ok((counts[0] ?? 0) >= 20 * (counts[counts.length - 1] ?? 1), 'a few people are in many claims and most in few');
  const words = new Set(pack.claims.flatMap((claim) => claim.statement.toLowerCase().split(/\W+/)));
  assert.ok(words.size > 600, `statements use a sizeable vocabulary (${words.size} words)`);
});

test('a split pack gives self-contained valid parts holding every claim once', () => {
  const pack = generatePack({ claims: 1_500, seed: 5 });
  const parts = splitPack(pack, 3);
  assert.equal(parts.length, 3);
  parts.forEach(assertValid);
  const ids = parts.flatMap((part) => part.claims.map((claim) => claim.id)).sort();
  assert.deepEqual(ids, pack.claims.map((claim) => claim.id).sort());
});
