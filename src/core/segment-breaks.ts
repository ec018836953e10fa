/**
 * Whether one of ICU's sentence breaks stands. ICU's English rules break after every
 * abbreviation ("Sen. Jeff Sessions", "the U.S. Capitol", "Robert S. Mueller") and read on past
 * a period before a section sign; these rules undo the first and cut the second.
 */

/** Abbreviations that open a name, read as going on whatever follows: titles ("Sen.", "Ms.") and a place's "St." and "Ft." ("St. Louis"). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'prof', 'rev', 'hon', 'pres', 'amb', 'atty', 'supt', 'st', 'messrs', 'fr', 'maj', 'cpl', 'pvt', 'gens', 'ft',
]);
/** Abbreviations followed by a number ("Jan. 10", "No. 3"). */
const BEFORE_NUMBER = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol', 'p', 'pp', 'art', 'sec', 'ch', 'fig']);
/** Abbreviations usually followed by more of the same sentence. */
const MID_SENTENCE = new Set(['vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'approx', 'est', 'dept', 'univ', 'a.m', 'p.m']);
/** Abbreviations that introduce what follows, capitalised or not ("incl. Trump's views", "e.g. Moscow"). */
const LEADS_ON = new Set(['incl', 'esp', 'cf', 'viz', 'e.g', 'i.e']);
/** Capitalised words that usually open a sentence, so a dotted acronym before them ends one. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after',
  'before', 'since', 'there', 'then', 'however', 'meanwhile', 'still', 'also', 'both', 'some', 'many', 'one', 'no',
  'not', 'what', 'who', 'why', 'how', 'asked', 'according', 'earlier', 'later', 'last', 'now',
]);

/**
 * The word (with inner dots) that ends a segment with a period, and its shape; after a hyphen,
 * only the part after it ("then-Sen.", "ex-Gov.": the title).
 */
const LAST_WORD = /(?:^|[\s("'\u201c\u2018-])([A-Za-z]+(?:\.[A-Za-z]+)*)\.["'\u201d\u2019)]*\s*$/;
const FIRST_WORD = /^\s*["'\u201c\u2018(]*([A-Za-z0-9]+)/;
const SECTION_SIGN = /^\s*\u00a7/;

/** A period and the space before a section sign inside one of ICU's segments ("... clear. § 5 says"). */
const BEFORE_SECTION_SIGN = /\.["'\u201d\u2019)]*\s+(?=\u00a7)/g;

/**
 * Where one of ICU's segments must be cut: ICU reads on past a period before a section sign when
 * a lower-case word follows ("The law is clear. § 5 of the act ..."), so a period after anything
 * but an abbreviation ("28 C.F.R. § 45.2") ends the sentence there.
 */
function sectionSignCuts(segment: string): number[] {
  const cuts: number[] = [];
  for (const found of segment.matchAll(BEFORE_SECTION_SIGN)) {
    const last = LAST_WORD.exec(segment.slice(Math.max(0, found.index - 40), found.index + found[0].length));
    if (last && !abbreviatesCitation(last[1]!)) cuts.push(found.index + found[0].length);
  }
  return cuts;
}

/** A word whose period abbreviates part of a legal citation: inner dots ("U.S.C") or a short capitalised word ("Stat", "Fla"). */
function abbreviatesCitation(word: string): boolean {
  return word.includes('.') || /^[A-Z][A-Za-z]{0,3}$/.test(word);
}

/** A line break (from `<br>` or a .txt line) always ends a sentence, abbreviation or not. */
const ENDS_WITH_LINE_BREAK = /[\n\r\u0085\u2028\u2029]\s*$/;

export function continuesAfter(segment: string, text: string, end: number): boolean {
  if (endsPlainly(segment, text, end)) return false;
  if (ENDS_WITH_LINE_BREAK.test(segment)) return false;
  const last = LAST_WORD.exec(segment.length > 40 ? segment.slice(-40) : segment);
  if (!last) return false;
  const word = last[1]!;
  const rest = text.slice(end, end + 40);
  // "28 C.F.R. § 45.2": a section sign goes on with the citation its abbreviation began.
  if (SECTION_SIGN.test(rest)) return abbreviatesCitation(word);
  const next = FIRST_WORD.exec(rest);
  if (!next) return false;
  const following = next[1]!;
  const lower = word.toLowerCase();
  // A case name ("Ortiz v. Lane"); a capital "V." may be a numeral that ends one ("Title V.").
  if (/^[a-z]/.test(following) || word === 'v') return true;
  if (continuesAlways(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(following)) return true;
  if (MID_SENTENCE.has(lower)) return /^\d/.test(following);
  // An initial ("Robert S. Mueller") or a dotted acronym ("U.S. officials", "D.C."): the
  // sentence goes on unless the next word is one that typically starts a sentence.
  const initial = /^[A-Z]$/.test(word);
  const acronym = /^[A-Za-z](?:\.[A-Za-z])+$/.test(word);
  if (initial || acronym) return !OPENERS.has(following.toLowerCase());
  return false;
}

/** The longest of TITLES and LEADS_ON: a longer word before a period is never one. */
const LONGEST_TITLE = Math.max(...[...TITLES, ...LEADS_ON].map((title) => title.length));
/** Quote marks and brackets that may follow a sentence's period (as in LAST_WORD) or open the next one (FIRST_WORD). */
const CLOSING = new Set([34, 39, 0x201d, 0x2019, 41]);
const OPENING = new Set([34, 39, 0x201c, 0x2018, 40]);

/**
 * The common cases continuesAfter's rules decide as a break, told without regular expressions
 * or slices (segmentation runs on every block of a page): the segment does not end with a
 * letter and a period ("?", "2017."), or it ends with a word of two or more letters, no title,
 * and the next sentence starts with a capital ("... officials said. The ..."). False when the
 * full rules must decide; it reads exactly what LAST_WORD and FIRST_WORD read.
 */
function endsPlainly(segment: string, text: string, end: number): boolean {
  let k = segment.length - 1;
  while (k >= 0 && isRegExpSpace(segment.charCodeAt(k))) k--;
  while (k >= 0 && CLOSING.has(segment.charCodeAt(k))) k--;
  if (k < 1 || segment.charCodeAt(k) !== 46 || !isAsciiLetter(segment.charCodeAt(k - 1))) return true;
  let wordStart = k - 1;
  while (wordStart > 0 && isAsciiLetter(segment.charCodeAt(wordStart - 1))) wordStart--;
  const windowStart = segment.length > 40 ? segment.length - 40 : 0;
  // The word must lie whole inside LAST_WORD's window, after a character that is no dot ("U.S.").
  if (wordStart - 1 < windowStart || segment.charCodeAt(wordStart - 1) === 46) return false;
  const length = k - wordStart;
  if (length < 2 || (length <= LONGEST_TITLE && continuesAlways(segment.slice(wordStart, k).toLowerCase()))) return false;
  const limit = Math.min(text.length, end + 40);
  let next = end;
  while (next < limit && isRegExpSpace(text.charCodeAt(next))) next++;
  while (next < limit && OPENING.has(text.charCodeAt(next))) next++;
  if (next >= limit) return true;
  const first = text.charCodeAt(next);
  if (first >= 65 && first <= 90) return true;
  return !(isAsciiLetter(first) || (first >= 48 && first <= 57));
}

function continuesAlways(word: string): boolean {
  return TITLES.has(word) || LEADS_ON.has(word);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** What `\s` matches in a regular expression. */
function isRegExpSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A wire dateline's place, cut at its state's abbreviation: "ALEXANDRIA, Va. (AP) — ..." or
 * "DENVER, Colo. — ...". Only at the start of a block, and only before a credit or a dash.
 */
const DATELINE_PLACE = /^[A-Z][A-Z .'-]{1,30}, [A-Z][a-z]{1,4}\.(?:[A-Z][a-z]{0,3}\.)?\s*$/;
const AFTER_DATELINE = /^\s*(?:\([A-Za-z .&-]{1,30}\)\s*)?[\u2013\u2014-]/;

export function opensDateline(segment: string, text: string, end: number): boolean {
  return segment.length < 40 && DATELINE_PLACE.test(segment) && AFTER_DATELINE.test(text.slice(end, end + 40));
}

const NO_CUTS: readonly number[] = [];

/**
 * Reference markers that ICU reads on past, lettered ones ("said so.[a] Then ...", "in
 * 2016.[citation needed] Critics ..."): the sentence ends after them, unless the period ends
 * an abbreviation ("U.S.[a]"). Numbered ones ICU breaks inside (see afterFootnotes in segment.ts).
 */
const AFTER_LETTERED_MARKERS = /[a-z0-9)][.!?]["'\u201d\u2019)]*(?:\[[a-z][a-z0-9 ]{0,15}\])+\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;

/** Where one of ICU's segments must be cut, in order: before a section sign, after lettered markers. */
export function segmentCuts(segment: string): readonly number[] {
  const sections = segment.includes('\u00a7') ? sectionSignCuts(segment) : NO_CUTS;
  if (!segment.includes('[')) return sections;
  const cuts = [...sections];
  for (const found of segment.matchAll(AFTER_LETTERED_MARKERS)) cuts.push(found.index + found[0].length);
  return cuts.sort((a, b) => a - b);
}
