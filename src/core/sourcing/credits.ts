/**
 * Credits at a sentence's end that name who it comes from: a headline ending in "- report", an
 * outlet credited after a dash or in parentheses ("(Bloomberg)"), and the signature of an
 * embedded social-media post ("— Jane Roe (@janeroe) July 22, 2017"), and the speaker credited after
 * a finished quotation or statement ("'We never met.' — Ana Ruiz, city council, May 3").
 */
import type { TokenCue } from './cues.js';
import type { SentenceView } from './sentence.js';
import { classify, isOutletOrWire } from './speaker.js';
import { outletAfter } from './speaker-phrases.js';
import { signOffCredit } from './sign-offs.js';
import { SENTENCE_ENDS } from './tokens.js';

const HEADLINE_SEPARATORS = new Set([':', '-', '\u2014', '\u2013', '|']);
const DASHES = new Set(['-', '\u2014', '\u2013']);

export function creditCues(view: SentenceView): TokenCue[] {
  const cues: TokenCue[] = [];
  const headline = headlineReport(view);
  if (headline >= 0) cues.push({ kind: 'relayed', from: headline, to: headline });
  const credit = outletCredit(view);
  if (credit >= 0) cues.push({ kind: 'relayed', from: credit, to: view.to - 1 });
  const post = postSignature(view);
  if (post) cues.push(post);
  const signOff = signOffCredit(view);
  if (signOff) cues.push(signOff);
  return cues;
}

const INDEFINITE = new Set(['a', 'an']);

/** Longest outlet name in a credit. */
const CREDIT = 5;

/** "Layoffs at Ohio plant (Bloomberg)", "Envoy spoke of campaign - Post": an outlet credited at the end. */
function outletCredit(view: SentenceView): number {
  const { tokens } = view;
  let last = view.to - 1;
  if (tokens[last]?.text === '.') last--;
  const parenthesis = tokens[last]?.text === ')';
  if (parenthesis) last--;
  let open = last;
  while (open > view.from && last - open < CREDIT && tokens[open]!.word) open--;
  const mark = tokens[open]?.text ?? '';
  if (open <= view.from || open === last || !(parenthesis ? mark === '(' : HEADLINE_SEPARATORS.has(mark))) return -1;
  // "Inside Politics — a weekly podcast": an article makes it a description of the title, not a credit.
  if (INDEFINITE.has(tokens[open + 1]!.text)) return -1;
  const outlet = outletAfter(view, open + 1);
  return outlet && outlet.to === last ? open : -1;
}

/** Longest date after an embedded post's handle ("July 22, 2017") and longest name before it. */
const POST_DATE = 4;
const POST_NAME = 6;

/**
 * "... must stop! — Jane Roe (@janeroe) July 22, 2017": the signature of an embedded social-media
 * post. The post is its author's own words (on the record), or an outlet's (relayed).
 */
function postSignature(view: SentenceView): TokenCue | null {
  const { tokens } = view;
  let k = view.to - 1;
  while (k > view.from && view.to - 1 - k < POST_DATE && tokens[k]!.text !== ')') k--;
  if (tokens[k]?.text !== ')' || !tokens[k - 1]?.word || tokens[k - 2]?.text !== '@' || tokens[k - 3]?.text !== '(') return null;
  const close = k;
  const nameTo = k - 4;
  let nameFrom = nameTo;
  while (nameFrom > view.from && nameTo - nameFrom < POST_NAME && tokens[nameFrom - 1]!.word) nameFrom--;
  if (nameFrom > nameTo || !tokens[nameFrom]!.cap || !DASHES.has(tokens[nameFrom - 1]?.text ?? '')) return null;
  const author = classify(view, nameFrom, nameTo).cls;
  const kind = isOutletOrWire(author) ? 'relayed' : author === 'named' ? 'on-record' : null;
  return kind ? { kind, from: nameFrom - 1, to: close } : null;
}

/** Besides a sentence's end, what may end the statement a credit follows: a closing quote mark (even one not paired). */
const QUOTE_MARKS = new Set(["'", '"', '\u2019', '\u201d']);

/**
 * "'We never met him.' — Ana Ruiz, city council, May 3", "The plant is safe. — State health
 * department, June 1": a fact-check's or a pull quote's statement, credited after a dash that
 * follows its end. Only the credit's first phrase (before any comma) names who said it; a
 * named party is on the record, an outlet relayed, and the cue spans the dash to that phrase.
 */
export function statementCredit(view: SentenceView): TokenCue | null {
  const { tokens } = view;
  for (let k = view.from + 2; k < view.to - 1; k++) {
    const before = tokens[k - 1]!;
    const dash = tokens[k]!;
    // A spaced dash: "U.S.-Russia" joins words. (A word is never a dash: most tokens need no set lookup.)
    if (dash.word || !DASHES.has(dash.text) || dash.quoted || dash.start === before.end || !(SENTENCE_ENDS.has(before.text) || before.quote === 'close' || QUOTE_MARKS.has(before.text))) continue;
    let end = k + 1;
    while (end + 1 < view.to && tokens[end + 1]!.text !== ',' && !SENTENCE_ENDS.has(tokens[end + 1]!.text)) end++;
    const cls = classify(view, k + 1, end).cls;
    if (cls === 'named') return { kind: 'on-record', from: k, to: end };
    if (isOutletOrWire(cls)) return { kind: 'relayed', from: k, to: end };
    return null;
  }
  return null;
}

/** How far into a sentence the colon after "from the Post" may stand, and how far "from" before it. */
const COLON_REACH = 14;
const FROM_REACH = 6;

/**
 * "The latest bombshell from the Washington Post: the envoy told Moscow ...": what follows the
 * colon comes from the outlet. The relayed cue ("from the Washington Post"), or null.
 */
export function outletBeforeColon(view: SentenceView): TokenCue | null {
  const { tokens } = view;
  for (let colon = view.from + 2; colon < view.to - 1 && colon - view.from <= COLON_REACH; colon++) {
    if (tokens[colon]!.text !== ':' || tokens[colon]!.quoted) continue;
    for (let from = colon - 2; from > view.from && colon - from <= FROM_REACH; from--) {
      if (tokens[from]!.text !== 'from') continue;
      const outlet = outletAfter(view, from + 1);
      return outlet && outlet.to === colon - 1 ? { kind: 'relayed', from, to: colon - 1 } : null;
    }
    return null;
  }
  return null;
}

/** A headline ending in ": Report" or "- report" rests on another outlet's report. */
function headlineReport(view: SentenceView): number {
  let last = view.to - 1;
  while (last > view.from && !view.tokens[last]!.word) last--;
  const token = view.tokens[last]!;
  if (token.quoted || (token.text !== 'report' && token.text !== 'reports')) return -1;
  const before = view.tokens[last - 1];
  return before && HEADLINE_SEPARATORS.has(before.text) ? last : -1;
}
