/**
 * What an outlet's name looks like on a credit line ("Quayside Register", "The Dunmore Ledger",
 * "KVRT News 8"), and its key: the words credit-lines.ts reads a line's parts with, and
 * own-reporting.ts compares a cue's names with.
 */
import { nameLexicon } from './name-words.js';
import { isCallSign } from './read-word.js';

/** The longest outlet name, in words ("The Pellow Ledger Sunday Magazine"). */
export const NAME_WORDS = 6;

const WIRES: ReadonlySet<string> = new Set(nameLexicon.wireNames.map((name) => nameKey(name.split(/\s+/))));
const SYNDICATES: ReadonlySet<string> = new Set(nameLexicon.syndicateNames.map((name) => nameKey(name.split(/\s+/))));
/**
 * A capitalised word, as a pattern's source: "Ostby", "AT&T", "O'Brien", "U.S.", "Courier-Ledger".
 */
export const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'\u2019.-]*`;
/** A word of a name: capitalised, or a number inside it ("Ostby 4 News"). */
export const CAPITALISED = new RegExp(`^(?:${CAPITALISED_WORD}|\\p{N}+)$`, 'u');
/**
 * Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT").
 */
export const GENERIC_TAIL: ReadonlySet<string> = nameLexicon.genericNameTails;

/** A word of digits alone: "8" of "KVRT News 8". */
export function isNumberWord(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/** Where an outlet's name starts in `nameWords`: past a leading "the". */
export function nameStart(nameWords: readonly string[]): number {
  return nameWords[0]?.toLowerCase() === 'the' ? 1 : 0;
}

/** An outlet's name as a key: its words in lower case, a leading "the" and a possessive dropped. */
export function nameKey(nameWords: readonly string[]): string {
  return nameWords.slice(nameStart(nameWords)).join(' ').toLowerCase().replace(/['\u2019]s$/, '');
}

/**
 * Whether a key (see nameKey) is a wire service's: its bylines and datelines credit another outlet.
 */
export function isWire(key: string): boolean {
  return WIRES.has(key);
}

/**
 * Whether a key is a wire's or a syndicate's: a byline naming one credits another outlet's story.
 */
export function relaysAnother(key: string): boolean {
  return WIRES.has(key) || SYNDICATES.has(key);
}

/**
 * Whether `nameWords` are an outlet's name by their shape: capitalised words ending in a word
 * outlets' names end in ("Quayside Register", "Ostby 4 News", "KVRT News 8"), or a call sign.
 */
export function isOutletName(nameWords: readonly string[]): boolean {
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

/**
 * A part that is a publisher's whole name, two words at least ("Quayside Register", "The Dunmore
 * Ledger", "KVRT News"): "TV", "News", "THE WEEK" alone are sections ("By Ana Ruiz | TV").
 * `thePaper`: also one word after "the" that outlets' names end in ("By Ana Ruiz / The Herald"),
 * though not a generic one ("The News"), which may be a section.
 */
export function namesPublisher(partWords: readonly string[], thePaper = false): boolean {
  const start = nameStart(partWords);
  const named = partWords.length - start;
  const paper = thePaper && named === 1 && start === 1 && !GENERIC_TAIL.has(partWords[1]!.toLowerCase());
  return (named >= 2 || paper) && isOutletName(partWords) && !isWire(nameKey(partWords));
}

/** The one outlet all of `names` call (see sameOutlet), or null when they are none or two. */
export function agreed(names: readonly string[]): string | null {
  let outlet: string | null = names[0] ?? null;
  for (const name of names.slice(1)) outlet = outlet && sameOutlet(outlet, name);
  return outlet;
}

/**
 * Two names of one outlet, one the end of the other ("herald", "vantry herald"): the longer; else
 * null.
 */
export function sameOutlet(a: string, b: string): string | null {
  if (a === b || a.endsWith(` ${b}`)) return a;
  return b.endsWith(` ${a}`) ? b : null;
}

/** Whether an outlet's name closes in a number after its name ("kvrt news 8"). */
export function closesInNumber(nameWords: readonly string[]): boolean {
  return nameWords.length > 1 && isNumberWord(nameWords[nameWords.length - 1]!);
}

/**
 * The names that call an outlet, given the words of its key: its endings ("courier" of "pellow
 * courier"), the whole name without a station's closing number ("kvrt news" of "kvrt news 8"),
 * and without a generic last word ("kvrt"). Never a generic word or a number alone: "News" of
 * "ABC News" opening a sentence, or "8", names no station.
 */
export function outletNames(ownWords: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (let k = 0; k < ownWords.length; k++) {
    const ending = ownWords.slice(k);
    if (ending.length > 1 || !(isNumberWord(ending[0]!) || GENERIC_TAIL.has(ending[0]!))) names.add(ending.join(' '));
  }
  const unnumbered = closesInNumber(ownWords) ? ownWords.slice(0, -1) : ownWords;
  names.add(unnumbered.join(' '));
  const named = ownWords.filter((word) => !isNumberWord(word));
  if (named.length > 1 && GENERIC_TAIL.has(named[named.length - 1]!)) names.add(named.slice(0, -1).join(' '));
  return names;
}

/**
 * Whether `name` (a key) calls the outlet `own` (a key): one of its names, or a longer name ending
 * in it.
 */
export function callsOutlet(own: string, name: string): boolean {
  return outletNames(own.split(' ')).has(name) || sameOutlet(own, name) !== null;
}
