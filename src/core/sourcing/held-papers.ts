/**
 * "The Gazette has obtained a memo ...", "We have since reviewed an internal audit": the paper a
 * newsroom now holds is what the sentence rests on. Only the present perfect says so: "had seen
 * the report" tells the past, "has not seen it" holds nothing, "has reportedly obtained" relays
 * another's word. Only a newsroom (an outlet, or "we") holding a written paper: "the league has
 * reviewed a video", "officials have seen a copy" or "the region has seen a record number" hold
 * no paper the page rests on, nor does one only supposed ("whether the Post has obtained a copy").
 */
import { HAVE_FORMS } from './auxiliaries.js';
import { isTimeWord, words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';
import { classify } from './speaker.js';
import { isSkippable, phraseStartingBefore } from './speaker-phrases.js';
import { isNegator } from './tokens.js';
import { isIngForm, isPastForm } from './verb-frames.js';
import { anchorBefore, plainWordAt } from './written-sources.js';
import { writtenPaperAt } from './paper-verbs.js';

/** Where the cue for a held paper, the document at `hit`, starts (its verb), or -1. */
export function heldPaper(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  const verb = anchorBefore(view, hit.from, (token) => words.holdingVerbs.has(token.text));
  if (verb < 0 || !heldKind(view, hit, tokens[verb]!.text) || goesOn(view, hit.to)) return -1;
  // "reviewed their own guidance": a paper of one's own is only handled.
  if (words.possessive.has(tokens[verb + 1]!.text)) return -1;
  // "has since reviewed", not "has not seen" or "has reportedly obtained"; "had seen" tells the past.
  let k = verb - 1;
  while (k >= view.from && isSkippable(tokens[k]!) && !HAVE_FORMS.has(tokens[k]!.text)) {
    if (isNegator(tokens[k]!) || words.hedges.has(tokens[k]!.text)) return -1;
    k--;
  }
  if (k < view.from || !HAVE_FORMS.has(tokens[k]!.text) || tokens[k]!.text === 'had') return -1;
  return byNewsroom(view, k - 1) ? verb : -1;
}

/**
 * A written paper ("a memo", "an internal audit") or a copy of one; a recording ("an audio
 * recording", "a video") only when obtained, as one watched in public is not held. Never a book or
 * a record.
 */
function heldKind(view: SentenceView, hit: CueHit, verb: string): boolean {
  const head = view.tokens[hit.to - 1]!.text;
  if (writtenPaperAt(view, hit.from, hit.to - 1) || words.quantityNouns.has(head)) return true;
  return verb === 'obtained' && words.speechRecords.has(head);
}

/**
 * The paper's noun goes on at token `i` ("a budget surplus", "a record number"): it only describes
 * what follows.
 */
function goesOn(view: SentenceView, i: number): boolean {
  const next = view.tokens[i];
  if (!next || !plainWordAt(view, i)) return false;
  return !words.breakers.has(next.text) && !isPastForm(next) && !isIngForm(next.text) && !words.finiteVerbs.has(next.text) && !isTimeWord(next.text);
}

/**
 * The subject ending at token `end` is a newsroom and states what it holds (no "whether" before
 * it): an outlet, "we", or a name shaped as a newspaper's, "the" and capitalised words the
 * lexicon does not know ("The Courier-Standard", "the Wexford Clarion"), which a family ("the
 * Smiths") or a known body ("the Pentagon") is not.
 */
function byNewsroom(view: SentenceView, end: number): boolean {
  if (end < view.from) return false;
  const { tokens } = view;
  const from = phraseStartingBefore(view, end);
  if (words.suppositions.has(tokens[from - 1]?.text ?? '')) return false;
  const subject = tokens[end]!;
  if (subject.text === 'we' || subject.text === 'i') return true;
  if (tokens[from]!.text === 'the' && from < end && !subject.plural && unknownCapitalised(view, from + 1, end)) return true;
  return classify(view, from, end).cls === 'outlet';
}

/**
 * Tokens `from` to `to` are all capitalised words the lexicon does not know (their text is empty).
 */
function unknownCapitalised(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!view.tokens[k]!.cap || view.tokens[k]!.text !== '') return false;
  return true;
}
