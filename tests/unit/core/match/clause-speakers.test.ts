import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClauseSpeakers } from '../../../../src/core/match/clause-speakers.js';

test("a token's clause speaker is that of the last clause opened at or before it, else the sentence's", () => {
  const clauses = new ClauseSpeakers();
  assert.equal(clauses.any, false);
  assert.equal(clauses.speakerAt(5, 7), 7, 'no clause of its own: the sentence speaks');
  clauses.open(4, 2);
  clauses.open(9, -1);
  assert.equal(clauses.any, true);
  assert.equal(clauses.speakerAt(3, 7), 7);
  assert.equal(clauses.speakerAt(4, 7), 2);
  assert.equal(clauses.speakerAt(8, 7), 2);
  assert.equal(clauses.speakerAt(12, 7), -1, 'a clause spoken by someone unknown');
  clauses.clear();
  assert.equal(clauses.any, false);
  assert.equal(clauses.speakerAt(12, 7), 7);
});
