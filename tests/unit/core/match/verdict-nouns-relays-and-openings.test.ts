import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const REPORTED = 'kislyak-reported-campaign-talks';
const CAPACITY = 'sessions-senate-capacity-explanation';

test('a verdict adjective before a noun judges that noun, and the clause after it stands', () => {
  assert.ok(confidentIds('The uncorroborated intercepts indicate Kislyak told his bosses in Moscow that he had talked about the campaign with Sessions.').includes(REPORTED));
  assert.ok(confidentIds('The unverified intercepts suggest that Kislyak told Moscow he and Sessions had discussed the race.').includes(REPORTED));
  // A verdict noun with "the" before it is no attribute: it judges the clause.
  assert.ok(confidentIds('Trump called the Russia investigation the witch hunt of the decade.').includes('trump-dismisses-russia-reports'));
  // Near misses: a verdict closing its clause still denies what the clause says.
  for (const sentence of [
    'The report that Kislyak told Moscow he discussed the campaign with Sessions is false, Flores said.',
    'Flores said the claim that Kislyak told his superiors he discussed the campaign with Sessions was untrue.',
    'Flores said the story that Kislyak told Moscow he and Sessions discussed the race was fabricated.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(REPORTED), sentence);
  }
});

test('a lone "that" or "this" before a verdict is its object, not a determiner of the next word', () => {
  for (const sentence of [
    'Flores called that false in a statement on Friday evening.',
    'A spokeswoman called this baseless in a statement to reporters.',
    'The department called those untrue in a written statement.',
    'Flores said that was untrue in a statement on Friday.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(CAPACITY), sentence);
  }
});

test('a denial relayed of the speaker: his name nearest before the verb, across an aside or adverbs', () => {
  for (const sentence of [
    'Flores said Sessions, however, has denied talking about the election with Kislyak.',
    'Flores said Sessions had repeatedly and firmly denied discussing the race with the ambassador.',
    'Flores said Jeff Sessions, the attorney general, denied discussing the campaign with Kislyak.',
    'Sessions met Kislyak in July, and Flores said on Monday that Sessions denied discussing the campaign with him.',
  ]) {
    assert.ok(confidentIds(sentence).includes(DENIED), sentence);
  }
  // Near misses: the denial verb is someone else's, in another clause or after a preposition.
  for (const sentence of [
    'Flores said Sessions never talked about the campaign with Kislyak and rejected the report.',
    'Sessions met Kislyak in July, and Flores denied he discussed the campaign with him.',
    'Kislyak, who met Sessions, denied discussing the campaign with the senator.',
    'Flores said of Sessions that the department denied he discussed the campaign with Kislyak.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
});

test('a dispute verb joined by "and", auxiliaries or adverbs between, disputes only what follows it', () => {
  for (const sentence of [
    'Flores said Sessions never discussed the race with Kislyak and has contradicted the paper.',
    'Flores said Sessions never discussed the race with Kislyak and flatly contradicted the paper.',
    'Flores said Sessions never discussed the race with Kislyak and then contradicted the paper.',
    'Flores said Sessions never discussed the race with Kislyak and also undercut the paper.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(REPORTED), sentence);
  }
  // Near misses: a contrast that is no verb joined by "and" disputes the denial before it.
  for (const sentence of [
    'Sessions says he never discussed the campaign with Kislyak, and the intercepts contradict that.',
    'Sessions says he never discussed the campaign with Kislyak and the contradiction with the intercepts is plain.',
  ]) {
    assert.ok(confidentIds(sentence).includes(REPORTED), sentence);
  }
});

test('an opening participle after an opening word leaves the main verb to say who speaks', () => {
  for (const sentence of [
    'Also responding to the story, Flores said Sessions never talked about the election with the ambassador.',
    'In replying to the report, Flores said Sessions had not discussed the race with Kislyak.',
    'Again responding to reporters, Flores said Sessions never talked about the campaign with Kislyak.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
  // Near misses: the one who speaks is Sessions.
  for (const sentence of [
    'Also speaking to reporters, Sessions said he never discussed the campaign with the Russian ambassador.',
    'Sessions, also responding to the story, said he never discussed the campaign with Kislyak.',
    'In responding to Franken, Sessions said he had no communications with the Russians.',
  ]) {
    assert.ok(confidentIds(sentence).includes(DENIED), sentence);
  }
});

test('"not the last time", like "not the first time", denies nothing', () => {
  for (const sentence of [
    'It was not the last time Sessions would meet the ambassador.',
    'Not for the last time, Sessions met Kislyak without telling the committee.',
    'It was not the second time Sessions had met Kislyak.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
  // Near misses: a denial beside them still denies.
  assert.ok(confidentIds('Sessions said the last time he met Kislyak they did not discuss the campaign.').includes(DENIED));
  assert.ok(confidentIds('Sessions said it was not the first time he had met Kislyak, but he did not discuss the campaign.').includes(DENIED));
});
