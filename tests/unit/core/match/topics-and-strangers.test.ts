import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds, hitsOf, bundled } from './helpers.js';

const TALKS = 'kislyak-reported-campaign-talks';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DISMISSES = 'trump-dismisses-russia-reports';
const SESSIONS_MET = ['Sessions met the envoy in his Senate office in September.'];

test('a topic link right after an inquiry noun says what the inquiry is about, not that anyone talked', () => {
  const withdrew = 'Within days he removed himself from any federal inquiry touching on the 2016 campaign, including the Russia probe.';
  assert.ok(!hitsOf(bundled, [...SESSIONS_MET, withdrew]).some((hit) => hit.id === TALKS));
  const matters = 'Days later, Sessions recused himself from every investigation that dealt with the presidential race.';
  assert.ok(!hitsOf(bundled, [matters]).some((hit) => hit.id === TALKS));
  // The same words after people still tell of a conversation.
  const talked = 'Kislyak told Moscow that his conversations with Sessions touched on the campaign.';
  assert.ok(confidentIds(talked).includes(TALKS));
});

test('a speaker the database does not know keeps "his" for himself', () => {
  const stranger = 'Dmitry Ushakov told reporters that an ambassador who meets many senators is doing his job well.';
  assert.deepEqual(confidentIds(stranger, undefined, SESSIONS_MET), []);
  const aside = 'Ushakov, for his part, said that meeting senators is simply part of an ambassador\'s job.';
  assert.deepEqual(confidentIds(aside, undefined, SESSIONS_MET), []);
  // A group is no named person: "his" is still the man named before.
  const group = 'Aides said his talks with the ambassador were part of his ordinary Senate work.';
  assert.deepEqual(confidentIds(group, undefined, SESSIONS_MET), [CAPACITY]);
});

test('"the whole thing" called a witch hunt in a sentence about Russia is the Russia matter', () => {
  const sentence = 'A January intelligence report found that Russia interfered to boost Trump; the Kremlin rejects that, and Trump calls the whole thing a witch hunt.';
  assert.ok(confidentIds(sentence).includes(DISMISSES));
  // Without Russia in the sentence, "the whole thing" could be anything.
  assert.deepEqual(confidentIds('Trump, asked about the recusal, said the whole thing was unfair and a witch hunt.'), []);
});
