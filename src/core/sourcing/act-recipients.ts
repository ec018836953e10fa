/**
 * Who heard an act: the outlet a speaker talked to ("told the Gazette", "described the talks to the
 * Post"), the outlet that cites ("the paper is citing officials"), or a private circle ("told his
 * colleagues") whose account reaches print only second hand.
 */
import type { Token } from './tokens.js';
import { words } from './lexicon.js';
import { hitAt, hitEndingAt, hitWithin, type CueHit, type SentenceView } from './sentence.js';
import { classify, type Speaker } from './speaker.js';
import type { CueCategory } from './cue-table.js';
import { groupContactClause } from './contacted-groups.js';
import { isSkippable, outletAfter, phraseStartingBefore } from './speaker-phrases.js';

/** Token range [from, to) of the outlet a speaker talked to ("told the Gazette"). */
export interface Recipient {
  from: number;
  to: number;
  wire: boolean;
}

/** The outlet named at token `start` ("the Gazette", "Reuters"), or null. */
export function outletAt(view: SentenceView, start: number): Recipient | null {
  const named = hitAt(view, 'recipientOutlet', start);
  if (named) return { from: start, to: named.to, wire: false };
  const outlet = outletAfter(view, start);
  return outlet ? { from: start, to: outlet.to + 1, wire: outlet.cls === 'wire' } : null;
}

/**
 * "officials the Post spoke with said", "according to people whom the paper had interviewed": the
 * outlet that reached an unnamed speaker, or null ("an official the FBI interviewed" came through no outlet).
 */
export function contactingOutlet(view: SentenceView, speaker: Speaker): Recipient | null {
  if (speaker.cls !== 'anonymous') return null;
  const clause = groupContactClause(view, speaker.from, speaker.to);
  if (!clause) return null;
  const outlet = outletAt(view, clause.party);
  // The outlet must be the whole party: only an auxiliary may stand between it and the verb.
  return outlet && !outlet.wire && outlet.to >= clause.verb - 1 && outlet.to <= clause.verb ? outlet : null;
}

/** How far before "citing" its outlet may end ("the paper is citing", "The Post, which cited"). */
const CITING_REACH = 4;

/** "the paper is citing officials", "The Post, citing officials, said": the outlet that cites, before the verb. */
export function citingOutlet(view: SentenceView, hit: CueHit): Recipient | null {
  let k = hit.from - 1;
  const skipped = (token: Token) => token.text === ',' || token.text === 'which' || isSkippable(token) || words.passiveMarkers.has(token.text);
  while (k >= view.from && hit.from - k <= CITING_REACH && skipped(view.tokens[k]!)) k--;
  if (k < view.from || !view.tokens[k]!.word) return null;
  const start = phraseStartingBefore(view, k);
  if (start > k) return null;
  const outlet = outletAt(view, start);
  if (outlet && outlet.to === k + 1) return outlet;
  // "The Post's account rests on", "The report relies on": the outlet's reporting cites.
  const cls = classify(view, start, k).cls;
  return cls === 'outlet' || cls === 'report' ? { from: start, to: k + 1, wire: false } : null;
}

/** Longest object between a speech verb and "to" + outlet ("described the intercepted material to the Post"). */
const OBJECT_BEFORE_OUTLET = 5;

/** "described the talks to the Post": the outlet after a short object, or null. */
export function outletAfterObject(view: SentenceView, start: number): Recipient | null {
  const { tokens } = view;
  for (let k = start + 1; k < view.to && k - start <= OBJECT_BEFORE_OUTLET; k++) {
    const token = tokens[k]!;
    if (!token.word || token.quoted || words.breakers.has(token.text)) return null;
    if (token.text === 'to') return outletAt(view, k + 1);
  }
  return null;
}

/** Adjectives that may stand between a possessive and a private recipient ("his political masters"). */
const RECIPIENT_MODIFIERS = 2;

/** "his superiors", "his political masters", "colleagues": people spoken to in private, from token `start`. */
export function privateRecipientAt(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  let k = words.possessive.has(tokens[start]?.text ?? '') ? start + 1 : start;
  for (let skipped = 0; k < view.to; k++, skipped++) {
    if (hitAt(view, 'privateRecipient', k)) return true;
    const token = tokens[k]!;
    if (k === start || skipped >= RECIPIENT_MODIFIERS || !token.word || token.cap || words.breakers.has(token.text) || words.prepositions.has(token.text)) return false;
  }
  return false;
}

/** How far before a speaker "in" may open the dispatch he speaks in ("In those reports back to his bosses,"). */
const DISPATCH_REACH = 8;
/** Words that point back to dispatches named before ("in those accounts", "in them", "in which"). */
const POINTERS: ReadonlySet<string> = new Set(['those', 'these']);

/**
 * "In those accounts, the envoy described ...", "intercepted his cables, in which he said ...":
 * words said inside a private dispatch that was intercepted, or one pointed back to, reach print
 * only second hand (not "his testimony, in which he said", "In a letter, she wrote").
 */
export function insideDispatch(view: SentenceView, speakerFrom: number): boolean {
  const { tokens } = view;
  let k = speakerFrom - 1;
  if (tokens[k]?.text === ',') k--;
  if (tokens[k - 1]?.text === 'in' && (tokens[k]?.text === 'which' || tokens[k]?.text === 'them')) return interceptNearest(view, k - 2);
  for (let open = k; open >= view.from && k - open < DISPATCH_REACH; open--) {
    if (tokens[open]!.text.toLowerCase() !== 'in') continue;
    const noun = tokens[open + 1] && POINTERS.has(tokens[open + 1]!.text) ? open + 2 : open + 1;
    for (let n = noun; n <= k; n++) {
      if (!words.dispatchNouns.has(tokens[n]!.text)) continue;
      return noun === open + 2 || interceptWithin(view, open, k) || privateRecipientAt(view, n + 2) || privateRecipientAt(view, n + 3);
    }
    return false;
  }
  return false;
}

/** An intercept word within tokens [from, to] ("the intercepted accounts", "secretly captured messages"). */
function interceptWithin(view: SentenceView, from: number, to: number): boolean {
  return hitWithin(view, 'interceptWeak', from, to) !== undefined || hitWithin(view, 'interceptStrong', from, to) !== undefined;
}

/** Hits that name what "in which" may point back to: an intercept, or a statement or paper of someone's own. */
const ANTECEDENTS: readonly CueCategory[] = ['interceptWeak', 'interceptStrong', 'speechNoun', 'statementNoun', 'reportNoun', 'docNoun'];

/**
 * "intercepted his reports to Moscow, in which": the nearest of these before token `before` is an
 * intercept (not "dismisses the intercept, and a look at his interview, in which he said").
 */
function interceptNearest(view: SentenceView, before: number): boolean {
  for (let k = before - 1; k >= view.from; k--) {
    const text = view.tokens[k]!.text;
    if (words.dispatchNouns.has(text)) continue; // "intercepted his reports to Moscow, and in them"
    if (words.speakingContexts.has(text)) return false; // "an interview, in which"
    for (const category of ANTECEDENTS) if (hitEndingAt(view, category, k)) return category.startsWith('intercept');
  }
  return false;
}

/** The last token of an outlet that owns the phrase [from, to] ("the Post's", "the paper's"), or -1. */
export function outletOwner(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const token = view.tokens[k]!;
    const owns = token.poss || view.tokens[k + 1]?.text === "'";
    if (!owns) continue;
    const cls = classify(view, from, k).cls;
    if (cls === 'outlet' || cls === 'wire' || hitEndingAt(view, 'recipientOutlet', k, from)) return k;
  }
  return -1;
}
