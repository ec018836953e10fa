/**
 * Whether a match on two people's dealings only mentions them in passing. "His meetings with
 * Kislyak came to light in March", "questions linger over talks with Sessions": the meetings are
 * named with a noun as something already known, while the sentence is about something else. A
 * reader learns the claim from "Sessions met Kislyak" (a verb) or from a noun with a stated fact
 * about the dealings: how many ("two encounters"), when ("his 2016 meetings", "in April") or
 * where (the claim's own optional places). A passing mention is a possible match, not a
 * confident one.
 */
import type { Tokens } from '../text/tokenize.js';
import type { CompiledIndex } from './compiled-index.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { wordAt } from './verb-forms.js';

/** Words before an "-ing" form that make it a noun ("his meeting with"), not a gerund ("denied meeting him"). */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'any', 'no', 'one', 'such', 'whose', "'s", 's']);
/** Verb forms of meeting and talking that do not end in "-ed", and auxiliaries opening a verb phrase ("was approached by"). */
const IRREGULAR_VERBS = new Set(['met', 'meet', 'meets', 'spoke', 'spoken', 'speak', 'speaks', 'sat', 'sit', 'ran', 'run', 'saw', 'seen', 'cross', 'was', 'were', 'is', 'are', 'been']);
/** How many times: a count states a fact about the dealings. */
const COUNTS = new Set(['two', 'three', 'four', 'twice', 'thrice', 'both', 'second', 'third', 'several', 'multiple']);
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|april|apr|june|july|jul|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

export interface SentenceText {
  text: string;
  tokens: Tokens;
  /** The sentence's tokens: [from, to). */
  from: number;
  to: number;
}

export function mentionsInPassing(index: CompiledIndex, sentence: SentenceMatcher, candidate: Candidate, at: SentenceText): boolean {
  const pattern = index.patterns[candidate.pattern]!;
  if (pattern.derived || candidate.confidence !== 'confident' || candidate.keys.length !== 1) return false;
  const { features } = index.table;
  const parties = index.claims[candidate.claim]!.parties.filter((feature) => features[feature]?.entityKind === 'person');
  if (parties.length < 2) return false;
  // An optional word or place of the claim ("2016", "the Mayflower") is a stated fact; a person is not.
  if (candidate.found.some((feature) => features[feature]!.entityKind !== 'person' && !candidate.keys.includes(feature))) return false;
  if (!onlyNouns(sentence, candidate.keys[0]!, at)) return false;
  return !statesFact(at);
}

/**
 * Whether every occurrence of the key opens with a noun ("talks with" in "his talks with
 * Sessions"): "after a talk ..., he was approached by" has a verb too.
 */
function onlyNouns(sentence: SentenceMatcher, key: number, at: SentenceText): boolean {
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] === key && !readsAsNoun(at, hits.first[h]!)) return false;
  }
  return true;
}

/** Whether the key's word at token i reads as a noun ("meetings", "his meeting") rather than a verb ("met", "meeting him"). */
function readsAsNoun({ text, tokens, from }: SentenceText, i: number): boolean {
  const word = wordAt(text, tokens, i);
  if (IRREGULAR_VERBS.has(word) || word.endsWith('ed')) return false;
  if (!word.endsWith('ing')) return true;
  return i > from && NOUN_OPENERS.has(wordAt(text, tokens, i - 1));
}

/** Whether the sentence says how many times or when: a number, a count word or a month ("March" is too often the month of the disclosure, and "may" a verb). */
function statesFact({ text, tokens, from, to }: SentenceText): boolean {
  for (let i = from; i < to; i++) {
    const word = wordAt(text, tokens, i);
    if (/\d/.test(word) || COUNTS.has(word) || MONTHS.test(word)) return true;
  }
  return false;
}
