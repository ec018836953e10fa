/**
 * A passive hedge with adverbs inside it: "the envoy is also said to have met her", "officials are
 * widely reported to be weighing it". The bare forms ("is said to") are relay phrases in the
 * lexicon; adverbs may stand between the copula and the participle in any number, so they are
 * read here rather than listed phrase by phrase.
 */
import { BE_FORMS } from './auxiliaries.js';
import { isDeterminer, isSkippable } from './speaker-phrases.js';
import { isNegator } from './tokens.js';
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/**
 * Participles whose passive with "to" and a verb hedges a claim as reported ("is said to", "are
 * reported to"). "reported to" is as often reporting to someone ("was also reported to police",
 * "reported to headquarters"), so it hedges only before "be" or "have".
 */
const HEDGING_PARTICIPLES = new Set(['said', 'reported']);
/** The participle that hedges only before "be" or "have". */
const AUXILIARY_ONLY = 'reported';

/**
 * The token where the hedge starts (its copula) when the speech verb `hit` is such a participle
 * after a copula and at least one adverb, and before "to" and a verb; -1 otherwise. "is not said
 * to" hedges nothing.
 */
export function hedgedPassiveStart(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  if (hit.to !== hit.from + 1 || !HEDGING_PARTICIPLES.has(tokens[hit.from]!.text) || tokens[hit.to]?.text !== 'to' || !bareVerbAt(view, hit.to + 1, tokens[hit.from]!.text === AUXILIARY_ONLY)) return -1;
  let k = hit.from - 1;
  while (k >= view.from && isSkippable(tokens[k]!) && !isNegator(tokens[k]!) && !BE_FORMS.has(tokens[k]!.text)) k--;
  return k < hit.from - 1 && k >= view.from && BE_FORMS.has(tokens[k]!.text) ? k : -1;
}

/** A verb's bare form after "to": "be", "have", or (unless `auxiliaryOnly`) a lower-case word that is no determiner, pronoun or plural noun ("to reporters"). */
function bareVerbAt(view: SentenceView, k: number, auxiliaryOnly: boolean): boolean {
  const token = view.tokens[k];
  if (k >= view.to || !token?.word || token.cap || token.quoted) return false;
  if (token.text === 'be' || token.text === 'have') return true;
  return !auxiliaryOnly && !token.plural && !token.ed && !isDeterminer(token.text) && !words.pronouns.has(token.text);
}
