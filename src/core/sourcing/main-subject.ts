/**
 * The grammatical subject of a sentence, read forwards past an opening adverbial ("In a statement
 * Monday, ...", "The next day, March 2, he ..."): who does a participle or a joined verb
 * ("..., saying", "... and later said") that has no subject of its own.
 */
import { isTimeWord, words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify, NO_SPEAKER, type Speaker } from './speaker.js';
import { isDeterminer, isSkippable, MAX_PHRASE, namesSpeakers } from './speaker-phrases.js';
import type { Token } from './tokens.js';

/**
 * Words that join a sentence to the one before it, read past to its subject ("But the mayor ...").
 */
const LINKING_WORDS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still']);
/**
 * How long an opening adverbial ("In a statement issued late on Monday, ...") may run before its
 * comma.
 */
const OPENER_REACH = 25;

/** The sentence's grammatical subject, past an opening adverbial ("In a statement Monday, ..."). */
export function mainSubject(view: SentenceView, limit: number): Speaker {
  const { tokens } = view;
  let i = view.from;
  while (i < limit && (!tokens[i]!.word || LINKING_WORDS.has(tokens[i]!.text))) i++;
  if (i >= limit) return NO_SPEAKER;
  const first = tokens[i]!;
  const timed = afterTimeOpener(view, i, limit);
  const dated = afterDayOpener(view, i, limit);
  // "On Tuesday he went further, ...", "Last week, she ...": after a time, a pronoun is the whole subject.
  let afterTime = timed > i || dated > i;
  if (timed > i) {
    i = timed; // "On Saturday the president ...": no comma after a short time opener
  } else if (dated > i) {
    i = dated;
  } else if (words.sentenceOpeners.has(first.text) && !isDeterminer(first.text)) {
    let comma = i;
    const reach = Math.min(limit, i + OPENER_REACH);
    while (comma < reach && tokens[comma]!.text !== ',') comma++;
    if (comma >= reach) return NO_SPEAKER;
    // "In a letter on March 6, he ...": an opener that is no time may hold what the participle's act is told in.
    afterTime = comma > i && pastDate(view, words.prepositions.has(first.text) ? i + 1 : i, comma) === comma;
    // "Even the president seems ..., complaining": the comma ends the clause, not an opener.
    i = comma + 1 < limit ? comma + 1 : i + 1;
  }
  if (afterTime && words.pronouns.has(tokens[i]!.text)) return classify(view, i, i);
  let j = i;
  while (j < limit && j - i < MAX_PHRASE && forwardInSubject(view, j, limit)) j++;
  return j > i ? classify(view, i, j - 1) : NO_SPEAKER;
}

/**
 * Where the subject starts after an opening preposition and time words with no comma ("On Saturday
 * the ..."), or `i`.
 */
function afterTimeOpener(view: SentenceView, i: number, limit: number): number {
  const { tokens } = view;
  if (!words.prepositions.has(tokens[i]!.text)) return i;
  let t = i + 1;
  // "last week", "this morning": a modifier only before its time word ("On the other hand" is no time).
  const modifies = (k: number) => words.timeModifiers.has(tokens[k]!.text) && words.timeWords.has(tokens[k + 1]?.text ?? '');
  while (t < limit && (words.timeWords.has(tokens[t]!.text) || modifies(t))) t++;
  // "In January 2017, Sessions ...", "On May 4, the mayor ...": a day or a year ends the time at a comma, which the opener's own reading passes.
  if (t > i + 1 && t < limit && isDayOrYear(tokens[t]!) && tokens[t + 1]?.text === ',') return i;
  return t > i + 1 && t < limit && tokens[t]!.word ? t : i;
}

/**
 * "The next day, March 2, he ...": where the subject starts after a time led by "the" and a date
 * set off after it, or `i`.
 */
function afterDayOpener(view: SentenceView, i: number, limit: number): number {
  const { tokens } = view;
  if (tokens[i]!.text !== 'the') return i;
  const end = pastDate(view, i + 1, limit);
  if (end === i + 1 || tokens[end]?.text !== ',') return i;
  // "March 2," in apposition to the time.
  const date = pastDate(view, end + 1, limit);
  return date > end + 1 && tokens[date]?.text === ',' ? date + 1 : end + 1;
}

/**
 * The token after a time from `k` on ("next day", "March 2", "the following week"), or `k` when
 * none ends there: it must end in a time word or in a day or year number after one.
 */
function pastDate(view: SentenceView, k: number, limit: number): number {
  const { tokens } = view;
  let end = k;
  for (let j = k; j < limit; j++) {
    const token = tokens[j]!;
    const number = j > k && words.timeWords.has(tokens[j - 1]!.text) && isDayOrYear(token);
    if (words.timeWords.has(token.text) || number) end = j + 1;
    else if (!isTimeWord(token.text)) break;
  }
  return end;
}

/** A number after a month ("May 4", "January 2017"), not an unknown word ("In March alone,"). */
function isDayOrYear(token: Token): boolean {
  return token.word && token.number;
}

/**
 * Tokens a subject is made of: names, determiners, and lower-case words leading to a name or a
 * known head.
 */
function forwardInSubject(view: SentenceView, j: number, limit: number): boolean {
  const token = view.tokens[j]!;
  if (token.quoted || token.quote) return false;
  if (!token.word) return token.text === "'";
  if (words.breakers.has(token.text) || isSkippable(token)) return false;
  // "He went further in June, telling ...": a subject ends at a pronoun or at its own past-tense verb.
  const before = view.tokens[j - 1];
  if (before && j > view.from && (words.pronouns.has(before.text) || before.cap) && !token.cap && (token.ed || words.irregularPast.has(token.text))) return false;
  if (token.cap || isDeterminer(token.text) || isKnownHead(token.text)) return true;
  for (let k = j + 1; k < limit && k <= j + 3; k++) {
    const next = view.tokens[k]!;
    if (!next.word || words.breakers.has(next.text)) return false;
    if (next.cap || isKnownHead(next.text)) return true;
  }
  return false;
}

function isKnownHead(text: string): boolean {
  return namesSpeakers(text) || words.quantityNouns.has(text);
}
