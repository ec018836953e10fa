/**
 * Reading one credit line of a page: a byline ("By Ana Ruiz | Quayside Register", "Ana Ruiz,
 * Metro Desk – Ostby News", "By the Herald politics desk"), a masthead opening the page
 * ("EVENING BRIEF | Lantern Tribune") or a copyright line, for the outlets they name as keys
 * (see nameKey). page-outlet.ts weighs the page's lines against each other, or reads one for
 * own-reporting.ts (lineOutlet).
 */
import { nameLexicon } from './name-words.js';
import { isCallSign } from './read-word.js';
import { CAPITALISED, GENERIC_TAIL, NAME_WORDS, isOutletName, isWire, nameKey, nameStart, namesPublisher, relaysAnother } from './outlet-names.js';

/** A byline or masthead is one short line. */
export const BYLINE_CHARS = 200;
/** A masthead's name, in words ("The Harrow Hill Courier"): a longer capitalised part may be the headline sharing its line ("Tycoon Buys Pellow Courier | Business"). */
const MASTHEAD_NAME_WORDS = 3;
/** The longest part of a byline, in words ("Compiled by Ledger staff from their own and wire reports"). */
const PART_WORDS = 10;

/**
 * What separates a byline's parts: "By Ana Ruiz | Politics | The Ledger", "Ana Ruiz, Metro Desk –
 * Ostby News", "By Ana Ruiz / The Ledger", "Ana Ruiz/The Ledger".
 */
const PARTS = /\s*(?:[|,\u2013\u2014]|\s[-/]\s|(?<=\p{Ll})\/(?=\p{Lu}))\s*/u;
/**
 * Who the writers wrote for, a part of its own: "By Ana Ruiz for The Ledger", "By Ana Ruiz, For
 * the Herald", "By Ana Ruiz, Special to the Herald". A capitalised "For" without "the" may open a
 * name ("For Dummies Press").
 */
const WRITING_FOR = /(?:^|\s+)(?:(?:for|[Ss]pecial\s+to)\s+(?=(?:[Tt]he\s+)?\p{Lu})|For\s+(?=[Tt]he\s+\p{Lu}))/u;
/**
 * A part that may hold who the writers wrote for, besides the writers' own ("For the Herald",
 * "Special to the Herald").
 */
const OPENS_FOR = /^(?:for|special\s+to)\s/i;
/**
 * A mark closing a byline's part, perhaps the outlet or syndicate the story came through: "(TNS)",
 * "(AP)", "(Chicago Tribune)".
 */
const MARK = /\(([^()]+)\)$/;
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

/** A line's parts, or none when it is no credit line (too long, a sentence, a part a clause). */
function creditParts(line: string): string[] {
  const text = line.trim();
  if (text.length > BYLINE_CHARS || SENTENCE_END.test(text) || OTHER_CREDIT.test(text)) return [];
  const parts = text.split(PARTS).filter((part) => part !== '');
  return parts.some((part) => part.split(/\s+/).length > PART_WORDS) ? [] : parts;
}

/**
 * What a credit line says of the page: whether it signs a story, the outlets it names (keys),
 * whether it credits another outlet's story.
 */
export interface Credit {
  signed: boolean;
  outlets: readonly string[];
  /**
   * One word after "the" ("By Ana Ruiz for the Daily"): a section or column as often as a paper, so
   * the outlet only when no other line names one.
   */
  papers: readonly string[];
  /**
   * Outlets in a closing mark ("By Ana Ruiz (Pellow Gazette)"): the story came through another
   * outlet unless the page is theirs.
   */
  marks: readonly string[];
  /** A wire's or a syndicated story: "By Ana Ruiz | Associated Press", "By Ana Ruiz (TNS)". */
  relayed: boolean;
}

const NO_CREDIT: Credit = { signed: false, outlets: [], papers: [], marks: [], relayed: false };

/**
 * Whether a line is a byline, and every outlet it names, as keys: "By Ana Ruiz | Quayside
 * Register", "Dunmore Ledger | Tech | By Ana Ruiz", "By Ana Ruiz for the Herald", "Ana Ruiz, Metro
 * Desk – Ostby News", a copyright line. Two differing names leave the page's outlet in doubt ("Ana
 * Ruiz, Washington Post staff, and Omar Lind, Dunmore Herald staff"), and so does a wire's byline.
 */
