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
 */
import { pluralOffice } from './borrowed-titles.js';
import type { CompiledClaim } from './compiled-index.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { subjectEnd, unknownSubjectAt } from './unknown-subject.js';
import { wordAt } from './verb-forms.js';

export function anotherAgent(sentence: SentenceMatcher, candidate: Candidate): boolean {
  const claim = sentence.index.claims[candidate.claim]!;
  const { voices, subjects } = claim;
  const absent = (people: readonly number[]) => people.length > 0 && people.every((person) => presentFeature(sentence, person) < 0);
  if (absent(voices) && anotherSpeaker(sentence, claim)) return true;
  return absent(subjects) && anotherSubject(sentence, claim, candidate);
}

/** The sentence's speaker is a name the pack does not know, or a person of the pack the claim does not involve. */
function anotherSpeaker(sentence: SentenceMatcher, claim: CompiledClaim): boolean {
  const { speaker } = sentence;
  return speaker.unknownSpeaker >= 0 || (speaker.denier >= 0 && otherPerson(sentence, claim, speaker.denier));
}

/** The subject of the claim's first word in the sentence ("met" in "Franken met Kislyak ...") is someone else. */
function anotherSubject(sentence: SentenceMatcher, claim: CompiledClaim, candidate: Candidate): boolean {
  const { features } = sentence.index.table;
  // Derived wordings have no required words: what they found beyond names tells the claim.
  const keys = candidate.keys.length > 0 ? candidate.keys : candidate.found.filter((feature) => features[feature]!.kind !== 'entity');
  if (keys.length === 0) return false;
  const key = Math.min(...keys.map((feature) => sentence.first[feature]!));
  const { reading, hits } = sentence;
  const end = subjectEnd(reading, key);
  if (end < 0) return false;
  // "The state attorney general met ...", "Senators met ...": someone else's title, or a group.
  if (sentence.titles.covers(end) || pluralOffice(wordAt(sentence.text, sentence.tokens, end))) return true;
  for (let h = 0; h < hits.count; h++) {
    if (hits.first[h]! <= end && hits.last[h]! >= end && otherPerson(sentence, claim, hits.feature[h]!)) return true;
  }
  return unknownSubjectAt(reading, hits, key) >= 0;
}

/** A person of the pack whom the claim does not involve, under any of their names. */
function otherPerson(sentence: SentenceMatcher, claim: CompiledClaim, feature: number): boolean {
  const { table, aliases } = sentence.index;
  const { kind, entityKind } = table.features[feature]!;
  if (kind !== 'entity' || entityKind !== 'person') return false;
  return !claim.actors.some((actor) => actor === feature || aliases[actor]?.includes(feature));
}
