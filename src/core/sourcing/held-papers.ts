/**
 * "The Gazette has obtained a memo ...", "has since reviewed an internal audit": the paper a
 * newsroom (or anyone) now holds is what the sentence rests on. Only the present perfect says so:
 * "had seen the report" tells the past, "has not seen it" holds nothing, "has reportedly obtained"
 * relays another's word, and a known paper ("reviewed their own guidance") is only handled.
 */
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';
import { isSkippable } from './speaker-phrases.js';
import { isNegator } from './tokens.js';

/** Participles of getting hold of a paper. */
const HOLDING_VERBS = new Set(['obtained', 'reviewed', 'seen', 'examined']);
/** Modifiers between the article and the paper ("a 14-minute audio recording"). */
const PAPER_MODIFIERS = 3;

/** Where the cue for a held paper, the document at `hit`, starts (its verb), or -1. */
export function heldPaper(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  let article = hit.from - 1;
  while (article >= view.from && hit.from - article <= PAPER_MODIFIERS && !words.indefinite.has(tokens[article]!.text)) {
    const token = tokens[article]!;
    if (!token.word || token.quoted || words.prepositions.has(token.text) || words.breakers.has(token.text)) return -1;
    article--;
  }
  const verb = article - 1;
  if (article < view.from || !words.indefinite.has(tokens[article]!.text) || !HOLDING_VERBS.has(tokens[verb]?.text ?? '')) return -1;
  // "has since reviewed", not "has not seen" or "has reportedly obtained".
  let k = verb - 1;
  while (k >= view.from && isSkippable(tokens[k]!) && tokens[k]!.text !== 'has' && tokens[k]!.text !== 'have') {
    if (isNegator(tokens[k]!) || words.hedges.has(tokens[k]!.text)) return -1;
    k--;
  }
  return k >= view.from && (tokens[k]!.text === 'has' || tokens[k]!.text === 'have') ? verb : -1;
}
