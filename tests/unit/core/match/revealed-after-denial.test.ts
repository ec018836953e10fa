import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIAL = 'sessions-denied-campaign-discussions';

test('meetings revealed in a clause after the denial are stated beside it', () => {
  for (const sentence of [
    'Sessions told senators he had no contacts with the Russians, a claim that fell apart once it emerged he had met Kislyak twice.',
    'Sessions swore he had no communications with the Russians, but the Post later found he had met Kislyak twice.',
    'Sessions assured the panel he "did not have communications with the Russians," which looked shaky when reporters learned he had twice met Kislyak.',
  ]) {
    const ids = confidentIds(sentence);
    assert.ok(ids.includes(MEETINGS), `${sentence}: ${ids}`);
    assert.ok(ids.includes(DENIAL), `${sentence}: ${ids}`);
  }
});

test('meetings named before the negation, or under it, stay what the denial is about', () => {
  for (const sentence of [
    'Sessions said his meetings with Kislyak had nothing to do with the campaign.',
    'Sessions denied that he had met Kislyak during the campaign.',
    'Sessions told senators he never met Kislyak to talk about the campaign.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIAL], sentence);
  }
});

test('a meeting given as the senator\'s own explanation after a denial stays the explanation', () => {
  const ids = confidentIds('He told the committee he did not talk about the campaign with anyone, and he said he met Kislyak only as a senator.');
  assert.ok(!ids.includes(MEETINGS), `${ids}`);
});
