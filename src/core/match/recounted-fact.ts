/**
 * Whether the fact a claim's facts wording found (match.facts: one of the claim's own places,
 * dates or counts) is said of the encounter beside it, and where that encounter is. A fact says
 * something of an encounter only in its clause: in "On July 21, the Post reported that agencies
 * had intercepted his conversations" the month dates the report. A date narrowed to another day or
 * year ("July 21", "July 2017"; "September 2016" keeps the claim's own year) or told from the
 * writer's time ("last July") is not the claim's month; a count counts the encounters only inside
 * their noun phrase ("three known encounters", "on three occasions", "two of the three"), not in
 * "three weeks later, a meeting".
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { wordAt } from './verb-forms.js';
import { PREPOSITIONS, isCount, nounPhraseStart } from './word-shape.js';

/** Words before a date that tell it from the writer's time. */
const RELATIVE = new Set(['last', 'this', 'next']);

/** The hit of the encounter the fact is said of, or -1 when the fact is not the encounter's. */
export function encounterOfFact(sentence: SentenceMatcher, candidate: Candidate): number {
  const { index, reading, hits } = sentence;
  const { text, tokens, from } = reading;
  // The facts are the pattern's second slot (see factSlots).
  const fact = presentFeature(sentence, index.patterns[candidate.pattern]!.slots[1]!);
  const at = sentence.first[fact]!;
  const end = sentence.last[fact]!;
  if (at > from && RELATIVE.has(wordAt(text, tokens, at - 1))) return -1;
  if (end + 1 < tokens.count && /^\d+$/.test(wordAt(text, tokens, end + 1)) && !claimsOwnAt(sentence, candidate, end + 1)) return -1;
  const count = isCount(text, tokens, at);
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== index.lexicon.encounter) continue;
    const first = hits.first[h]!;
    const last = hits.last[h]!;
    const inClause = at > last ? oneClause(sentence, asideOpening(text, tokens, last, at), end) : oneClause(sentence, at, last);
    if (!inClause) continue;
    if (!count) return h;
    const start = nounPhraseStart(text, tokens, first, from);
    if (at >= (start >= 0 ? start : first) && at <= last) return h;
  }
  return -1;
}

/**
 * Where to read on from an encounter ending at token `last` to a fact after it at `at`: past the
 * comma of an aside opening on a preposition, which is said of the encounter ("Their third
 * meeting, in September 2016, ..."); "this encounter, like the April one," compares it with another.
 */
function asideOpening(text: string, tokens: Tokens, last: number, at: number): number {
  return last + 2 <= at && PREPOSITIONS.has(wordAt(text, tokens, last + 2)) ? last + 2 : last;
}

/** Whether tokens [first, last] hold no clause break (a comma, a colon, a dash, a parenthesis). */
function oneClause(sentence: SentenceMatcher, first: number, last: number): boolean {
  const { ids } = sentence.reading.tokens;
  for (let k = first; k <= last; k++) if (ids[k] === BREAK) return false;
  return true;
}

/** Whether a word the candidate found (the claim's own year, "2016") starts at token `at`. */
function claimsOwnAt(sentence: SentenceMatcher, candidate: Candidate, at: number): boolean {
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.first[h] === at && candidate.found.includes(hits.feature[h]!)) return true;
  return false;
}
