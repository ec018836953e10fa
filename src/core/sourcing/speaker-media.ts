/**
 * Whether a speaker's phrase names the press or a document in hand: an outlet by its kind or a
 * newspaper-like name, a media word before the head, a page count. speaker.ts asks these.
 */
import { words } from './lexicon.js';
import { hitEndingAt, hitWithin, type SentenceView } from './sentence.js';

/** An outlet named by its kind ("local broadcaster RTV") or by a newspaper-like name ("the Riverton Gazette"). */
export function namesOutlet(view: SentenceView, from: number, h: number): boolean {
  const { tokens } = view;
  if (words.selfReference.has(tokens[from]!.text)) return false;
  const head = tokens[h]!;
  if (head.callSign || (head.cap && words.outletNameWords.has(head.text))) return true;
  if (!head.cap && !words.outletNouns.has(head.text)) return false;
  for (let k = from; k <= h; k++) if (!tokens[k]!.cap && words.outletNouns.has(tokens[k]!.text)) return true;
  return false;
}

/** "the Courier's website", "the paper's site": the owner before the head `h` is an outlet. */
export function ownedByOutlet(view: SentenceView, from: number, h: number): boolean {
  const owner = view.tokens[h - 1]?.text === "'" ? h - 2 : h - 1;
  return owner >= from && (hasMediaModifier(view, from, h) || hitWithin(view, 'recipientOutlet', from, h) !== undefined || namesOutlet(view, from, owner));
}

/** "the 48-page report", "a declassified report": counted in pages or not of the press's kind, a document in hand. */
export function marksDocument(view: SentenceView, from: number, h: number): boolean {
  for (let k = from; k < h; k++) if (view.tokens[k]!.pageCount || words.documentReportModifiers.has(view.tokens[k]!.text)) return true;
  return false;
}

/** An outlet or a media word before the head: "a newspaper account", "the Post's account", "news accounts". */
export function hasMediaModifier(view: SentenceView, from: number, h: number): boolean {
  for (let k = from; k < h; k++) {
    const text = view.tokens[k]!.text;
    if (words.outletNouns.has(text) || words.mediaModifiers.has(text) || hitEndingAt(view, 'outlet', k, from)) return true;
  }
  return false;
}
