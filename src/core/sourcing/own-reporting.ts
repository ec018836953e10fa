/**
 * An outlet's own reporting on its own page is not relayed: "records obtained by the Ledger",
 * "two people told the Quayside Daily", "By Ana Ruiz | Quayside Register" on those outlets' pages
 * credit no other outlet. A relayed cue is dropped when the only name it holds is the page's own
 * (see page-outlet.ts), by any of its names (outletNames): its full name or the end of it ("the
 * Courier" for the Pellow Courier, "KVRT" for KVRT News, never "News" alone); a cue naming anything
 * else ("the Herald and Axios"), or none ("reportedly", "told the paper"), stays.
 */
import type { SourcingCue } from '../report.js';
import { BYLINE_CHARS } from './credit-lines.js';
import { lineOutlet } from './page-outlet.js';
import { CAPITALISED_WORD, GENERIC_TAIL, closesInNumber, isNumberWord, nameKey, outletNames } from './outlet-names.js';

/** Runs of capitalised words (and numbers inside a name: "Ostby 4 News"). */
const NAME_RUN = new RegExp(`${CAPITALISED_WORD}(?:\\s+(?:${CAPITALISED_WORD}|\\p{N}+))*`, 'gu');
/** A number after a name, in the text past a cue: " 9" of "told KVRT News 9". */
const NUMBER_AFTER = /^\s+(\p{N}+)\b/u;
/** A credit that closes a line: "| CITY NEWS", "– Ostby News". */
const CREDIT_MARK = /^[|\u2013\u2014-]/;
/** What ends a sentence, before a word capitalised only for opening the next one. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':']);
/** A closing quote after a sentence's end ('he said." Two aides'). */
const CLOSING_QUOTES = new Set(['"', "'", '\u2019', '\u201d']);
const SPACE = /\s/;

/**
 * The words a text must hold, as whole words, to name `own` by any of its names: the last word
 * of its name, and the one before a generic ending ("kvrt news 8": "news", "kvrt"). A page
 * re-tags only the texts that hold one when its outlet changes (page-keys.ts).
 */
export function ownNameWords(own: string): string[] {
  const named = own.split(' ').filter((word) => !isNumberWord(word));
  const last = named[named.length - 1];
  if (last === undefined) return [];
  return named.length > 1 && GENERIC_TAIL.has(last) ? [last, named[named.length - 2]!] : [last];
}

/** The names of the outlet last asked about: a document asks about one outlet, block after block. */
let known: { own: string; names: Set<string>; numbered: boolean } | undefined;

/**
 * Whether a cue, at `start` in `text`, names the page's own outlet and nothing else: any other
 * capitalised run ("the Herald and Axios", "the Times and Politico") may be another outlet, save
 * a word capitalised only for opening the sentence ("Two aides told the Herald"). `numbered`: the
 * own name closes in a number, so a cue's name is read with the number after it in the text,
 * which the cue leaves out ("told KVRT News 9" names another station than KVRT News 8).
 */
function namesOnlyOwn(text: string, cue: SourcingCue, names: ReadonlySet<string>, numbered: boolean): boolean {
  let own = false;
  for (const match of cue.cue.matchAll(NAME_RUN)) {
    const run = match[0].split(/\s+/);
    const closesCue = match.index + match[0].length === cue.cue.length;
    const number = numbered && closesCue ? NUMBER_AFTER.exec(text.slice(cue.start + cue.cue.length))?.[1] : undefined;
    if (number) run.push(number);
    // Opening the sentence, the first word may be capitalised for that alone ("Two", "A Herald investigation").
    const rest = opensSentence(text, cue.start + match.index) ? run.slice(1) : run;
    if (names.has(nameKey(run)) || (rest.length > 0 && names.has(nameKey(rest)))) own = true;
    else if (rest.length > 0) return false;
  }
  return own;
}

/**
 * Whether the text before `at` ends a sentence, or is blank: past any spaces, the text's start, an
 * end mark, or a closing quote after one. Read back from `at`, not over the whole text before it.
 */
function opensSentence(text: string, at: number): boolean {
  let k = Math.min(at, text.length);
  while (k > 0 && SPACE.test(text[k - 1]!)) k--;
  if (k === 0 || SENTENCE_ENDS.has(text[k - 1]!)) return true;
  return k > 1 && CLOSING_QUOTES.has(text[k - 1]!) && SENTENCE_ENDS.has(text[k - 2]!);
}

/** Whether any sentence holds a relayed cue: only those may rest on the own outlet. */
function hasRelayed(cues: readonly SourcingCue[][]): boolean {
  for (const sentence of cues) for (const cue of sentence) if (cue.kind === 'relayed') return true;
  return false;
}

/**
 * The cues of a block's sentences without the relayed ones that rest on the page's own outlet
 * `own` (a key from pageOutlet). A line crediting the own outlet ("THE LANTERN TRIBUNE | CITY
 * NEWS") closes with its section, not another outlet.
 */
export function withoutOwnReporting(text: string, cues: SourcingCue[][], own: string): SourcingCue[][] {
  if (!hasRelayed(cues)) return cues;
  if (known?.own !== own) {
    const ownWords = own.split(' ');
    known = { own, names: outletNames(ownWords), numbered: closesInNumber(ownWords) };
  }
  const { names, numbered } = known;
  // Asked only of a credit: most blocks are no byline.
  const creditsOwn = () => text.length <= BYLINE_CHARS && lineOutlet(text, true) === own;
  const ownCredit = (cue: SourcingCue) => cue.kind === 'relayed' && ((CREDIT_MARK.test(cue.cue) && creditsOwn()) || namesOnlyOwn(text, cue, names, numbered));
  return cues.map((sentence) => {
    const kept = sentence.filter((cue) => !ownCredit(cue));
    return kept.length === sentence.length ? sentence : kept;
  });
}
