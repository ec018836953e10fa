/** The validator: problems with JSON paths and reasons, all of them, references checked even when the schema fails. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatPath, formatProblem, MAX_PROBLEMS, validatePack } from '../../../../src/core/claims/validate.js';

const example = JSON.parse(readFileSync(new URL('../../../fixtures/packs/example.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function problems(value: unknown): string[] {
  const result = validatePack(value);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

test('JSON paths are written as in JavaScript', () => {
  assert.equal(formatPath(['claims', 0, 'sources', 12, 'kind']), 'claims[0].sources[12].kind');
  assert.equal(formatPath(['lexicon', 'bad key!']), 'lexicon["bad key!"]');
  assert.equal(formatPath([]), '');
});

test('the documentation example is valid, with defaults filled in', () => {
  const result = validatePack(example);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.pack.claims[1]!.appearances, []);
});

test('unknown fields, bad enum values, bad record keys and empty groups each name their path', () => {
  const claims = example.claims as Record<string, unknown>[];
  const list = problems({
    ...example,
    colour: 'red',
    lexicon: { 'not ok!': ['x'], empty: [] },
    claims: [{ ...claims[0], confidence: 0.9, involved: [{ entity: 'dana-whitfield', role: 'hero' }] }, claims[1]],
  });
  assert.deepEqual(list, [
    'unknown field "colour"',
    'claims[0]: unknown field "confidence"',
    'claims[0].involved[0].role: must be one of "subject", "counterpart", "speaker", "reporter", "mentioned"',
    'claims[0].match.all[1][0]: no lexicon entry "close"',
    'lexicon.empty: needs at least 1 entry',
    'lexicon["not ok!"]: the key "not ok!" must be 1-128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
  ]);
});

test('references are checked even when the schema fails: entities, related claims, @lexicon and #entity terms', () => {
  const claims = example.claims as Record<string, unknown>[];
  const list = problems({
    ...example,
    entities: [(example.entities as unknown[])[0], (example.entities as unknown[])[0]],
    claims: [
      { ...claims[0], status: 'bogus' },
      { ...claims[1], related: [{ claim: 'nowhere', relation: 'disputes' }, { claim: 'harbor-bridge-closure-denied', relation: 'supports' }] },
    ],
  });
  assert.deepEqual(list, [
    'claims[0].involved[1].entity: no entity "harbor-bridge" in this pack',
    'claims[0].match.all[0][0]: no entity "harbor-bridge"',
    'claims[0].status: must be one of "confirmed", "disputed", "unverified", "denied", "false"',
    'claims[1].involved[0].entity: no entity "harbor-bridge" in this pack',
    'claims[1].related[0].claim: no claim "nowhere" in this pack',
    'claims[1].related[1].claim: a claim cannot relate to itself',
    'entities[1].id: duplicate entity id "dana-whitfield" (already used by entities[0])',
  ]);
});

test('hundreds of bad claims: every problem is listed', () => {
  const claims = Array.from({ length: 300 }, (_, i) => ({ id: `c${i % 150}`, statement: '', status: 'confirmed' }));
  const list = problems({ ...example, claims });
  assert.equal(list.length, 450);
  assert.equal(list.filter((p) => p.endsWith('must not be empty')).length, 300);
  assert.equal(list.filter((p) => p.includes('duplicate claim id')).length, 150);
});

test(`past ${MAX_PROBLEMS} problems checking stops, so a huge broken pack costs bounded time and memory`, () => {
  const claims = Array.from({ length: 199_000 }, (_, i) => ({ id: `c${i % 10}`, statement: '', status: 'nope', sources: [{ kind: 'x' }] }));
  const list = problems({ ...example, claims });
  assert.equal(list.length, MAX_PROBLEMS + 1);
  assert.equal(list[MAX_PROBLEMS], `checking stopped after ${MAX_PROBLEMS} problems; fix these and check again`);
});

test('a pronoun belongs to a person only: on anything else it is a problem naming the entity', () => {
  const entities = example.entities as Record<string, unknown>[];
  const person = entities.find((entity) => entity.kind === 'person')!;
  const council = { id: 'river-council', name: 'The River Council', kind: 'organization', pronoun: 'she' };
  assert.deepEqual(problems({ ...example, entities: [...entities, council] }), ['entities[' + entities.length + '].pronoun: only a person takes a pronoun, and "river-council" is of kind "organization"']);
  const result = validatePack({ ...example, entities: entities.map((entity) => (entity === person ? { ...entity, pronoun: 'she' } : entity)) });
  assert.ok(result.ok, JSON.stringify(result));
});
