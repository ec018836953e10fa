import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled, confidentIds, hitsOf } from './helpers.js';

const BEFORE = ['The attorney general faced senators again on Tuesday.'];

/** The claim is a confident match, found through the plain word given. */
function assertThrough(claim: string, word: string, sentence: string): void {
  assert.ok(confidentIds(sentence, bundled, BEFORE).includes(claim), `not confident: ${sentence}`);
  const hit = hitsOf(bundled, [...BEFORE, sentence]).find((found) => found.id === claim)!;
  assert.ok(hit.reasons.some((reason) => reason.includes(word)), `not through "${word}": ${sentence}`);
}

test('plain words for interfering and colluding state the claims', () => {
  assertThrough('russia-interference-assessment', 'sway', 'American intelligence agencies concluded that Moscow tried to sway the 2016 election to help Trump.');
  assertThrough('russia-interference-assessment', 'swayed', 'The spy agencies said Russia swayed the election to help Trump.');
  assertThrough('special-counsel-investigating', 'worked together', 'Mueller is investigating whether the Russian government worked together with Trump associates.');
});

test('the same words about something else state no claim, not even a possible one', () => {
  const claims = ['russia-interference-assessment', 'special-counsel-investigating'];
  for (const sentence of [
    'The senator has little sway over the committee.',
    'The ambassador liked to exaggerate his sway in Washington.',
    // "sway" the noun shares no stem with "swayed" (stem-overrides.json).
    'Putin holds great sway over the election board, U.S. intelligence officials say.',
    'Lobbyists tried to sway the committee vote on the tariff bill.',
    'Aides worked together on the budget through the night.',
    'Mueller and his deputies worked together for years at the FBI.',
    // Working together is collusion only with someone ("worked together with").
    "Mueller's team and the FBI worked together on the Russia investigation.",
  ]) {
    assert.deepEqual(confidentIds(sentence, bundled, BEFORE), [], sentence);
    const possible = hitsOf(bundled, [...BEFORE, sentence]).filter((hit) => claims.includes(hit.id));
    assert.deepEqual(possible, [], sentence);
  }
});
