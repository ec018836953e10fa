import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema } from '../../../../src/core/claims/schema.js';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { bundled, confidentIds, hitsOf } from './helpers.js';

const CLAIM = 'sessions-kislyak-2016-meetings';
const BEFORE = ['The attorney general faced senators again on Tuesday.'];

/** The claim's hit in the sentence (read after BEFORE), with possible matches. */
function hitIn(sentence: string) {
  return hitsOf(bundled, [...BEFORE, sentence]).find((hit) => hit.id === CLAIM);
}

/** Demoted, not dropped: the claim is there as a possible match, saying why. */
function assertInPassing(sentence: string): void {
  assert.ok(!confidentIds(sentence, bundled, BEFORE).includes(CLAIM), `confident: ${sentence}`);
  const hit = hitIn(sentence);
  assert.equal(hit?.confidence, 'possible', `no possible match: ${sentence}`);
  assert.ok(hit.reasons.some((reason) => reason.includes('in passing')), sentence);
}

function assertStated(sentence: string): void {
  assert.ok(confidentIds(sentence, bundled, BEFORE).includes(CLAIM), `not confident: ${sentence}`);
}

test('the dealings named with a noun, as background to something else, are a possible match', () => {
  for (const sentence of [
    'Kislyak flies home as doubts persist over his talks with Sessions',
    'What to know about the leaks, the Sessions-Kislyak encounters and what comes next',
    'The envoy, whose conversations with Jeff Sessions still trouble the Justice Department, hosted a farewell dinner.',
    'Sessions handed the inquiry to his deputy soon after his meetings with Kislyak became news.',
    'Critics say the ambassador may have overstated his conversations with Sessions to please Moscow.',
    'Democrats circulated a memo on the Jeff Sessions meetings with Kislyak.',
    'Questions linger over talks with Sessions as Kislyak leaves.',
    'Pressure mounts over reports of Sessions talks with Kislyak',
  ]) assertInPassing(sentence);
});

test('a light verb with the noun states the dealings', () => {
  for (const sentence of [
    'Sessions had a private meeting with Kislyak, his aide confirmed.',
    'Sessions did have a conversation with Ambassador Sergey Kislyak, a spokeswoman conceded.',
    'Sessions has held a meeting with Kislyak, his office acknowledged.',
    'Sessions had conversations with the Russian ambassador, the department said.',
  ]) assertStated(sentence);
  // Near misses: "had"/"have" that do not take the noun as their object.
  for (const sentence of [
    "Aides had worries about Sessions's meetings with Kislyak.",
    'Democrats have pressed the nominee over his conversations with Kislyak.',
    "Sessions's meetings with Kislyak had been kept from the committee.",
  ]) assertInPassing(sentence);
});

test('a bare word after a name reads as a verb: a noun needs a determiner, a possessive, a compound or "between"', () => {
  for (const sentence of [
    'Sessions talks with Russian envoy, then tells senators he had no contacts',
    'Sessions meets Russian ambassador behind closed doors',
  ]) assertStated(sentence);
  for (const sentence of [
    'The talks between Sessions and Kislyak drew a rebuke.',
    'Those Sessions-Kislyak meetings drew a rebuke.',
    "Kislyak's talks with Sessions drew a rebuke.",
  ]) assertInPassing(sentence);
});

