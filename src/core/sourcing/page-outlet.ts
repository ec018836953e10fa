/**
 * The page's own outlet, as its byline or masthead names it ("By Ana Ruiz | Quayside Register",
 * "By Ana Ruiz, Ledger staff writer", a first line "EVENING BRIEF | Lantern Tribune", a
 * closing "Copyright 2017 Ostby 4 News."): what the page reports is its own, not relayed from
 * another outlet ("records obtained by the Ledger" on the Ledger's page). Found once per
 * document, like the recurring labels (label-keys.ts): a scan batch alone may not hold the byline.
 * Strict on purpose: only a byline's or masthead's shape names the publisher, never an outlet the
 * lede cites ("The Washington Post reported"), and never a wire service, whose story a page relays.
 */
import { words } from './lexicon.js';

/** How many non-blank blocks from the top a byline may be (headline, deck, photo, navigation). */
const BYLINE_REACH = 25;
/** A byline or masthead is one short line. */
export const BYLINE_CHARS = 200;
/** The longest outlet name, in words ("The Pellow Ledger Sunday Magazine"). */
const NAME_WORDS = 6;
/** The longest part of a byline, in words ("Compiled by Ledger staff from their own and wire reports"). */
const PART_WORDS = 10;

const WIRES: ReadonlySet<string> = new Set(words.wireNames.map((name) => nameKey(name.split(/\s+/))));
/** What separates a byline's parts: "By Ana Ruiz | Politics | The Ledger", "Ana Ruiz, Metro Desk – Ostby News". */
const PARTS = /\s*(?:[|,\u2013\u2014]|\s-\s)\s*/;
/** Words after an outlet's name that make it a newsroom: "Ledger staff", "the Herald politics desk", "Tribune Washington Bureau". */
const NEWSROOM = /^(?:staff|desk|bureau|newsroom)$/i;
/** The last word of a part that names a newsroom role, not a publisher: "World Desk", "Staff Writer". */
const ROLE = /\b(?:desk|bureau|writers?|reporter|correspondent|editor|columnist|staff)$/i;
/** The part of a byline that names its writers: "By Ana Ruiz", "Compiled by Ledger staff". */
const BY = /^(?:(?:compiled|reported|written|edited)\s+)?by\s/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?,?\s+)?([^.,;]+)/i;
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|\p{N}+)$/u;
const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-[A-Z]{2})?$/;