export function creditLine(line: string): Credit {
  const copyright = line.length <= BYLINE_CHARS ? copyrightOutlet(line) : null;
  if (copyright) return { ...NO_CREDIT, outlets: [copyright] };
  // Most lines are neither: a plain test first, before the Unicode classes compile in every tab.
  if (!MAY_CREDIT.test(line)) return NO_CREDIT;
  const parts = writerParts(creditParts(line));
  const writers = parts.findIndex((part) => BY.test(part));
  // "Ana Ruiz, Metro Desk – Ostby News": a name, then a newsroom unit, and no clause ("Jane Doe,
  // Dunmore Gazette staff, contributed reporting"). Not a person's role alone: a transcript's
  // guest line reads the same ("ROBERT COSTA, NATIONAL POLITICAL REPORTER, THE WASHINGTON POST").
  const signed = parts.length > 1 && parts.slice(1).some((part) => NEWSROOM_UNIT.test(part)) && !parts.some(isClause);
  if (writers < 0 && !signed) return NO_CREDIT;
  // The writers' names are no outlet's ("By Tom Post"), nor is a signed line's first part.
  const skipped = writers >= 0 ? writers : 0;
  const outlets: string[] = [];
  const papers: string[] = [];
  const marks: string[] = [];
  let relayed = false;
  for (const [index, part] of parts.entries()) {
    const mark = MARK.exec(part);
    const words = (mark ? part.slice(0, mark.index) : part).split(/\s+/).filter((word) => word !== '');
    const markWords = mark?.[1]!.trim().split(/\s+/) ?? [];
    // "By Ana Ruiz | Reuters", "By the Associated Press", "By Ana Ruiz (TNS)": the story is the wire's or syndicate's.
    const nameWords = index === writers ? words.slice(words.findIndex((word) => /^by$/i.test(word)) + 1) : words;
    relayed ||= relaysAnother(nameKey(nameWords)) || (markWords.length > 0 && relaysAnother(nameKey(markWords)));
    if (markWords.length > 0 && isOutletName(markWords)) marks.push(nameKey(markWords));
    if (index !== skipped && namesPublisher(words, true)) (words.length - nameStart(words) === 1 ? papers : outlets).push(nameKey(words));
    else {
      const unit = newsroomOutlet(words);
      if (unit) outlets.push(unit);
    }
  }
  return { signed: true, outlets, papers, marks, relayed };
}

/**
 * A line's parts with who its writers wrote for split off: "By Ana Ruiz for the Herald" → "By Ana
 * Ruiz", "the Herald".
 */
function writerParts(parts: readonly string[]): string[] {
  return parts.flatMap((part) => (BY.test(part) || OPENS_FOR.test(part) ? part.split(WRITING_FOR) : [part])).filter((part) => part !== '');
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
  if (nameWords.length > MASTHEAD_NAME_WORDS || !namesPublisher(partWords)) return false;
  return !nameWords.some((word) => nameLexicon.prepositions.has(word) || nameLexicon.lowerInTitles.has(word));
}

/** "CITY NEWS", "Local TV": one word before a generic ending, a section when a publisher shares the line. */
function isSection(partWords: readonly string[]): boolean {
  return partWords.length === 2 && GENERIC_TAIL.has(partWords[1]!.toLowerCase()) && !isCallSign(partWords[0]!, 0, partWords[0]!.length);
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
    if (isOutletName(name) && !isWire(nameKey(name))) return nameKey(name);
  }
  return null;
}

/** "Copyright 2019 KVRT. All rights reserved.", "© 2017 The Ledger": the holder, whatever its name (the line itself says who publishes). */
export function copyrightOutlet(line: string): string | null {
  const holder = COPYRIGHT.exec(line.trim())?.[1]?.replace(/\s+all\s+rights\s+reserved\b.*$/i, '').trim().split(/\s+/);
  if (!holder || !/^\p{L}/u.test(holder[0]!) || !holder.every((word) => CAPITALISED.test(word)) || holder.length > NAME_WORDS) return null;
  const key = nameKey(holder);
  return key !== '' && !isWire(key) ? key : null;
}
