/**
 * What a dismissal waves away when its object names no claim: an inquiry, a leak, talk of
 * something or the whole affair (dismissedObjects: "brushed off the inquiry into her travel",
 * "shrugged off the leak about the merger", "dismissed talk of a takeover"). Each of these words
 * also names other things (an inquiry clerk, a gas leak, a space probe, idle talk), so only the
 * head of the object counts, and only before a complement that makes it the thing a claim rests on
 * ("the whole business" needs none).
 */
import { isTimeWord, words } from './lexicon.js';
import { isDeterminer } from './speaker-phrases.js';
import { hitEndingAt, type CueHit, type SentenceView } from './sentence.js';

/** Words after which an object's noun phrase has ended: a new clause, a verdict or another object. */
const PHRASE_ENDS = new Set(['as', 'and', 'or', 'but', 'that', 'which', 'who', 'because', 'after', 'when', 'while']);
/** "brushed off my inquiry", "waved away our questions": the asker's own question, put to the subject. */
const ASKERS = new Set(['my', 'your', 'our']);
/** How far before a dismissal its subject may stand ("The judge on Tuesday dismissed"). */
const SUBJECT_REACH = 4;

/** Whether a dismissal denies an inquiry, a leak, talk of something or the whole affair, its object in [verb.to, last]. */
export function dismissesObject(view: SentenceView, verb: CueHit, last: number): boolean {
  if (ASKERS.has(view.tokens[verb.to]?.text ?? '')) return false;
  const head = objectHead(view, verb.to, last);
  const hit = head >= 0 ? hitEndingAt(view, 'dismissedObject', head, verb.to) : undefined;
  const complements = hit?.phrase.data.complements;
  return hit !== undefined && (complements === undefined || complementAfter(view, head, complements));
}

/** Most words of a place an object stands in before its complement ("the investigations in Washington as ..."). */
const PLACE_REACH = 4;

/**
 * Whether one of `complements` follows the head, right after it or past where it stands ("the
 * latest publication in the American press about the meetings"), past a scare quote ("'leak' about").
 */
function complementAfter(view: SentenceView, head: number, complements: readonly string[]): boolean {
  const { tokens } = view;
  let k = tokens[head + 1]?.quote ? head + 2 : head + 1;
  if (tokens[k]?.text === 'in') {
    for (k++; k < view.to && k - head <= PLACE_REACH + 1 && tokens[k]!.word && !complements.includes(tokens[k]!.text); k++);
  }
  return complements.includes(tokens[k]?.text ?? '');
}

/**
 * The last word of the object's noun phrase from `from`: "the inquiry clerk" ends on "clerk", "the
 * probe's appeal" on "appeal", "the probe launch because ..." on "launch"; it ends before a
 * preposition, a time, an adverb, punctuation, a new determiner or a word that opens a clause.
 */
function objectHead(view: SentenceView, from: number, last: number): number {
  let head = -1;
  for (let k = from; k <= last && k < view.to; k++) {
    const token = view.tokens[k]!;
    if (token.quote) continue; // a scare-quoted "leak"
    const determiner = isDeterminer(token.text);
    const opensAnother = k > from && determiner && !view.tokens[k - 1]!.poss;
    const time = isTimeWord(token.text) && !determiner; // "last month", not "the"
    if (!token.word || token.ly || PHRASE_ENDS.has(token.text) || words.prepositions.has(token.text) || time || opensAnother) break;
    head = k;
  }
  return head;
}

/** "The court dismissed the charges", "a judge on Friday dismissed the case": a ruling, no denial by a party. */
export function rulesOnCase(view: SentenceView, verb: CueHit): boolean {
  if (verb.phrase.data.dismisses !== true) return false;
  for (let k = verb.from - 1; k >= view.from && verb.from - k <= SUBJECT_REACH && view.tokens[k]!.word; k--) {
    if (words.rulingBodies.has(view.tokens[k]!.text)) return true;
  }
  return false;
}
