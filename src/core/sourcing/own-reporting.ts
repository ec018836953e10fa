/**
 * An outlet's own reporting on its own page is not relayed: "records obtained by the Ledger",
 * "two people told the Quayside Daily", "By Ana Ruiz | Quayside Register" on those outlets' pages
 * credit no other outlet. A relayed cue is dropped when the only outlet it names is the page's
 * own (see page-outlet.ts), by its full name or the end of it ("the Courier" for the Pellow
 * Courier, "KVRT" for KVRT News); a cue naming another outlet, or none ("reportedly", "told the
 * paper"), stays.
 */
import type { SourcingCue } from '../report.js';
import { BYLINE_CHARS, isOutletName, lineOutlet, nameKey } from './page-outlet.js';

/** Runs of capitalised words (and numbers inside a name: "Ostby 4 News"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|\p{N}+))*/gu;
/** An acronym may be an outlet the name-word test cannot see ("CNN", "NBC"): it keeps the cue. */
const ACRONYM = /^[A-Z]{2,}$/;
/** Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT"). */
const GENERIC_TAIL = new Set(['news', 'radio', 'tv', 'online']);
/** A credit that closes a line: "| CITY NEWS", "– Ostby News". */
const CREDIT_MARK = /^[|\u2013\u2014-]/;

/** The names that call the page's outlet `own` (a key from pageOutlet): its endings, and without a generic last word. */
function ownNames(own: string): Set<string> {
  const ownWords = own.split(' ');
  const names = new Set<string>();
  for (let k = 0; k < ownWords.length; k++) names.add(ownWords.slice(k).join(' '));
  if (ownWords.length > 1 && GENERIC_TAIL.has(ownWords[ownWords.length - 1]!)) names.add(ownWords.slice(0, -1).join(' '));
  return names;
}

/** Whether a cue's words name the page's own outlet and no other. */
function namesOnlyOwn(cue: string, names: ReadonlySet<string>): boolean {
  let own = false;
  for (const match of cue.matchAll(NAME_RUN)) {
    const run = match[0].split(/\s+/);
    if (names.has(nameKey(run))) own = true;
    else if (isOutletName(run) || run.some((word) => ACRONYM.test(word))) return false;
  }
  return own;
}

/**
 * The cues of a block's sentences without the relayed ones that rest on the page's own outlet
 * `own` (a key from pageOutlet). In the page's masthead or byline itself, its closing credit
 * ("THE LANTERN TRIBUNE | CITY NEWS") is its own section, not another outlet's.
 */
export function withoutOwnReporting(text: string, cues: SourcingCue[][], own: string): SourcingCue[][] {
  const names = ownNames(own);
  // Asked only of a credit: most blocks are no byline.
  const masthead = () => text.length <= BYLINE_CHARS && lineOutlet(text, true) === own;
  const ownCredit = (cue: SourcingCue) => cue.kind === 'relayed' && ((CREDIT_MARK.test(cue.cue) && masthead()) || namesOnlyOwn(cue.cue, names));
  return cues.map((sentence) => (sentence.some(ownCredit) ? sentence.filter((cue) => !ownCredit(cue)) : sentence));
}
