/**
 * Words a named speaker says inside a private dispatch reach print only second hand: one that was
 * intercepted ("In the intercepted accounts, the envoy described ..."), one sent to a private
 * recipient ("In those reports back to his bosses, he describes ...") or one the sentence points
 * back to after naming its interception ("intercepted his cables to Moscow, in which he said ...").
 * A dispatch made public ("In leaked emails to his aides", "In those cables, since published by
 * WikiLeaks") or sent to the public ("In those emails to reporters") keeps the record.
 */
import { words } from './lexicon.js';
import { hitEndingAt, type SentenceView } from './sentence.js';
import { privateRecipientAt } from './act-recipients.js';

/** How far before a speaker "in" may open the dispatch he speaks in ("In those reports back to his bosses,"). */
const OPENING_REACH = 8;
/** How long an aside between a dispatch and its speaker may be (", sent to Moscow in March,"). */
const ASIDE_REACH = 6;
/** Words between an intercept verb and the dispatch it governs ("intercepted the envoy's own cables"). */
const GOVERNED_REACH = 4;
/** How far back "in which" and "in them" look for their dispatch within the clause before. */
const ANTECEDENT_REACH = 12;
/** Words that join "in which" or "in them" to the clause naming the dispatch (", and that in them he said"). */
const JOINERS = new Set([',', 'and', 'that']);

/** Whether the speaker starting at token `speakerFrom` speaks inside a private dispatch. */
export function insideDispatch(view: SentenceView, speakerFrom: number): boolean {
  const { tokens } = view;
  let end = speakerFrom - 1;
  if (tokens[end]?.text === ',') end--;
  const pointer = tokens[end]?.text;
  if (tokens[end - 1]?.text === 'in' && (pointer === 'which' || pointer === 'them')) return interceptedBefore(view, end - 2);
  const phraseEnd = end;
  end = beforeAside(view, end);
  for (let open = end; open >= view.from && end - open < OPENING_REACH; open--) {
    if (tokens[open]!.text.toLowerCase() !== 'in') continue;
    // "and in those messages he said": a definite dispatch may point back like "in them".
    const pointsBack = words.definite.has(tokens[open + 1]?.text ?? '') && open + 2 === end && words.collectedCommunications.has(tokens[end]!.text);
    return privateInPhrase(view, open, end, phraseEnd) || (pointsBack && interceptedBefore(view, open - 1));
  }
  return false;
}

/**
 * "In the intercepted accounts", "In those reports back to his bosses": the in-phrase from token
 * `open` names a dispatch (by token `end`) that was intercepted or went to a private recipient,
 * and nothing up to `phraseEnd` makes it open (published, leaked, a recording).
 */
function privateInPhrase(view: SentenceView, open: number, end: number, phraseEnd: number): boolean {
  const { tokens } = view;
  let noun = open + 1;
  while (noun <= end && !words.collectedCommunications.has(tokens[noun]!.text)) noun++;
  if (noun > end) return false;
  // "leaked emails", "cables, since published": read first hand; "her recorded messages": a recording.
  for (let k = open + 1; k <= phraseEnd; k++) if (words.openDispatches.has(tokens[k]!.text)) return false;
  for (let k = open + 1; k <= noun; k++) if (hitEndingAt(view, 'interceptWeak', k) || hitEndingAt(view, 'interceptStrong', k)) return true;
  return sentPrivately(view, noun);
}

/** "reports home", "accounts back to his superiors", "cables to Moscow": the dispatch at `noun` went to a private recipient. */
function sentPrivately(view: SentenceView, noun: number): boolean {
  const { tokens } = view;
  let k = noun + 1;
  if (words.recipientAdverbs.has(tokens[k]?.text ?? '')) return true;
  if (tokens[k]?.text === 'back') k++;
  return tokens[k]?.text === 'to' && privateRecipientAt(view, k + 1);
}

/**
 * "intercepted his reports to Moscow, in which", "picked up messages he sent home, and in them":
 * the clause ending at token `end` names a dispatch an intercept word governs. The walk stops at
 * the clause's start (not "Monitors recorded 40 deaths, and the general issued reports, in which").
 */
function interceptedBefore(view: SentenceView, end: number): boolean {
  const { tokens } = view;
  let k = end;
  while (k >= view.from && JOINERS.has(tokens[k]!.text)) k--;
  for (const last = k; k >= view.from && last - k < ANTECEDENT_REACH; k--) {
    const token = tokens[k]!;
    if (!token.word || words.breakers.has(token.text)) return false;
    if (words.collectedCommunications.has(token.text) && interceptGoverns(view, k)) return true;
  }
  return false;
}

/** "intercepted his cables", "eavesdropped on Kislyak's reports", "intercepted communications": an intercept word governs the dispatch at `noun`. */
function interceptGoverns(view: SentenceView, noun: number): boolean {
  const { tokens } = view;
  if (hitEndingAt(view, 'interceptStrong', noun)) return true;
  for (let k = noun - 1; k >= view.from && noun - k <= GOVERNED_REACH; k--) {
    if (hitEndingAt(view, 'interceptWeak', k) || hitEndingAt(view, 'interceptStrong', k)) return true;
    const token = tokens[k]!;
    const modifier = token.text === "'" || (token.word && !words.breakers.has(token.text) && (token.text === 'on' || !words.prepositions.has(token.text)));
    if (!modifier) return false;
  }
  return false;
}

/** "the intercepted reports, sent in March,": the last token before a participle aside that ends at `end`, or `end`. */
function beforeAside(view: SentenceView, end: number): number {
  const { tokens } = view;
  for (let comma = end - 1; comma > view.from && end - comma < ASIDE_REACH; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    const first = tokens[comma + 1]!;
    return (first.ed && !first.cap) || words.pastParticiples.has(first.text) ? comma - 1 : end;
  }
  return end;
}
