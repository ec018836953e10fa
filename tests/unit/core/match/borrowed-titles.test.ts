import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const RECUSED = 'sessions-recused-russia-probe';
const TALKS = 'kislyak-reported-campaign-talks';

test('a title followed directly by another person\'s name is that person\'s, not the database\'s', () => {
  assert.deepEqual(confidentIds('Former Attorney General Eric Holder denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds('Acting Attorney General Sally Yates said she had never talked about the campaign with Kislyak.'), []);
  assert.deepEqual(confidentIds('Ambassador John Tefft told his bosses in Moscow that he and Sessions had talked about the campaign.'), []);
});

test('a modifier that makes the title another office leaves the database\'s person out', () => {
  assert.deepEqual(confidentIds('Deputy Attorney General Smith denied ever discussing the campaign with the Russian envoy.'), []);
  assert.deepEqual(confidentIds('The associate attorney general stepped aside from the Russia investigation last spring.'), []);
  assert.deepEqual(confidentIds('The Ohio attorney general stepped aside from the Russia investigation last spring.'), []);
});

test('near misses: a title carrying the person\'s own name, or none, still names the person', () => {
  assert.deepEqual(confidentIds('Former Attorney General Jeff Sessions denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  assert.deepEqual(confidentIds('Attorney General Sessions stepped aside from the Russia investigation last spring.'), [RECUSED]);
  // A weekday after the title is no name.
  assert.deepEqual(confidentIds('The attorney general Friday denied ever discussing the campaign with the Russian envoy.'), [DENIED]);
  // A headline in title case: the capitalised verb after the title is no name.
  assert.deepEqual(confidentIds('Attorney General Denies Discussing Campaign With Russian Envoy'), [DENIED]);
  // "the Alabama senator" is one of Sessions' own titles, the state part of it.
  assert.deepEqual(confidentIds('The Alabama senator stepped aside from the Russia investigation last spring.'), [RECUSED]);
  assert.deepEqual(confidentIds('Russian Ambassador Sergey Kislyak told his bosses in Moscow that he and Sessions had talked about the campaign.'), [TALKS]);
});
