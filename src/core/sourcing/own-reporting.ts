/**
 * An outlet's own reporting on its own page is not relayed: "records obtained by the Ledger",
 * "two people told the Quayside Daily", "By Ana Ruiz | Quayside Register" on those outlets' pages
 * credit no other outlet. A relayed cue is dropped when the only name it holds is the page's own
 * (see page-outlet.ts), by its full name or the end of it ("the Courier" for the Pellow Courier,
 * "KVRT" for KVRT News); a cue naming anything else ("the Herald and Axios"), or none
 * ("reportedly", "told the paper"), stays.
 */
import type { SourcingCue } from '../report.js';
import { BYLINE_CHARS, nameKey } from './credit-lines.js';
import { lineOutlet } from './page-outlet.js';

/** Runs of capitalised words (and numbers inside a name: "Ostby 4 News"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&'\u2019.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'\u2019.-]*|\p{N}+))*/gu;
/** Words an outlet's name may end in that a page drops when it names itself ("KVRT News" → "KVRT"). */
const GENERIC_TAIL = new Set(['news', 'radio', 'tv', 'online']);
/** A credit that closes a line: "| CITY NEWS", "– Ostby News". */
const CREDIT_MARK = /^[|\u2013\u2014-]/;
/** What ends a sentence, before a word capitalised only for opening the next one. */
const SENTENCE_BREAK = /(?:^|[.!?:]["'\u2019\u201d]?)\s*$/;

/** The names that call the page's outlet `own` (a key from pageOutlet): its endings ("courier"), and without a generic last word ("kvrt"). */
function ownNames(own: string): Set<string> {
  const ownWords = own.split(' ');
  const names = new Set<string>();
  // A number alone ("8" of "kvrt news 8") names nothing.
  for (let k = 0; k < ownWords.length; k++) if (!/^\p{N}+$/u.test(ownWords[k]!)) names.add(ownWords.slice(k).join(' '));
  const named = ownWords.filter((word) => !/^\p{N}+$/u.test(word));
  if (named.length > 1 && GENERIC_TAIL.has(named[named.length - 1]!)) names.add(named.slice(0, -1).join(' '));
  return names;
}

/**
 * The words a text must hold, as whole words, to name `own` by any of its names: the last word
 * of its name, and the one before a generic ending ("kvrt news 8": "news", "kvrt"). A page
 * re-tags only the texts that hold one when its outlet changes (page-keys.ts).
 */
export function ownNameWords(own: string): string[] {
  const named = own.split(' ').filter((word) => !/^\p{N}+$/u.test(word));
  const last = named[named.length - 1];
  if (last === undefined) return [];
  return named.length > 1 && GENERIC_TAIL.has(last) ? [last, named[named.length - 2]!] : [last];
}

/** The names of the outlet last asked about: a document asks about one outlet, block after block. */
let known: { own: string; names: Set<string> } | undefined;

/**
 * Whether a cue, at `start` in `text`, names the page's own outlet and nothing else: any other
 * capitalised run ("the Herald and Axios", "the Times and Politico") may be another outlet, save
 * a word capitalised only for opening the sentence ("Two aides told the Herald").
 */
function namesOnlyOwn(text: string, cue: SourcingCue, names: ReadonlySet<string>): boolean {
  let own = false;
  for (const match of cue.cue.matchAll(NAME_RUN)) {
    const run = match[0].split(/\s+/);
    // Opening the sentence, the first word may be capitalised for that alone ("Two", "A Herald investigation").
    const rest = SENTENCE_BREAK.test(text.slice(0, cue.start + match.index)) ? run.slice(1) : run;
    if (names.has(nameKey(run)) || (rest.length > 0 && names.has(nameKey(rest)))) own = true;
    else if (rest.length > 0) return false;
  }
  return own;
}

/**
 * The cues of a block's sentences without the relayed ones that rest on the page's own outlet
 * `own` (a key from pageOutlet). A line crediting the own outlet ("THE LANTERN TRIBUNE | CITY
 * NEWS") closes with its section, not another outlet.
 */
export function withoutOwnReporting(text: string, cues: SourcingCue[][], own: string): SourcingCue[][] {
  if (known?.own !== own) known = { own, names: ownNames(own) };
  const { names } = known;
  // Asked only of a credit: most blocks are no byline.
  const creditsOwn = () => text.length <= BYLINE_CHARS && lineOutlet(text, true) === own;
  const ownCredit = (cue: SourcingCue) => cue.kind === 'relayed' && ((CREDIT_MARK.test(cue.cue) && creditsOwn()) || namesOnlyOwn(text, cue, names));
  return cues.map((sentence) => {
    const kept = sentence.filter((cue) => !ownCredit(cue));
    return kept.length === sentence.length ? sentence : kept;
  });
}
