/** Migration of older pack files: the version-0 (unversioned) ladder step, and what is refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migratePack } from '../../../../src/core/claims/migrate.js';
import { parsePackValue } from '../../../../src/core/claims/parse.js';

const META = { name: 'Old pack', publisher: 'Tests', version: '0.1', updated: '2023-05-01', license: 'CC0-1.0' };
const v0 = () => ({
  ...META,
  claims: [
    { id: 'a', text: 'The council voted to close the bridge.', status: 'Confirmed on record', sources: [{ type: 'on-record', who: 'the mayor' }], related: { b: 'disputes' } },
    { id: 'b', text: 'No closure was decided.', status: 'contested', sources: [{ type: 'denial', who: 'a merchants group' }] },
    { id: 'c', statement: 'Already in the new shape.', status: 'debunked' },
  ],
});

test('a version-0 pack becomes a valid version-1 pack, each change reported with its path', () => {
  const migration = migratePack(v0());
  assert.ok(migration.ok);
  assert.deepEqual(
    migration.changes.map((c) => `${c.path}: ${c.message}`),
    [
      'schemaVersion: missing: read as the unversioned format 0 and migrated to 1',
      'claims[0].statement: renamed from "text"',
      'claims[0].status: "Confirmed on record" is now written "confirmed"',
      'claims[0].sources[0].kind: renamed from "type"',
      'claims[0].related: rewritten from an object of id: relation into a list of { claim, relation }',
      'claims[1].statement: renamed from "text"',
      'claims[1].status: "contested" is now written "disputed"',
      'claims[1].sources[0].kind: renamed from "type"',
      'claims[2].status: "debunked" is now written "false"',
    ],
  );
  const parsed = parsePackValue(migration.value);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.deepEqual(parsed.pack.claims[0]!.related, [{ claim: 'b', relation: 'disputes' }]);
  assert.equal(parsed.pack.claims[1]!.sources[0]!.kind, 'denial');
});

test('migration never changes its input, and leaves a current pack as it is', () => {
  const input = v0();
  const before = JSON.stringify(input);
  migratePack(input);
  assert.equal(JSON.stringify(input), before);
  const current = { ...META, schemaVersion: 1, claims: [] };
  const migration = migratePack(current);
  assert.ok(migration.ok);
  assert.equal(migration.value, current);
  assert.deepEqual(migration.changes, []);
});

test('explicit version 0 migrates; a renamed field never overwrites one already present', () => {
  const migration = migratePack({ ...META, schemaVersion: 0, claims: [{ id: 'a', text: 'old', statement: 'new', status: 'confirmed' }] });
  assert.ok(migration.ok);
  assert.equal(migration.changes[0]!.message, 'migrated from 0 to 1');
  const claim = (migration.value.claims as Record<string, unknown>[])[0]!;
  assert.equal(claim.statement, 'new');
  // The leftover "text" is then an unknown field, which validation names.
  assert.match(JSON.stringify(parsePackValue(migration.value)), /unknown field \\"text\\"/);
});

test('broken shapes are left for validation to report, not crashed on', () => {
  for (const claims of [null, 'x', [null, 3, 'claim', { sources: 'none', related: [1] }]]) {
    const migration = migratePack({ ...META, claims });
    assert.ok(migration.ok);
    assert.equal(parsePackValue(migration.value).ok, false);
  }
});

test('versions that cannot be read are refused', () => {
  for (const schemaVersion of [2, 1000, -1, 0.5, '1', null, [1]]) {
    const migration = migratePack({ ...META, schemaVersion, claims: [] });
    assert.equal(migration.ok, false, String(schemaVersion));
    assert.equal(migration.ok ? '' : migration.problems[0]!.path, 'schemaVersion');
  }
});
