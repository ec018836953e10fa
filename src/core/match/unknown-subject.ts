/**
 * A speaker the database does not know: "Peskov, for his part, said ...", "Kremlin spokesman
 * Dmitry Peskov told reporters ...". A capitalised name no phrase covers, right before the
 * sentence's first speech verb (or before an aside that precedes it), is the sentence's own
 * subject, so a "his" or "he" after it is that person, not someone of the database named earlier.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrase-lookup.js';
import { wordAt } from './verb-forms.js';

/** How many tokens an aside between the name and its verb may hold (", for his part,"). */
const ASIDE_REACH = 6;

/** Words that may stand between a subject and its speech verb ("Peskov has also said"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'previously', 'since', 'repeatedly']);
const AUXILIARY_REACH = 2;

export interface SubjectReading {
  tokens: Tokens;
  /** The block's original text, which the tokens' offsets index. */
  text: string;
  capital: (token: number) => boolean;
  /** Ids of function words ("the", "in"), never part of a name. */
  stopwords: ReadonlySet<number>;
  /**
   * Whether a feature is only a word of some claim's wording: "Franken" in "what Franken asked"
   * is no entity, so it still names someone the database does not know.
   */
  wordingWord: (feature: number) => boolean;
  /** The titles read as someone else's in the sentence ("Russian Ambassador" before another name). */
  titles: { covers(token: number): boolean };
  /** The sentence's first token. */
  from: number;
}

/**
 * Last token of the subject of the verb starting at token `verb`: the word before it, past
 * auxiliaries ("has also said") and an aside set off by commas (", for his part,"); -1 when none.
 */
export function subjectEnd(reading: SubjectReading, verb: number): number {
  const { tokens, from } = reading;
  let end = verb - 1;
  for (let skipped = 0; skipped < AUXILIARY_REACH && end > from && auxiliary(reading, end); skipped++) end--;
  if (tokens.ids[end] !== BREAK) return end >= from ? end : -1;
  let k = end - 1;
  while (k >= from && k >= end - ASIDE_REACH && tokens.ids[k] !== BREAK) k--;
  return k <= from || tokens.ids[k] !== BREAK ? -1 : k - 1;
}

/** First token of the unknown name that is the subject of the verb starting at token `verb`, or -1. */
export function unknownSubjectAt(reading: SubjectReading, hits: PhraseHits, verb: number): number {
  return unknownSubjectEndingAt(reading, hits, verb, subjectEnd(reading, verb));
}

/** As unknownSubjectAt, given `end`: subjectEnd(reading, verb), already found by the caller. */
export function unknownSubjectEndingAt(reading: SubjectReading, hits: PhraseHits, verb: number, end: number): number {
  const { tokens, from } = reading;
  let start = end;
  while (start >= from && nameWord(reading, hits, verb, start)) start--;
  start++;
  if (end < 0 || start > end) return -1;
  // A lone plural ("Democrats said", "Critics say") is a group, not a name.
  if (start === end && plural(reading, start)) return -1;
  const before = start - 1;
  if (before < from || tokens.ids[before] === BREAK) return start;
  // "spokesman Dmitry Peskov": a lower-case title may precede the name, as may a capitalised one
  // that belongs to the name's holder ("Russian Ambassador Anatoly Antonov"); "the Times" is no person.
  if (reading.titles.covers(before)) return start;
  const id = tokens.ids[before]!;
  return id !== BREAK && id >= -1 && !reading.capital(before) && !reading.stopwords.has(id) ? start : -1;
}

/**
 * A capitalised word that no phrase starting before token `verb` covers, other than a wording's
 * own word, and that is no function word.
 */
function nameWord(reading: SubjectReading, hits: PhraseHits, verb: number, at: number): boolean {
  if (!capitalisedWord(reading, at)) return false;
  for (let k = 0; k < hits.count && hits.first[k]! < verb; k++) {
    if (hits.first[k]! <= at && hits.last[k]! >= at && !reading.wordingWord(hits.feature[k]!)) return false;
  }
  return true;
}

/** A word, capitalised, and no function word ("The", "In"): what a name is made of. */
export function capitalisedWord(reading: Pick<SubjectReading, 'tokens' | 'capital' | 'stopwords'>, at: number): boolean {
  const id = reading.tokens.ids[at]!;
  return id >= -1 && reading.capital(at) && !reading.stopwords.has(id);
}

function auxiliary(reading: SubjectReading, at: number): boolean {
  return AUXILIARIES.has(wordAt(reading.text, reading.tokens, at));
}

function plural(reading: SubjectReading, at: number): boolean {
  return /[^s]s$/.test(wordAt(reading.text, reading.tokens, at));
}
