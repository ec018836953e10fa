import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const BAD_ANSWERS = 'trump-sessions-bad-answers';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const RECUSED = 'sessions-recused-russia-probe';

test('a claim that is one person\'s statement is not stated by someone else saying it', () => {
  assert.deepEqual(confidentIds('Former Vice President Al Gore said Sessions gave bad answers at his confirmation hearing.'), []);
  assert.deepEqual(confidentIds('Sessions gave bad answers at his confirmation hearing, Mayor Bill Dwyer said.'), []);
});

test('a claim that is one person\'s act is not stated by someone else doing it', () => {
  assert.deepEqual(confidentIds('Governor Ann Holt met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('The deputy attorney general met Kislyak at the Mayflower Hotel in April 2016.'), []);
  assert.deepEqual(confidentIds('Governors met Kislyak at the Mayflower Hotel in April 2016.'), []);
});

test('a plural office names a group, never the one person', () => {
  assert.deepEqual(confidentIds('Attorneys general in several states have recused themselves from the Russia investigation.'), []);
  assert.deepEqual(confidentIds('Several senators stepped aside from the Russia investigation last spring.'), []);
});

test('near misses: the claim\'s own person named, relayed or meant by a pronoun still states it', () => {
  assert.deepEqual(confidentIds('Trump said Sessions gave bad answers at his confirmation hearing.'), [BAD_ANSWERS]);
  // Relayed: the claim's speaker is named, so this is still his view.
  assert.deepEqual(confidentIds('Governor Ann Holt said Trump believes Sessions gave bad answers at his confirmation hearing.'), [BAD_ANSWERS]);
  assert.deepEqual(confidentIds('Sessions, like Franken, met Kislyak at the Mayflower Hotel in April 2016.'), [MEETINGS]);
  assert.deepEqual(confidentIds('He met Kislyak at the Mayflower Hotel in April 2016.', undefined, ['Sessions gave the keynote at a lunch.']), [MEETINGS]);
  // A singular office is the database's person.
  assert.deepEqual(confidentIds('The attorney general stepped aside from the Russia investigation last spring.'), [RECUSED]);
});
