import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const RECUSED = 'sessions-recused-russia-probe';
const TRUMP_DISMISSES = 'trump-dismisses-russia-reports';
const REPORTED = 'kislyak-reported-campaign-talks';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DOJ = 'doj-disputes-intercept-report';
const COUNSEL = 'special-counsel-investigating';

const has = (sentence: string, id: string, before: readonly string[] = []) => confidentIds(sentence, undefined, before).includes(id);

test("a later denial verb is read when the first one is someone else's", () => {
  assert.ok(has('The Kremlin rejects any meddling, and Trump has again dismissed suggestions that his campaign colluded with Moscow.', TRUMP_DISMISSES));
  assert.ok(has('Moscow has denied tampering with the vote, and the president has brushed off claims of Russian interference.', TRUMP_DISMISSES));
  // Near misses: the only denial is someone else's, or the later clause affirms instead.
  assert.ok(!has('Moscow has denied tampering with the vote, and Trump has praised the findings on Russian interference.', TRUMP_DISMISSES));
  assert.ok(!has('The Kremlin has dismissed suggestions that it colluded with the Trump campaign.', TRUMP_DISMISSES));
  assert.ok(!has('Russia denied meddling, and Putin dismissed suggestions that Trump colluded with Moscow.', TRUMP_DISMISSES));
  assert.ok(!has('Trump dismissed suggestions that he would fire the special counsel.', TRUMP_DISMISSES));
});

test('a pronoun closing a sentence after a quote speaks for the sentence, not a name inside it', () => {
  const before = ['Sessions said the question had been about the campaign.'];
  assert.ok(has('He could not recall discussing the campaign with the envoy "in any real depth," he added.', DENIED, before));
  assert.ok(has('He had never discussed the campaign with the ambassador, "not once," he said.', DENIED, before));
  // Near misses: a named speaker closing the sentence, a pronoun that is no speaker, an affirmation.
  assert.ok(!has('Sessions never discussed the campaign with the ambassador, "not once," Kislyak said.', DENIED));
  assert.ok(!has('He discussed the campaign with the ambassador "at some length," he added.', DENIED, before));
  assert.ok(!has('The envoy, he added, "was a fixture of every reception."', DENIED, before));
});

test('a name before "has said" or "also said" is the subject its "he" stands for', () => {
  const before = ['Sessions recused himself in March.'];
  assert.ok(!has('Rosenstein has said he would step aside if it ever became necessary.', RECUSED, before));
  assert.ok(!has('Rosenstein has also said he would step aside from the Russia inquiry.', RECUSED, before));
  // Near misses: the pronoun opens the sentence, or a known name is the subject.
  assert.ok(has('He has said he stepped aside from the Russia inquiry in March.', RECUSED, before));
  assert.ok(has('Sessions has also said he recused himself from the Russia inquiry.', RECUSED));
  // A name that is an object, not the subject before the verb, leaves the pronoun to the context.
  assert.ok(has('Sessions met Rosenstein and has said he recused himself from the Russia inquiry.', RECUSED));
});

test('a one-word "No," with the comma inside the quotation marks still answers the question', () => {
  const before = ['Sessions testified in January.'];
  assert.ok(has('He answered one word, "No," when asked whether he had been in contact with anyone tied to the Russian government about the election.', DENIED, before));
  // Near misses: another word quoted, a "No" that answers nothing, a question left open.
  assert.ok(!has('He answered one word, "Yes," when asked whether he had been in contact with anyone tied to the Russian government.', DENIED, before));
  assert.ok(!has('He wrote "No," then added that he had been in contact with the Russian ambassador twice.', DENIED, before));
  assert.ok(!has('Senators asked whether he had been in contact with anyone tied to the Russian government about the election.', DENIED, before));
});

test('newer wordings: accounts relayed home, a hotel encounter, the question about the campaign, the investigators', () => {
  assert.ok(has("Kislyak's descriptions of his two encounters with Sessions were relayed back to his superiors in Moscow, the paper said.", REPORTED));
  assert.ok(has('Officials say the intercepts also touch on an April encounter at a Washington hotel where then-candidate Trump gave a speech.', MEETINGS, ['Sessions met Kislyak twice in 2016.']));
  assert.ok(has('Sessions later said the question had been about the campaign, not about what he did as a senator.', CAPACITY));
  assert.ok(has('Justice Dept. says Sessions never discussed election interference with the Russian envoy', DOJ));
  assert.ok(has('Mueller and the congressional committees are looking at whether anybody on the campaign was working with the Russians.', COUNSEL));
  assert.ok(has('Special counsel Robert Mueller is examining whether anyone in Trump\'s circle co-ordinated with Moscow.', COUNSEL));
  // Near misses.
  assert.ok(!has("Sessions' accounts of his two encounters with Kislyak were never relayed to his superiors.", REPORTED));
  assert.ok(!has('Remember that "according to intercepts" means one man\'s account of a conversation.', REPORTED));
  assert.ok(!has('Trump gave a speech at a Washington hotel in April.', MEETINGS));
  assert.ok(!has('Sessions said the question had been about the campaign.', CAPACITY));
  assert.ok(!has('The committees are looking at whether anybody on the staff was working with lobbyists.', COUNSEL));
});

test("a claim's key word is read again in its own speaker's clause when its first occurrence is someone else's", () => {
  assert.deepEqual(confidentIds('Kislyak told Moscow they had talked about the campaign, but Sessions has denied discussing the campaign with any Russian official.'), [REPORTED, DENIED]);
  assert.deepEqual(confidentIds('Mr Kislyak told his superiors they had discussed the campaign, but Mr Sessions has denied discussing the campaign with any Russian official.'), [REPORTED, DENIED]);
  assert.deepEqual(confidentIds('Mr. Kislyak told his bosses that they had discussed the campaign, and Mr. Sessions denied discussing the campaign with any Russian official.'), [REPORTED, DENIED]);
  // Near misses: the later occurrence is not denied, or the denier is not the claim's speaker.
  assert.ok(!has('Kislyak told Moscow they had talked about the campaign, but Sessions has confirmed discussing the campaign with a Russian official.', DENIED));
  assert.ok(!has('Kislyak told Moscow they had talked about the campaign, but Flynn has denied discussing the campaign with any Russian official.', DENIED));
  assert.ok(has('Kislyak told Moscow they had talked about the campaign.', REPORTED));
});
