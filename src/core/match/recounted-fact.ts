/**
 * Whether one of a claim's own facts (match.facts: places, months, counts) is said of an encounter
 * in the sentence ("the September meeting", "The first was in April at the Mayflower"). A fact says
 * something of an encounter only when it modifies it: inside its noun phrase, or in the phrase
 * that follows it, before anything else is said ("On July 21, the Post reported that agencies had
 * intercepted his conversations" dates the report; "the meeting would draw crowds in July" the
 * crowds). A date narrowed to another day or year ("July 21", "July 2017"; "September 2016" keeps
 * the claim's own year) or told from the writer's time ("last July") is not the claim's month; a
 * count counts the encounters only inside their noun phrase ("three known encounters", "two of the
 * three"), not in "three weeks later, a meeting".
 */
import { BREAK, startsUpper, type Tokens } from '../text/tokenize.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { members } from './slot-groups.js';
import { isOneOfOrAlias } from './slot-presence.js';
import { MODALS, wordAt } from './verb-forms.js';
import { PREPOSITIONS, isCount, nounPhraseStart } from './word-shape.js';

/** Words before a date that tell it from the writer's time. */
const RELATIVE = new Set(['last', 'this', 'next']);
/** Verbs that say an encounter took place, between it and a fact said of it ("the meeting took place in September"). */
const TOOK_PLACE = new Set(['was', 'were', 'is', 'are', 'came', 'took', 'place', 'happened', 'occurred']);
/** Words after which the phrase says something of someone or something else ("a meeting with", "the meeting that"). */
const PHRASE_ENDS = new Set(['with', 'between', 'among', 'than', 'that', 'which', 'who', 'whom', 'when', 'where', 'while', 'because', 'after', 'before', 'until', 'since', 'and', 'or', 'but']);
/** Most words between an encounter and a fact said of it ("the meeting in his Senate office in September"). */
const FACT_REACH = 8;

/** Whether a fact of the pattern's `facts` slot modifies the encounter hit `encounter` (one whose own words hold the count, "two of the three", included). */
export function factSaidOf(sentence: SentenceMatcher, candidate: Candidate, facts: number, encounter: number): boolean {
  const { hits } = sentence;
  const features = members(facts, sentence.index.groups);
  for (let f = 0; f < hits.count; f++) {
    if (isOneOfOrAlias(sentence, features, hits.feature[f]!) && claimsOwn(sentence, candidate, f) && modifies(sentence, f, encounter)) return true;
  }
  return false;
}

/** Whether the fact hit `f` is the claim's own: no other day or year narrows it, nor the writer's time. */
function claimsOwn(sentence: SentenceMatcher, candidate: Candidate, f: number): boolean {
  const { reading, hits } = sentence;
  const { text, tokens, from } = reading;
  const at = hits.first[f]!;
  const end = hits.last[f]!;
  if (at > from && RELATIVE.has(wordAt(text, tokens, at - 1))) return false;
  return !(end + 1 < tokens.count && /^\d+$/.test(wordAt(text, tokens, end + 1)) && !claimsOwnAt(sentence, candidate, end + 1));
}

/** Whether the fact hit `f` modifies the encounter hit `e`. */
function modifies(sentence: SentenceMatcher, f: number, e: number): boolean {
  const { reading, hits } = sentence;
  const { text, tokens, from } = reading;
  const at = hits.first[f]!;
  const first = hits.first[e]!;
  const last = hits.last[e]!;
  // Inside the encounter's words ("two of the three") or its noun phrase ("the Cleveland encounter").
  if (at >= first && hits.last[f]! <= last) return true;
  const start = nounPhraseStart(text, tokens, first, from);
  if (at >= (start >= 0 ? start : first) && at < first) return true;
  if (at <= last || isCount(text, tokens, at)) return false;
  const gap = asideOpening(text, tokens, last, at);
  if (at - gap > FACT_REACH) return false;
  for (let k = gap; k < at; k++) if (endsPhrase(text, tokens, k)) return false;
  return true;
}

/**
 * Where the phrase said of an encounter ending at token `last` opens: past the comma of an aside
 * opening on a preposition ("Their third meeting, in September 2016, ..."); "this encounter, like
 * the April one," compares it with another.
 */
function asideOpening(text: string, tokens: Tokens, last: number, at: number): number {
  return last + 2 <= at && tokens.ids[last + 1] === BREAK && PREPOSITIONS.has(wordAt(text, tokens, last + 2)) ? last + 2 : last + 1;
}

/** Whether token `k` ends the phrase said of an encounter: a clause break, a conjunction or relative, or a verb other than one of taking place. */
function endsPhrase(text: string, tokens: Tokens, k: number): boolean {
  if (tokens.ids[k] === BREAK) return true;
  const word = wordAt(text, tokens, k);
  if (PHRASE_ENDS.has(word) || MODALS.has(word)) return true;
  return !TOOK_PLACE.has(word) && !startsUpper(text, tokens.starts[k]!) && word.endsWith('ed');
}

/** Whether a word the candidate found (the claim's own year, "2016") starts at token `at`. */
function claimsOwnAt(sentence: SentenceMatcher, candidate: Candidate, at: number): boolean {
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.first[h] === at && candidate.found.includes(hits.feature[h]!)) return true;
  return false;
}
