/**
 * The quotations of one block, found once by scanning only its quote marks: which marks open
 * or close a quotation, and the quoted stretches of text. A quotation may run over several
 * sentences, so this is decided for the whole block before any sentence is read.
 */

export type QuoteRole = 'open' | 'close';

export interface Quotes {
  /** Offset of each quote mark that opens or closes a quotation. */
  marks: Map<number, QuoteRole>;
  /** Quoted stretches [start, end) in offset order, quote marks excluded. */
  spans: Array<[number, number]>;
}

const QUOTE_MARK = /["'\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019\u2033]/g;
const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);
/** Characters after which a quote mark opens a quotation. */
const BEFORE_OPENING = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/']);
const AFTER_CLOSING = /[\s.,;:!?)\u2014\u2013\u201d"]/;
const LETTER = /[\p{L}\p{N}]/u;

function opensAfter(before: string | undefined): boolean {
  return before === undefined || /\s/.test(before) || BEFORE_OPENING.has(before);
}

/** A straight or curly double quote: opens at the start or after a space, closes otherwise. */
function doubleRole(text: string, i: number): QuoteRole | undefined {
  const ch = text[i]!;
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) return 'close';
  if (ch === '\u2018' || ch === '\u2019' || ch === "'") return undefined;
  return opensAfter(text[i - 1]) ? 'open' : 'close';
}

/**
 * A curly single quote quotes (British style) rather than being an apostrophe when it opens
 * before a letter after a space, or closes an open single quotation before a space or punctuation.
 */
function singleRole(text: string, i: number, open: boolean): QuoteRole | undefined {
  const after = text[i + 1];
  // A straight mark opens like a curly one only after a space, before a letter: elsewhere it is an apostrophe ("don't", "Sessions' aides").
  if (text[i] === '\u2018' || (text[i] === "'" && !open)) return (opensAfter(text[i - 1]) || OPENERS.has(text[i - 1] ?? '')) && after !== undefined && LETTER.test(after) ? 'open' : undefined;
  if (!open) return undefined;
  return after === undefined || AFTER_CLOSING.test(after) ? 'close' : undefined;
}

export function findQuotes(text: string): Quotes {
  const marks = new Map<number, QuoteRole>();
  const spans: Array<[number, number]> = [];
  QUOTE_MARK.lastIndex = 0;
  let doubleOpen = false;
  let singleOpen = -1;
  for (let match = QUOTE_MARK.exec(text); match; match = QUOTE_MARK.exec(text)) {
    const i = match.index;
    let role = doubleRole(text, i);
    if (role) doubleOpen = role === 'open';
    else if (!doubleOpen) {
      role = singleRole(text, i, singleOpen >= 0);
      if (role) singleOpen = role === 'open' ? i : -1;
    }
    if (role) marks.set(i, role);
  }
  if (singleOpen >= 0) marks.delete(singleOpen); // never closed: an apostrophe ("\u201890s")
  let openAt = -1;
  let lastClose = -1;
  for (const [at, role] of marks) {
    if (role === 'open') {
      if (openAt < 0) openAt = at;
    } else {
      spans.push([openAt >= 0 ? openAt + 1 : lastClose + 1, at]); // a close with no open closes a quote begun before the block
      openAt = -1;
      lastClose = at;
    }
  }
  if (openAt >= 0) spans.push([openAt + 1, text.length]);
  return { marks, spans };
}
