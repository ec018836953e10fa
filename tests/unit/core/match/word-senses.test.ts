import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const TALKS = 'kislyak-reported-campaign-talks';
const CAPACITY = 'sessions-senate-capacity-explanation';

test('"routinely" describing how spies work is no claim that the contacts were routine Senate business', () => {
  const spies = 'Officials said Kislyak\'s descriptions of his talks with Sessions were captured by U.S. agencies, which routinely watch Russian diplomats.';
  assert.ok(!confidentIds(spies).includes(CAPACITY));
  // A routine meeting of a senator is still his explanation.
  const routine = 'Sessions said his talks with Kislyak were routine meetings any senator would hold.';
  assert.ok(confidentIds(routine).includes(CAPACITY));
});

test('Moscow as one side of bilateral ties is not the ambassador\'s superiors', () => {
  const ties = 'A former official said Sessions and Kislyak went over how ties between Washington and Moscow might look under Trump.';
  assert.ok(!confidentIds(ties).includes(TALKS));
  // Telling Moscow is reporting home.
  const home = 'The envoy told Moscow that he and Sessions had gone over campaign matters.';
  assert.ok(confidentIds(home).includes(TALKS));
});

test('what the talks covered, with Trump\'s positions named, is the substance of the talks, not the report home', () => {
  const substance = 'A former aide called the conversations substantive; they touched on Trump\'s positions on several issues of importance to Moscow.';
  assert.deepEqual(confidentIds(substance, undefined, ['Sessions met Kislyak twice that year.']), ['sessions-kislyak-substantive-talks']);
});