/** An outlet's name as a key: its words in lower case, a leading "the" and a possessive dropped. */
export function nameKey(nameWords: readonly string[]): string {
  const start = nameWords[0]?.toLowerCase() === 'the' ? 1 : 0;
  return nameWords.slice(start).join(' ').toLowerCase().replace(/['\u2019]s$/, '');
}

/**
 * Whether `nameWords` are an outlet's name by their shape: capitalised words ending in a word
 * outlets' names end in ("Quayside Register", "Ostby 4 News", "KVRT News 8"), or a call sign.
 */
export function isOutletName(nameWords: readonly string[]): boolean {
  const start = nameWords[0]?.toLowerCase() === 'the' ? 1 : 0;
  const count = nameWords.length - start;
  if (count < 1 || count > NAME_WORDS || !nameWords.slice(start).every((word) => CAPITALISED.test(word))) return false;
  if (/^\p{N}/u.test(nameWords[start]!)) return false; // a date or number first: no name
  if (CALL_SIGN.test(nameWords[start]!)) return true;
  let last = nameWords.length - 1;
  if (/^\p{N}+$/u.test(nameWords[last]!) && last > start) last--; // "News 8"
  const head = nameWords[last]!.split('-').pop()!.toLowerCase(); // "Courier-Ledger"
  // "Staff Reporter", "Senior Reporter" are roles; "The Hollywood Reporter" is a publication.
  if (head === 'reporter' && start === 0) return false;
  return words.outletNameWords.has(head);
}

/** The page's own outlet as a key (see nameKey), or null when its byline and masthead name none, or disagree. */
export function pageOutlet(blocks: readonly string[]): string | null {
  let outlet: string | null = null;
  let seen = 0;
  for (const block of blocks) {
    if (block.trim() === '') continue;
    if (seen >= BYLINE_REACH) break;
    const named = lineOutlet(block, seen === 0);
    seen++;
    if (named === null) continue;
    // "Vantry Herald | Live" and "By the Herald city desk" agree; two publishers leave none known.
    const agreed: string | null = outlet === null ? named : sameOutlet(outlet, named);
    if (agreed === null) return null;
    outlet = agreed;
  }
  // A copyright line ends the page more often than it opens it.
  for (let k = blocks.length - 1, tail = 0; outlet === null && k >= 0 && tail < BYLINE_REACH; k--) {
    if (blocks[k]!.trim() === '') continue;
    tail++;
    outlet = copyrightOutlet(blocks[k]!);
  }
  return outlet;
}

/** Two names of one outlet, one the end of the other ("herald", "vantry herald"): the longer; else null. */
function sameOutlet(a: string, b: string): string | null {
  if (a === b || a.endsWith(` ${b}`)) return a;
  return b.endsWith(` ${a}`) ? b : null;
}

/**
 * The outlet a byline or masthead line names, as a key, or null. `opening`: the line opens the
 * page, where a masthead needs no byline around it ("THE LANTERN TRIBUNE | CITY NEWS").
 */
export function lineOutlet(line: string, opening: boolean): string | null {
  const text = line.trim();
  if (text.length > BYLINE_CHARS) return null;
  const copyright = copyrightOutlet(text);
  if (copyright) return copyright;
  // A byline's parts are short and end in no full stop: "By Friday, the Post had it." is a sentence.
  if (/[.!?]["'\u2019\u201d]?$/.test(text)) return null;
  const parts = text.split(PARTS).filter((part) => part !== '');
  if (parts.some((part) => part.split(/\s+/).length > PART_WORDS)) return null;
  // "By Ana Ruiz | Quayside Register", "Dunmore Ledger | Tech | By Ana Ruiz": the part that names the writers.
  const writers = parts.findIndex((part) => BY.test(part));
  const masthead = opening && text.includes('|') && parts.every((part) => part.split(/\s+/).length <= NAME_WORDS);
  // "Ana Ruiz, Metro Desk – Ostby News": a name, then a newsroom role.
  const signed = parts.length > 1 && parts.slice(1).some((part) => ROLE.test(part));
  if (writers < 0 && !masthead && !signed) return null;
  // The writers' names are no outlet's ("By Tom Post"), nor is a signed line's first part.
  const skipped = writers >= 0 ? writers : masthead ? -1 : 0;
  for (const [index, part] of parts.entries()) {
    const partWords = part.split(/\s+/);
    if (index !== skipped && namesPublisher(partWords)) return nameKey(partWords);
  }
  for (const part of parts) {
    const newsroom = newsroomOutlet(part.split(/\s+/));
    if (newsroom) return newsroom;
  }
  return null;
}

/**
 * A byline's part that is a publisher's whole name, two words at least ("Quayside Register",
 * "The Dunmore Ledger", "KVRT News"): "TV", "News", "THE WEEK" alone are sections ("By Ana Ruiz | TV").
 */
function namesPublisher(partWords: readonly string[]): boolean {
  const named = partWords.length - (partWords[0]?.toLowerCase() === 'the' ? 1 : 0);
  return named >= 2 && isOutletName(partWords) && !WIRES.has(nameKey(partWords));
}

/** "Ledger staff", "by the Herald politics desk", "Lantern Tribune Washington Bureau": the outlet before a newsroom word. */
function newsroomOutlet(partWords: readonly string[]): string | null {
  const at = partWords.findIndex((word) => NEWSROOM.test(word));
  if (at < 0) return null;
  // A desk or bureau follows its section, not the outlet: "the Herald politics desk", not "Shipping News Desk".
  const section = /^(?:desk|bureau)$/i.test(partWords[at]!);
  for (let end = section ? at - 2 : at - 1; end >= Math.max(0, at - 2); end--) {
    let start = end;
    while (start > 0 && CAPITALISED.test(partWords[start - 1]!) && partWords[start - 1]!.toLowerCase() !== 'by') start--;
    const name = partWords.slice(start, end + 1);
    if (isOutletName(name) && !WIRES.has(nameKey(name))) return nameKey(name);
  }
  return null;
}

/** "Copyright 2019 KVRT. All rights reserved.", "© 2017 The Ledger": the holder, whatever its name (the line itself says who publishes). */
function copyrightOutlet(line: string): string | null {
  const holder = COPYRIGHT.exec(line.trim())?.[1]?.trim().split(/\s+/);
  if (!holder || !/^\p{L}/u.test(holder[0]!) || !holder.every((word) => CAPITALISED.test(word)) || holder.length > NAME_WORDS) return null;
  const key = nameKey(holder);
  return key !== '' && !WIRES.has(key) ? key : null;
}
