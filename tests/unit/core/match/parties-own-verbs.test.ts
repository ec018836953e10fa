import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled, confidentIds, hitsOf } from './helpers.js';

const CLAIM = 'sessions-kislyak-2016-meetings';
const BEFORE = ['The attorney general went before the judiciary panel once more on Wednesday.'];

function assertConfident(sentence: string): void {
  assert.ok(confidentIds(sentence, bundled, BEFORE).includes(CLAIM), `not confident: ${sentence}`);
}

/** Still found, but only as a possible match. */
function assertAtMostPossible(sentence: string): void {
  assert.ok(!confidentIds(sentence, bundled, BEFORE).includes(CLAIM), `confident: ${sentence}`);
  assert.equal(hitsOf(bundled, [...BEFORE, sentence]).find((hit) => hit.id === CLAIM)?.confidence, 'possible', sentence);
}

test("a meeting or talking verb of other people leaves the parties' dealings a passing mention", () => {
  for (const sentence of [
    // Someone else talks, meets or gathers; the parties' meetings are only the topic.
    'Members who spoke with journalists afterward said the Sessions meetings with Kislyak called for a closer look.',
    'Republicans met privately on Monday to weigh the fallout from Sessions\'s contacts with Kislyak.',
    'Manafort met the lobbyist in August; Sessions\'s meetings with Kislyak are still being examined.',
    // The verb has one party as its object, but someone else as its subject.
    'Flynn talked with Kislyak about sanctions, and questions about Sessions\'s meetings with the ambassador followed.',
    // The claim's own key word, as another group's verb.
    'The committee will meet next week to go over Sessions\'s contacts with the Russian ambassador.',
  ]) assertAtMostPossible(sentence);
});

test("the parties' own verb, named, described or through a pronoun, states the dealings", () => {
  for (const sentence of [
    'The senator spoke with the Russian envoy at a reception that summer.',
    'Sessions and Kislyak met more than once during the campaign.',
    'Kislyak met with Sessions in a room off the main hall.',
    "Sessions's talks with Kislyak were brief, aides say, because they met only in passing.",
  ]) assertConfident(sentence);
});
