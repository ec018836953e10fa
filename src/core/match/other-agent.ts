/**
 * Whether a sentence gives a claim's own person's place to someone else. A claim that is one
 * person's statement (role "speaker": Trump saying Sessions gave bad answers) or one person's act
 * (role "subject": Sessions meeting Kislyak at the Mayflower) is often stated without that person
 * named, the context telling who ("gave bad answers at his hearing", "the April encounter at the
 * Mayflower"). When the sentence names none of them, outright or through a pronoun, and has
 * another person saying it ("Vice President Mike Pence said Sessions gave bad answers") or doing
 * it ("Senator Al Franken met Kislyak at the Mayflower", "the state attorney general met
 * Kislyak"), it states that person's words or acts, not the claim. Another person is a name the
 * pack does not know, a title it reads as someone else's (borrowed-titles.ts), a group named by a
 * plural office ("senators met ..."), or a person of the pack the claim does not involve.
 * Tested once per claim and sentence, on its best candidate (candidates.ts).
 */
import { BREAK } from '../text/tokenize.js';
import type { CompiledClaim } from './compiled-index.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { subjectEnd, unknownSubjectAt, unknownSubjectEndingAt } from './unknown-subject.js';
import { wordAt } from './verb-forms.js';
import { opensNounPhrase } from './word-shape.js';

/** Most words after "of" in a subject ("attorneys general of both parties", "heads of state"). */
const OF_REACH = 3;

export function anotherAgent(sentence: SentenceMatcher, candidate: Candidate): boolean {
  const claim = sentence.index.claims[candidate.claim]!;
  if (absent(sentence, claim.voices) && claim.personVoices && anotherSpeaker(sentence, claim)) return true;
  return absent(sentence, claim.subjects) && anotherSubject(sentence, claim, candidate);
}

/** The claim names `people` in a role, and the sentence names none of them, outright or through a pronoun. */
function absent(sentence: SentenceMatcher, people: readonly number[]): boolean {
  for (const person of people) if (presentFeature(sentence, person) >= 0) return false;
  return people.length > 0;
}

/** The sentence's speaker is a name the pack does not know, or a person of the pack the claim does not involve. */
function anotherSpeaker(sentence: SentenceMatcher, claim: CompiledClaim): boolean {
  const { denier } = sentence.speaker;
  return sentence.unknownSpeaker >= 0 || (denier >= 0 && otherPerson(sentence, claim, denier));
}

/** The subject of the claim's first verb in the sentence ("met" in "Franken met Kislyak ...") is someone else. */
function anotherSubject(sentence: SentenceMatcher, claim: CompiledClaim, candidate: Candidate): boolean {
  const key = firstVerbKey(sentence, candidate);
  if (key < 0) return false;
  const { reading, hits } = sentence;
  let end = subjectEnd(reading, key);
  if (end < 0) return false;
  // "Attorneys general of both parties met ...": the subject's head stands before its "of".
  const of = ofBefore(sentence, end);
  const verb = of >= 0 ? of : key;
  if (of >= 0) end = of - 1;
  // "The state attorney general met ...", "Senators met ...": someone else's title, or a group.
  if (sentence.titles.covers(end) || sentence.titles.pluralOffice(end)) return true;
  for (let h = 0; h < hits.count; h++) {
    if (hits.first[h]! <= end && hits.last[h]! >= end && otherPerson(sentence, claim, hits.feature[h]!)) return true;
  }
  // Without an "of", the verb is `key`, whose subject ends at `end` as found above.
  return (of >= 0 ? unknownSubjectAt(reading, hits, verb) : unknownSubjectEndingAt(reading, hits, verb, end)) >= 0;
}

/**
 * Token of the first word the claim says here that may be a verb, or -1: a word right after a
 * possessive, an article or a count ("Senator Burr's committee is investigating", "the meeting",
 * "two meetings") is a noun, and the name before it no subject of it. Derived wordings have no
 * required words: what they found beyond names tells the claim. A word's place is that of the
 * occurrence the scorer read (the first plain one: see FeatureOccurrences.note), so the subject
 * tested is that of the word the wording was scored on, even when the word recurs in a later clause.
 */
function firstVerbKey(sentence: SentenceMatcher, candidate: Candidate): number {
  const { features } = sentence.index.table;
  const derived = candidate.keys.length === 0;
  const words = derived ? candidate.found : candidate.keys;
  const { reading } = sentence;
  const { text, tokens } = reading;
  let key = -1;
  for (const feature of words) {
    if (derived && features[feature]!.kind === 'entity') continue;
    const at = sentence.first[feature]!;
    if (key >= 0 && at >= key) continue;
    const before = at - 1;
    if (before < reading.from || tokens.ids[before]! < -1 || !opensNounPhrase(text, tokens, before)) key = at;
  }
  return key;
}

/** Token of an "of" a few words before token `end`, within the same clause, or -1. */
function ofBefore(sentence: SentenceMatcher, end: number): number {
  const { reading } = sentence;
  const { text, tokens } = reading;
  for (let k = end - 1; k > reading.from && end - k <= OF_REACH && tokens.ids[k] !== BREAK; k--) {
    if (wordAt(text, tokens, k) === 'of') return k;
  }
  return -1;
}

/** A person of the pack whom the claim does not involve, under any of their names. */
function otherPerson(sentence: SentenceMatcher, claim: CompiledClaim, feature: number): boolean {
  const { table, aliases } = sentence.index;
  const { kind, entityKind } = table.features[feature]!;
  if (kind !== 'entity' || entityKind !== 'person') return false;
  return !claim.actors.some((actor) => actor === feature || aliases[actor]?.includes(feature));
}
