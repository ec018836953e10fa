/**
 * Whether a key phrase ending in "with" ("spoke with", "speaking with") deals with someone other
 * than the wording's counterpart. "Sessions spoke with Kislyak" is their dealings; in "Sessions
 * spoke with Fox News about Kislyak" or "Sessions speaks with Kislyak's successor" he deals with
 * someone else, and the envoy is only what they talk about or whose man the other is.
 */
import { startsUpper, type Tokens } from '../text/tokenize.js';
import type { Pattern } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { wordAt } from './verb-forms.js';
import { DETERMINERS, isPossessive } from './word-shape.js';

/** Most articles and titles between "with" and its object ("with the Russian Ambassador Sergey Kislyak"). */
const TITLE_REACH = 3;
/** Object pronouns: the sentence pass resolves whom they stand for. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/**
 * Whether every phrase of `feature` (pattern slot `k`) in the sentence ends in a "with" whose object
 * is someone other than the wording's people ("Members who spoke with journalists said the Sessions
 * meetings with Kislyak ..." still has its meetings).
 */
export function dealsWithAnother(sentence: SentenceMatcher, pattern: Pattern, k: number, feature: number): boolean {
  if (!withAnother(sentence, pattern, k, sentence.last[feature]!)) return false;
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.feature[h] === feature && !withAnother(sentence, pattern, k, hits.last[h]!)) return false;
  return true;
}

/** Whether the phrase of slot `k` ending at token `end` ends in a "with" whose object is someone other than the wording's people. */
function withAnother(sentence: SentenceMatcher, pattern: Pattern, k: number, end: number): boolean {
  const { tokens, text } = sentence.reading;
  if (!isWith(text, tokens, end) || end + 1 >= tokens.count) return false;
  const object = end + 1;
  if (OBJECT_PRONOUNS.has(wordAt(text, tokens, object))) return false;
  const reach = objectReach(text, tokens, object);
  // Someone else is dealt with when a person of the wording is named further on ("spoke with Fox
  // News about Kislyak"), or owns the object ("Kislyak's successor").
  let namedLater = false;
  for (let other = 0; other < pattern.slots.length; other++) {
    if (other === k) continue;
    const found = presentFeature(sentence, pattern.slots[other]!);
    if (found < 0) continue;
    // Any occurrence counts: "His team ... worked together with people around Trump" has the
    // associates both before the verb and as its object.
    const atObject = occurrenceWithin(sentence, found, object, reach);
    if (atObject >= 0) return isPossessive(text, tokens, sentence.hits.last[atObject]!);
    if (sentence.first[found]! > reach && pattern.entity[other]) namedLater = true;
  }
  return namedLater;
}

/**
 * Whether the object of a preposition opening at token `object` ("with", "between", "of") is a
 * pronoun or names one of `people` (features present in the sentence), articles and titles before
 * it ("with the Russian Ambassador Sergey Kislyak").
 */
export function objectIsAmong(sentence: SentenceMatcher, people: readonly number[], object: number): boolean {
  const { text, tokens } = sentence.reading;
  if (object >= tokens.count) return false;
  if (OBJECT_PRONOUNS.has(wordAt(text, tokens, object))) return true;
  const reach = objectReach(text, tokens, object);
  return people.some((person) => occurrenceWithin(sentence, person, object, reach) >= 0);
}

/** How far the object opening at token `object` may start: past articles and capitalised titles only. */
function objectReach(text: string, tokens: Tokens, object: number): number {
  let reach = object;
  while (reach - object < TITLE_REACH && reach + 1 < tokens.count && (DETERMINERS.has(wordAt(text, tokens, reach)) || startsUpper(text, tokens.starts[reach]!))) reach++;
  return reach;
}

/** The hit of `feature` that starts between tokens `from` and `to`, or -1. */
function occurrenceWithin(sentence: SentenceMatcher, feature: number, from: number, to: number): number {
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.feature[h] === feature && hits.first[h]! >= from && hits.first[h]! <= to) return h;
  return -1;
}

/** Whether token `at` is "with", read off the text without a string: this runs on every key word found. */
function isWith(text: string, tokens: Tokens, at: number): boolean {
  return tokens.ends[at]! - tokens.starts[at]! === 4 && text.startsWith('with', tokens.starts[at]);
}
