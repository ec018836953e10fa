/**
 * Impersonal claims ("it is understood that", "it is learnt that"): someone unnamed says so,
 * unless the closing "that" points at a manner or a time ("it is learnt that way", "it was
 * learned that afternoon"), when no claim follows at all.
 */
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/** Whether the impersonal phrase `hit` opens a claim. */
export function claimsImpersonally(view: SentenceView, hit: CueHit): boolean {
  const next = view.tokens[hit.to];
  if (view.tokens[hit.to - 1]?.text !== 'that' || !next) return true;
  // "that Monday's vote", "that May will resign": the claim's subject.
  if (next.poss || (next.cap && next.text === 'may')) return true;
  return next.text !== 'way' && !words.timeWords.has(next.text);
}
