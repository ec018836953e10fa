/**
 * Sentence segmentation of one block (headline, caption, paragraph) with Intl.Segmenter. A
 * block always ends a sentence, so nothing ever joins across blocks. ICU's breaks after
 * abbreviations and initials are undone (segment-breaks.ts), as are those inside a wire
 * dateline; reference markers stay with the sentence they close.
 */
import { continuesAfter, opensDateline, segmentCuts } from './segment-breaks.js';

export interface Span {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;

/** Blocks longer than this are fed to ICU in pieces (its cost grows faster than linearly on runs like "U.S. U.S. ..."). */
const PIECE = 2000;
/** Where a piece may end: after sentence-final punctuation and white space, before a capital, digit or quote. */
const PIECE_END = /[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;

/** Sentences of one block, as trimmed spans of its original text. */
export function segmentBlock(text: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: Span[] = [];
  let pendingStart = -1;
  // Where the last sentence ended when it took the footnote markers ICU gave the next segment.
  let taken = 0;
  for (let pieceStart = 0; pieceStart < text.length; ) {
    const pieceEnd = endOfPiece(text, pieceStart);
    const piece = pieceStart === 0 && pieceEnd === text.length ? text : text.slice(pieceStart, pieceEnd);
    for (const { segment: icuSegment, index } of segmenter.segment(piece)) {
      const cuts = segmentCuts(icuSegment);
      let from = 0;
      for (let c = 0; c <= cuts.length; c++) {
        const cut = c < cuts.length ? cuts[c]! : icuSegment.length;
        const segment = from === 0 && cut === icuSegment.length ? icuSegment : icuSegment.slice(from, cut);
        const start = pieceStart + index + from;
        from = cut;
        if (pendingStart < 0) pendingStart = Math.max(start, taken);
        const end = start + segment.length;
        if (end < text.length && (continuesAfter(segment, text, end) || (pendingStart === 0 && opensDateline(segment, text, end)))) continue;
        taken = end < text.length ? afterFootnotes(segment, text, end) : end;
        pushTrimmed(spans, text, pendingStart, taken);
        pendingStart = -1;
      }
    }
    pieceStart = pieceEnd;
  }
  if (pendingStart >= 0) pushTrimmed(spans, text, pendingStart, text.length);
  return spans;
}

/** End of the piece starting at `start`: the first sentence end after PIECE characters, or the block's end. */
function endOfPiece(text: string, start: number): number {
  if (text.length - start <= PIECE * 2) return text.length;
  PIECE_END.lastIndex = start + PIECE;
  const found = PIECE_END.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** The rest of footnote markers after an opening bracket: "44]", "42][43]", "1] [2]", "note 2]". */
const FOOTNOTE_REST = /[\w ]{1,16}\](?: ?\[[\w ]{1,16}\])*/y;

/**
 * Where a sentence ends that ends with reference markers ("... in 2016.[44][45] A third ..."):
 * ICU breaks after the bracket, which would open the next sentence with "44]".
 */
function afterFootnotes(segment: string, text: string, end: number): number {
  if (segment.charCodeAt(segment.length - 1) !== 0x5b || !/[.!?"'\u201d\u2019]$/.test(segment.slice(-2, -1))) return end;
  FOOTNOTE_REST.lastIndex = end;
  return FOOTNOTE_REST.test(text) ? FOOTNOTE_REST.lastIndex : end;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WIDE_SPACE.test(String.fromCharCode(code));
}

/** White space beyond ASCII, and the invisible characters that behave like it. */
const WIDE_SPACE = /[\p{White_Space}\u200b\ufeff]/u;
