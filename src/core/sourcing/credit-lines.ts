/**
 * Reading one credit line of a page: a byline ("By Ana Ruiz | Quayside Register", "Ana Ruiz,
 * Metro Desk – Ostby News", "By the Herald politics desk"), a masthead opening the page
 * ("EVENING BRIEF | Lantern Tribune") or a copyright line, for the outlets they name as keys
 * (see nameKey). page-outlet.ts weighs the page's lines against each other; own-reporting.ts reads one.
 */
import { nameLexicon } from './name-words.js';
import { isCallSign } from './read-word.js';

/** A byline or masthead is one short line. */
export const BYLINE_CHARS = 200;
/** The longest outlet name, in words ("The Pellow Ledger Sunday Magazine"). */
const NAME_WORDS = 6;
/** A masthead's name, in words ("The Harrow Hill Courier"): a longer capitalised part may be the headline sharing its line ("Tycoon Buys Pellow Courier | Business"). */
const MASTHEAD_NAME_WORDS = 3;
/** The longest part of a byline, in words ("Compiled by Ledger staff from their own and wire reports"). */
const PART_WORDS = 10;

const WIRES: ReadonlySet<string> = new Set(nameLexicon.wireNames.map((name) => nameKey(name.split(/\s+/))));
/** What separates a byline's parts: "By Ana Ruiz | Politics | The Ledger", "Ana Ruiz, Metro Desk – Ostby News". */
const PARTS = /\s*(?:[|,\u2013\u2014]|\s-\s)\s*/;
/** Words after an outlet's name that make it a newsroom: "Ledger staff", "the Herald politics desk", "Tribune Washington Bureau". */
const NEWSROOM = /^(?:staff|desk|bureau|newsroom)$/i;
/** The last word of a part that names a newsroom role, not a publisher: "World Desk", "Staff Writer". */
const ROLE = /\b(?:desk|bureau|writers?|reporter|correspondent|editor|columnist|staff)$/i;
/** The last word of a part that names a newsroom unit: "Metro Desk", "Washington Bureau", "Ledger Staff". */
const NEWSROOM_UNIT = /\b(?:desk|bureau|staff)$/i;
/** What a byline's writers (BY) or a signed line's newsroom unit (NEWSROOM_UNIT) needs somewhere in the line. */
const MAY_CREDIT = /\bby\s|desk|bureau|staff/i;
/** The part of a byline that names its writers: "By Ana Ruiz", "Compiled by Ledger staff". */
const BY = /^(?:(?:compiled|reported|written|edited)\s+)?by\s/i;
/** A line crediting something else than the story, perhaps a partner: "Photo: Ana Ruiz, Post staff", "Guest: ...", "Photograph by ...". */
const OTHER_CREDIT = /^(?:[\p{L}\s]{1,20}:|(?:photo(?:graph)?|picture|image|illustration|graphic|video|footage|courtesy)s?\b)/iu;
/** A line ending a sentence: a byline's parts end in no full stop ("By Friday, the Post had it."). */
const SENTENCE_END = /[.!?]["'\u2019\u201d]?$/;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?,?\s+)?([^.,;|]+)/i;
/** A capitalised word, as a pattern's source: "Ostby", "AT&T", "O'Brien", "U.S.", "Courier-Ledger". */
export const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'\u2019.-]*`;
/** A word of a name: capitalised, or a number inside it ("Ostby 4 News"). */
const CAPITALISED = new RegExp(`^(?:${CAPITALISED_WORD}|\\p{N}+)$`, 'u');
/** Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT"). */
export const GENERIC_TAIL: ReadonlySet<string> = new Set(['news', 'radio', 'tv', 'online']);

/** A word of digits alone: "8" of "KVRT News 8". */
export function isNumberWord(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/** Where an outlet's name starts in `nameWords`: past a leading "the". */
function nameStart(nameWords: readonly string[]): number {
  return nameWords[0]?.toLowerCase() === 'the' ? 1 : 0;
}

/** An outlet's name as a key: its words in lower case, a leading "the" and a possessive dropped. */
export function nameKey(nameWords: readonly string[]): string {
  return nameWords.slice(nameStart(nameWords)).join(' ').toLowerCase().replace(/['\u2019]s$/, '');
}

/**
 * Whether `nameWords` are an outlet's name by their shape: capitalised words ending in a word
 * outlets' names end in ("Quayside Register", "Ostby 4 News", "KVRT News 8"), or a call sign.
 */
function isOutletName(nameWords: readonly string[]): boolean {
  const start = nameStart(nameWords);
  const count = nameWords.length - start;
  if (count < 1 || count > NAME_WORDS || !nameWords.slice(start).every((word) => CAPITALISED.test(word))) return false;
  const first = nameWords[start]!;
  if (/^\p{N}/u.test(first)) return false; // a date or number first: no name
  if (isCallSign(first, 0, first.length)) return true;
  let last = nameWords.length - 1;
  if (isNumberWord(nameWords[last]!) && last > start) last--; // "News 8"
  const head = nameWords[last]!.split('-').pop()!.toLowerCase(); // "Courier-Ledger"
  // "Staff Reporter", "Senior Reporter" are roles; "The Hollywood Reporter" is a publication.
  if (head === 'reporter' && start === 0) return false;
  return nameLexicon.outletNameWords.has(head);
}

/** A line's parts, or none when it is no credit line (too long, a sentence, a part a clause). */
function creditParts(line: string): string[] {
  const text = line.trim();
  if (text.length > BYLINE_CHARS || SENTENCE_END.test(text) || OTHER_CREDIT.test(text)) return [];
  const parts = text.split(PARTS).filter((part) => part !== '');
  return parts.some((part) => part.split(/\s+/).length > PART_WORDS) ? [] : parts;
}

/**
 * Whether a line is a byline, and every outlet it names, as keys: "By Ana Ruiz | Quayside
 * Register", "Dunmore Ledger | Tech | By Ana Ruiz", "Ana Ruiz, Metro Desk – Ostby News", a
 * copyright line. Two differing names leave the page's outlet in doubt ("Ana Ruiz, Washington Post
 * staff, and Omar Lind, Dunmore Herald staff").
 */
export function creditLine(line: string): { signed: boolean; outlets: string[] } {
  const copyright = line.length <= BYLINE_CHARS ? copyrightOutlet(line) : null;
  if (copyright) return { signed: false, outlets: [copyright] };
  // Most lines are neither: a plain test first, before the Unicode classes compile in every tab.
  if (!MAY_CREDIT.test(line)) return { signed: false, outlets: [] };
  const parts = creditParts(line);
  const writers = parts.findIndex((part) => BY.test(part));
  // "Ana Ruiz, Metro Desk – Ostby News": a name, then a newsroom unit, and no clause ("Jane Doe,
  // Dunmore Gazette staff, contributed reporting"). Not a person's role alone: a transcript's
  // guest line reads the same ("ROBERT COSTA, NATIONAL POLITICAL REPORTER, THE WASHINGTON POST").
  const signed = parts.length > 1 && parts.slice(1).some((part) => NEWSROOM_UNIT.test(part)) && !parts.some(isClause);
  if (writers < 0 && !signed) return { signed: false, outlets: [] };
  // The writers' names are no outlet's ("By Tom Post"), nor is a signed line's first part.
  const skipped = writers >= 0 ? writers : 0;
  const outlets: string[] = [];
  for (const [index, part] of parts.entries()) {
    const partWords = part.split(/\s+/);
    const named = index !== skipped && namesPublisher(partWords) ? nameKey(partWords) : newsroomOutlet(partWords);
    if (named) outlets.push(named);
  }
  return { signed: true, outlets };
}

/** A part opening with a lower-case word and naming no role: a clause ("contributed reporting"), no credit. */
function isClause(part: string): boolean {
  return /^\p{Ll}/u.test(part) && !ROLE.test(part);
}

/**
 * The outlet a masthead opening the page names at one end ("EVENING BRIEF | Lantern Tribune",
 * "Circuit Ledger | Courts & Code"), or null: a short name with no preposition ("Judge Rules
 * Against Times" is a headline). Another publisher on the line ("Trump Sues New York Times |
 * Dunmore Herald", "Robert Costa, The Washington Post | Jane Doe, Dunmore Herald") leaves the page
 * in doubt, unless it is a section in a name's shape ("THE EASTBROOK CHRONICLE | CAMPUS NEWS").
 */
export function mastheadOutlet(line: string): string | null {
  if (!line.includes('|')) return null;
  const parts = creditParts(line).map((part) => part.split(/\s+/));
  if (parts.length < 2) return null;
  const ends = [parts[0]!, parts[parts.length - 1]!].filter(mastheadName);
  const names = ends.length === 2 ? ends.filter((end) => !isSection(end)) : ends;
  if (names.length !== 1) return null;
  const outlet = nameKey(names[0]!);
  return parts.every((part) => part === names[0] || isSection(part) || !namesPublisher(part)) ? outlet : null;
}

function mastheadName(partWords: readonly string[]): boolean {
  const nameWords = partWords.slice(nameStart(partWords)).map((word) => word.toLowerCase());
  return nameWords.length <= MASTHEAD_NAME_WORDS && namesPublisher(partWords) && !nameWords.some((word) => nameLexicon.prepositions.has(word) || nameLexicon.lowerInTitles.has(word));
}

/** "CITY NEWS", "Local TV": one word before a generic ending, a section when a publisher shares the line. */
function isSection(partWords: readonly string[]): boolean {
  return partWords.length === 2 && GENERIC_TAIL.has(partWords[1]!.toLowerCase()) && !isCallSign(partWords[0]!, 0, partWords[0]!.length);
}

/**
 * A byline's part that is a publisher's whole name, two words at least ("Quayside Register",
 * "The Dunmore Ledger", "KVRT News"): "TV", "News", "THE WEEK" alone are sections ("By Ana Ruiz | TV").
 */
function namesPublisher(partWords: readonly string[]): boolean {
  const named = partWords.length - nameStart(partWords);
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
export function copyrightOutlet(line: string): string | null {
  const holder = COPYRIGHT.exec(line.trim())?.[1]?.replace(/\s+all\s+rights\s+reserved\b.*$/i, '').trim().split(/\s+/);
  if (!holder || !/^\p{L}/u.test(holder[0]!) || !holder.every((word) => CAPITALISED.test(word)) || holder.length > NAME_WORDS) return null;
  const key = nameKey(holder);
  return key !== '' && !WIRES.has(key) ? key : null;
}

/** The one outlet all of `names` call (see sameOutlet), or null when they are none or two. */
export function agreed(names: readonly string[]): string | null {
  let outlet: string | null = names[0] ?? null;
  for (const name of names.slice(1)) outlet = outlet && sameOutlet(outlet, name);
  return outlet;
}

/** Two names of one outlet, one the end of the other ("herald", "vantry herald"): the longer; else null. */
export function sameOutlet(a: string, b: string): string | null {
  if (a === b || a.endsWith(` ${b}`)) return a;
  return b.endsWith(` ${a}`) ? b : null;
}

/**
 * The outlet a byline or masthead line names, as a key, or null (none, or two). `opening`: the
 * line opens the page, where a masthead needs no byline around it ("THE LANTERN TRIBUNE | CITY NEWS").
 */
export function lineOutlet(line: string, opening: boolean): string | null {
  const bylines = creditLine(line).outlets;
  return bylines.length > 0 ? agreed(bylines) : opening ? mastheadOutlet(line) : null;
}
