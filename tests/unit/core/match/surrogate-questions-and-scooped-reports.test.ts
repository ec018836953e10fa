import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

function found(sentence: string, id: string, before: readonly string[] = STORY): boolean {
  return confidentIds(sentence, undefined, before).includes(id);
}

/** An article that has named the two men. */
const STORY = ['Sessions met Kislyak twice during the 2016 campaign.'];

test('the question described as one about surrogates and intermediaries, in Sessions\' reply', () => {
  const id = 'sessions-senate-capacity-explanation';
  assert.ok(found('Sessions answers that the January question concerned a continuing exchange of information between campaign surrogates and Russian intermediaries.', id));
  assert.ok(found('Sessions says the question was about a continuing exchange of information between surrogates and intermediaries.', id));
  for (const sentence of [
    'Franken\'s question was about a continuing exchange of information between Trump surrogates and Russian intermediaries.',
    'Sessions said the investigation was about a continuing exchange of information between campaign surrogates and Russian intermediaries.',
    'Mueller asked whether there was a continuing exchange of information between surrogates and Russian intermediaries.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});

test('an official calling "what Sessions has said publicly" misleading', () => {
  const id = 'official-says-sessions-misleading';
  assert.ok(found('A current official told the paper that what Sessions has said publicly is misleading.', id));
  assert.ok(found('One official said what Sessions has said is misleading.', id));
  for (const sentence of [
    'One current official said what Sessions has said publicly is accurate.',
    'What Sessions has said publicly is misleading, Franken said.',
    'One current official said what Comey has said publicly is misleading.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});

test('spy agencies that "scooped up" the ambassador\'s reports to his bosses', () => {
  const id = 'kislyak-reported-campaign-talks';
  assert.ok(found('U.S. spy agencies scooped up Kislyak\'s reports to his bosses in Moscow.', id));
  for (const sentence of [
    'Investors scooped up shares after the Post\'s report.',
    'Kislyak\'s bosses scooped up the reports.',
    'Collectors scooped up the ambassador\'s memoirs at auction.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});
