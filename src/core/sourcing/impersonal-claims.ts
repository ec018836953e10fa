/**
 * Impersonal claims ("it is understood that", "it is learnt that", "we hear"): someone unnamed
 * says so, unless the closing "that" points at a manner or a time ("it is learnt that way", "it
 * was learned that afternoon"), when no claim follows at all, or a hearing verb takes a topic or
 * a named source instead of what was heard ("we hear about it", "we have heard from the mayor").
 */
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/** The verbs of the hearing phrases ("we hear", "I'm hearing", "we've heard"). */
const HEARING = new Set(['hear', 'hearing', 'heard']);
/** Words after a hearing verb that make it hear of something or from someone, not hear that something is so. */
const HEARD_OF = new Set(['about', 'of', 'from', 'nothing', 'little', 'much', 'it', 'him', 'her', 'them', 'you', 'us', 'me', 'this', 'these', 'those', 'no']);

/** Whether the impersonal phrase `hit` opens a claim. */
export function claimsImpersonally(view: SentenceView, hit: CueHit): boolean {
  const last = view.tokens[hit.to - 1]!.text;
  const next = view.tokens[hit.to];
  if (HEARING.has(last)) return !next || !HEARD_OF.has(next.text);
  if (last !== 'that' || !next) return true;
  // "that Monday's vote", "that May will resign": the claim's subject.
  if (next.poss || (next.cap && next.text === 'may')) return true;
  return next.text !== 'way' && !words.timeWords.has(next.text);
}
