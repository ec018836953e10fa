import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled, confidentIds, hitsOf } from './helpers.js';

const BEFORE = ['The attorney general faced senators again on Tuesday.'];
const RECUSAL = 'sessions-recused-russia-probe';
const INTERCEPT = 'kislyak-reported-campaign-talks';

/** Demoted, not dropped: the claim is there as a possible match, saying why. */
function assertInPassing(claim: string, sentence: string): void {
  assert.ok(!confidentIds(sentence, bundled, BEFORE).includes(claim), `confident: ${sentence}`);
  const hit = hitsOf(bundled, [...BEFORE, sentence]).find((found) => found.id === claim);
  assert.equal(hit?.confidence, 'possible', `no possible match: ${sentence}`);
  assert.ok(hit.reasons.some((reason) => reason.includes('in passing')), sentence);
}

function assertStated(claim: string, sentence: string): void {
  assert.ok(confidentIds(sentence, bundled, BEFORE).includes(claim), `not confident: ${sentence}`);
}

test('an event of one party named by its noun, as background to something else, is a possible match', () => {
  for (const sentence of [
    'Aides to Sessions say the recusal still rankles the White House.',
    "Sessions's recusal was a mistake, a senator argued on the radio.",
    'Voters in Mobile were split over the recusal, and Sessions stayed quiet.',
  ]) assertInPassing(RECUSAL, sentence);
});

test('the event stated by its verb, dated, or with a place or body of the claim keeps its confident match', () => {
  for (const sentence of [
    'Sessions recused himself from the inquiry on Thursday.',
    'Sessions announced his recusal in March.',
    "Sessions's recusal from the Russia investigation angered the president.",
    'The Justice Department confirmed the recusal of Sessions.',
    // A participle after "he's" reads like a noun phrase, but states the event.
    "He's recused, and Sessions won't say more.",
  ]) assertStated(RECUSAL, sentence);
});

test('an event announced, taking place or effect, or dated by a weekday, is stated', () => {
  for (const sentence of [
    'Sessions announced his recusal on Thursday.',
    'Sessions announced his recusal at a news conference.',
    "Sessions's recusal was announced Thursday at a hastily called news conference.",
    "Sessions's recusal came on Thursday, hours after the Post report.",
    "Sessions's recusal took effect immediately, his spokeswoman said.",
    "Sessions's recusal on Thursday angered Trump.",
    "Sessions's Thursday recusal angered Trump.",
    'The attorney general declared his recusal at a short briefing.',
    'Sessions made his recusal official in a two-line statement.',
    "Sessions's recusal followed weeks of pressure from Democrats.",
    "Sessions's recusal yesterday caught the West Wing off guard.",
  ]) assertStated(RECUSAL, sentence);
});

test('what the party stepped away from, or a decision noun, states the event', () => {
  for (const sentence of [
    "Sessions's recusal from the case angered Trump.",
    "Sessions' recusal decision angered Trump.",
    "The attorney general's recusal from matters touching the campaign irked the president.",
  ]) assertStated(RECUSAL, sentence);
});

test("a headline opening with a name's event has the event as its news", () => {
  for (const headline of [
    "Sessions' recusal",
    "Sessions' recusal stuns White House",
    "Sessions' surprise recusal",
    "Sessions's recusal: a timeline",
    "Sessions's recusal rattles the West Wing",
  ]) assertStated(RECUSAL, headline);
});

test('the event as background, in a phrase of a preposition or with a verb of its own, stays in passing', () => {
  for (const sentence of [
    "Trump's anger over Sessions's recusal has not faded.",
    'After his recusal, Sessions kept a low profile.',
    "Trump blasted Sessions's recusal as unfair to him.",
    'His recusal angered Trump.',
    // A verb of taking place, but the recusal is no subject of it.
    "Trump's anger over Sessions's recusal came through in the interview.",
    "Trump's anger over Sessions's recusal decision has not faded.",
    "The White House learned of Sessions's recusal from television.",
    // "later" and "even" date nothing ("even" shares its stem with "evening").
    "Sessions's recusal later angered Trump, aides said.",
    "Sessions's recusal even angered his allies.",
    // Headline-shaped but not opening with it, or a sentence with its full stop.
    "Trump still fumes over Sessions' recusal",
    "Sessions's recusal stunned the White House.",
  ]) assertInPassing(RECUSAL, sentence);
});

test("a statement's noun is no passing event: the clause after it says what was stated", () => {
  assertStated('sessions-senate-capacity-explanation', "Sessions's explanation was that he met Kislyak in his role as a senator.");
});

test('key words making one noun phrase, nothing stated of it, are a possible match', () => {
  for (const sentence of [
    'The Kislyak intercept report rattled the Justice Department.',
    'A new poll asks voters about the Kislyak intercept report.',
    'Senators want answers after a story on intercepted messages of the Russian envoy.',
  ]) assertInPassing(INTERCEPT, sentence);
});

test('key words that are a verb and its object, or separate phrases, are not one noun phrase', () => {
  for (const sentence of [
    "The envoy's messages were intercepted by American spy agencies.",
    'The intercepts cover the April and July meetings with Sessions.',
    "Kislyak's intercepted accounts of the April meeting reached the Post.",
    "Sessions's talks with Kislyak about the campaign drew scrutiny.",
  ]) assertStated(INTERCEPT, sentence);
});