test('a pack of any two people reads its present-tense verbs as verbs, and its nouns as nouns', () => {
  const pack = packSchema.parse({
    schemaVersion: 1, publisher: 'tests', version: '1', updated: '2024-01-01', license: 'CC0-1.0', name: 'City hall',
    entities: [
      { id: 'okonjo', name: 'Mayor Dana Okonjo', kind: 'person', aliases: ['Okonjo'] },
      { id: 'vasquez', name: 'Pilar Vasquez', kind: 'person', aliases: ['Vasquez'] },
    ],
    claims: [
      {
        id: 'okonjo-dismissed-vasquez', statement: 'Mayor Okonjo dismissed her budget director Pilar Vasquez.', status: 'confirmed',
        involved: [{ entity: 'okonjo', role: 'subject' }, { entity: 'vasquez', role: 'counterpart' }],
        match: { phrasings: ['Okonjo fired Vasquez', 'Okonjo sacked Vasquez'] },
        sources: [{ kind: 'on-record', who: 'the mayor\'s office', date: '2024-01-01' }],
      },
      {
        id: 'okonjo-lunched-with-vasquez', statement: 'Okonjo lunched privately with Vasquez.', status: 'confirmed',
        involved: [{ entity: 'okonjo', role: 'subject' }, { entity: 'vasquez', role: 'counterpart' }],
        match: { phrasings: ['Okonjo lunched with Vasquez'] },
        sources: [{ kind: 'on-record', who: 'the mayor\'s office', date: '2024-01-01' }],
      },
    ],
  });
  const matcher = compileMatcher([pack]);
  const confidence = (sentence: string, id: string) => hitsOf(matcher, [sentence]).find((hit) => hit.id === id)?.confidence;
  assert.equal(confidence('Okonjo fires Vasquez after a budget row', 'okonjo-dismissed-vasquez'), 'confident');
  assert.equal(confidence('Okonjo sacks Vasquez over a leaked audit', 'okonjo-dismissed-vasquez'), 'confident');
  assert.equal(confidence('Okonjo lunches with Vasquez as the vote nears', 'okonjo-lunched-with-vasquez'), 'confident');
  for (const sentence of ["Okonjo's lunches with Vasquez stayed off the public calendar.", 'The Okonjo-Vasquez lunches stayed off the calendar.', 'Lunches between Okonjo and Vasquez stayed off the calendar.']) {
    assert.equal(confidence(sentence, 'okonjo-lunched-with-vasquez'), 'possible', sentence);
  }
});

test('a verb of taking place after the noun phrase states the dealings', () => {
  for (const sentence of [
    "Sessions's encounters with the Russian envoy happened before he was confirmed.",
    'The talks between Sessions and Kislyak took place at a busy time for him.',
    "Sessions' conversations with Kislyak had occurred well before the hearing.",
  ]) assertStated(sentence);
  for (const sentence of [
    "After what happened at the hearing, Sessions's meetings with Kislyak drew scrutiny.",
    "Sessions's meetings with Kislyak drew scrutiny, and what happened next was a recusal.",
    "Whatever took place, Sessions's talks with Kislyak stayed secret.",
  ]) assertInPassing(sentence);
});

test('a singular possessive in -s\' reads like the plural one', () => {
  for (const sentence of [
    "Sessions' meeting with Kislyak stayed out of his testimony.",
    "Sessions's meeting with Kislyak stayed out of his testimony.",
    "Sessions' meetings with Kislyak stayed out of his testimony.",
  ]) assertInPassing(sentence);
  for (const sentence of [
    "Sessions' two meetings with Kislyak stayed out of his testimony.",
    "Sessions' meeting with Kislyak in September stayed out of his testimony.",
    'Sessions, meeting Kislyak in his office, kept it brief.',
  ]) assertStated(sentence);
});

test('only a count or a date of the dealings themselves states them', () => {
  for (const sentence of [
    "Sessions's two meetings with Kislyak stayed out of his testimony.",
    'His 2016 talks with Kislyak stayed out of his testimony.',
    "Sessions's talks with Kislyak last year stayed out of his testimony.",
    'One of his conversations with Kislyak stayed out of his testimony.',
    "Sessions's meetings with Kislyak in March drew scrutiny.",
  ]) assertStated(sentence);
  for (const sentence of [
    "Sessions's conversations with Kislyak surfaced in early 2017.",
    "Both parties seized on Sessions's meetings with Kislyak.",
    'Now 70, Sessions still fields questions over his talks with Kislyak.',
    "Sessions's talks with Kislyak may haunt his tenure.",
  ]) assertInPassing(sentence);
});

test('a meeting or talking verb in the clause states the dealings, a determiner before the subject notwithstanding', () => {
  for (const sentence of [
    'The senator talked with the Russian envoy at a reception in Cleveland.',
    'The senator spoke with the Russian ambassador at a lunch downtown.',
    "Sessions's conversations with Kislyak began when the two crossed paths at a reception.",
    "Sessions's talks with Kislyak ended soon after they met at a dinner.",
  ]) assertStated(sentence);
  for (const sentence of [
    "Sessions's meetings with Kislyak were reviewed at length by the committee.",
    "Kislyak's talks with Sessions drew a rebuke; the envoy later crossed the border.",
  ]) assertInPassing(sentence);
});

test("the claim's own places and dates anywhere in the sentence state the dealings", () => {
  for (const sentence of [
    "Sessions's talks with Kislyak came up again at the Mayflower, aides recalled.",
    "Sessions's conversations with Kislyak drew notice, and the Republican convention was one setting.",
    "Sessions's meetings with Kislyak drew scrutiny all through 2016.",
  ]) assertStated(sentence);
});
