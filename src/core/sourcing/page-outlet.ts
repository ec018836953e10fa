/**
 * The page's own outlet, as its byline or masthead names it ("By Ana Ruiz | Quayside Register",
 * "By Ana Ruiz, Ledger staff writer", a first line "EVENING BRIEF | Lantern Tribune", a
 * closing "Copyright 2017 Ostby 4 News."): what the page reports is its own, not relayed from
 * another outlet ("records obtained by the Ledger" on the Ledger's page). Found once per
 * document, like the recurring labels (label-keys.ts): a scan batch alone may not hold the byline.
 * Strict on purpose: only a byline's or masthead's shape names the publisher, never an outlet the
 * lede cites ("The Washington Post reported"), and never a wire service, whose story a page relays.
 */
import { BYLINE_CHARS, copyrightOutlet, creditLine, mastheadOutlet } from './credit-lines.js';
import { agreed, callsOutlet, sameOutlet } from './outlet-names.js';

/** How many non-blank blocks from the top a byline may be (headline, deck, photo, navigation). */
const BYLINE_REACH = 25;

/**
 * The page's own outlet as a key (see nameKey), or null when none is named or two are. Only the
 * lines above the first sentence after a byline count (a roundup may reprint an item's byline
 * below); a byline there says who wrote it, so it beats a masthead that disagrees; a copyright
 * line at the end counts only when the top names none.
 */
export function pageOutlet(blocks: readonly string[]): string | null {
  return readPageOutlet(blocks).outlet;
}

/** The page's own outlet (see pageOutlet); `named`: whether any line named one, though two leave none. */
export function readPageOutlet(blocks: readonly string[]): { outlet: string | null; named: boolean } {
  const bylines: string[] = [];
  const papers: string[] = [];
  const marks: string[] = [];
  let masthead: string | null = null;
  let signed = false;
  let relayed = false;
  let seen = 0;
  for (const block of blocks) {
    const text = block.trim();
    if (text === '') continue;
    // Headline, deck and notes may be sentences above the byline; the story starts below it.
    if (seen >= BYLINE_REACH || (signed && opensStory(text))) break;
    if (text.length > BYLINE_CHARS) {
      seen++; // a paragraph: no credit line, no masthead
      continue;
    }
    if (seen++ === 0) masthead = mastheadOutlet(block);
    const credit = creditLine(block);
    signed ||= credit.signed;
    relayed ||= credit.relayed;
    bylines.push(...credit.outlets);
    papers.push(...credit.papers);
    marks.push(...credit.marks);
  }
  // A wire's or syndicated story: what "the Herald obtained" on it may be the Herald's, or the page's.
  if (relayed) return { outlet: null, named: true };
  // "By Ana Ruiz for the Daily" may name a column: the Daily is the page's only when no other line names an outlet.
  const credited = bylines.length > 0 || masthead ? bylines : papers;
  if (credited.length > 0 || masthead || marks.length > 0) {
    const byline = credited.length > 0 ? agreed(credited) : null;
    const outlet = byline && masthead ? (sameOutlet(masthead, byline) ?? byline) : credited.length > 0 ? byline : masthead;
    return { outlet: unlessMarkedElsewhere(outlet, marks), named: true };
  }
  // A copyright line ends the page more often than it opens it.
  for (let k = blocks.length - 1, tail = 0; k >= 0 && tail < BYLINE_REACH; k--) {
    const text = blocks[k]!.trim();
    if (text === '') continue;
    tail++;
    const holder = text.length <= BYLINE_CHARS ? copyrightOutlet(text) : null;
    if (holder) return { outlet: holder, named: true };
  }
  return { outlet: null, named: false };
}

/** A sentence of the story: a (trimmed) line of five words or more ending in a full stop. */
function opensStory(text: string): boolean {
  return /\.["'\u2019\u201d]?$/.test(text) && text.split(/\s+/).length >= 5;
}

/**
 * `outlet` unless a credit's mark names another outlet ("By Ana Ruiz (Pellow Gazette)" on the
 * Herald's page: the Gazette's story), which leaves the page in doubt (null).
 */
function unlessMarkedElsewhere(outlet: string | null, marks: readonly string[]): string | null {
  return outlet !== null && marks.every((mark) => callsOutlet(outlet, mark)) ? outlet : null;
}

/**
 * The outlet a byline or masthead line names, as a key, or null (none, two, or a wire's or
 * syndicated story, as readPageOutlet reads the line). `opening`: the line opens the page, where a
 * masthead needs no byline around it ("THE LANTERN TRIBUNE | CITY NEWS").
 */
export function lineOutlet(line: string, opening: boolean): string | null {
  const credit = creditLine(line);
  if (credit.relayed) return null;
  const bylines = credit.outlets.length > 0 ? credit.outlets : credit.papers;
  return unlessMarkedElsewhere(bylines.length > 0 ? agreed(bylines) : opening ? mastheadOutlet(line) : null, credit.marks);
}
