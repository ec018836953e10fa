import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIAL = 'sessions-denied-campaign-discussions';

test('meetings stated in a clause of their own after the denial stand beside it', () => {
  for (const sentence of [
    'Sessions told senators he had no contacts with the Russians, a claim that fell apart once it emerged he had met Kislyak twice.',
    'Sessions swore he had no communications with the Russians, but the Post later found he had met Kislyak twice.',
    'Sessions assured the panel he "did not have communications with the Russians," which looked shaky when reporters learned he had twice met Kislyak.',
    // The denier himself, as the subject of a clause of his own, grants the meeting.
    'Sessions told the committee he did not talk about the campaign with anyone, and he said he met Kislyak.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIAL, MEETINGS], sentence);
  }
});

test('the denier going on with his own words, with no subject of their own, keeps the meetings in his denial', () => {
  for (const sentence of [
    'Sessions said he had no contacts with the Russians, branding reports that he met Kislyak a smear.',
    'Sessions denied discussing the campaign with Russian officials, and called the accounts that he met Kislyak partisan.',
    'Sessions denied discussing the campaign with Russian officials, and claimed the stories that he met Kislyak were invented by his rivals.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIAL], sentence);
  }
});

test('a clause after the denial that supposes, plans or asks states no meeting', () => {
  for (const sentence of [
    'Sessions said he had no contacts with the Russians, but he will meet Kislyak on Monday.',
    'Sessions said he had no contacts with the Russians, and he can meet Kislyak whenever he likes.',
    'Sessions said he had no contacts with the Russians, though he is scheduled to meet Kislyak on Thursday.',
    'Sessions said he had no contacts with the Russians, but had he met Kislyak, the senators would have known.',
    'Sessions said he had no contacts with the Russians; if true, the reports that he met Kislyak twice would end his career.',
    'Sessions said he had no contacts with the Russians, so did he meet Kislyak or not, senators wondered.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIAL], sentence);
  }
});

// Near misses: readings the rule must leave as they were.
test('meetings named before the negation, or under it, stay what the denial is about', () => {
  for (const sentence of [
    'Sessions said his meetings with Kislyak had nothing to do with the campaign.',
    'Sessions denied that he had met Kislyak during the campaign.',
    'Sessions told senators he never met Kislyak to talk about the campaign.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIAL], sentence);
  }
});

test('a closing attribution after the stated meetings does not take them back', () => {
  const sentence = 'Sessions said he had no contacts with the Russians, but he met Kislyak twice, the Post found.';
  assert.deepEqual(confidentIds(sentence), [DENIAL, MEETINGS], sentence);
});
