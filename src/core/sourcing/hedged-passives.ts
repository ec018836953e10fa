/**
 * A passive hedge: "the envoy is said to have met her", "he is also said to favour it", "officials
 * are still widely reported to be weighing it". Hedging adverbs (a closed list) may stand between
 * the copula and the participle in any number, so the hedge is read here rather than listed
 * phrase by phrase. A manner adverb makes a plain passive ("was quietly said to calm the crowd").
 */
import { BE_FORMS } from './auxiliaries.js';
import { isDeterminer } from './speaker-phrases.js';
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/**
 * Participles whose passive with "to" and a verb hedges a claim as reported ("is said to", "are
 * reported to"). "reported to" is as often reporting to someone ("was reported to police",
 * "reported to headquarters"), so it hedges only before "be" or "have".
 */
const HEDGING_PARTICIPLES = new Set(['said', 'reported']);
/** The participle that hedges only before "be" or "have". */
const AUXILIARY_ONLY = 'reported';

/**
 * The token where the hedge starts (its copula) when the speech verb `hit` is such a participle
 * after a copula and hedging adverbs, and before "to" and a verb; -1 otherwise. "is not said to"
 * hedges nothing.
 */
export function hedgedPassiveStart(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  if (hit.to !== hit.from + 1 || !HEDGING_PARTICIPLES.has(tokens[hit.from]!.text) || tokens[hit.to]?.text !== 'to' || !bareVerbAt(view, hit.to + 1, tokens[hit.from]!.text === AUXILIARY_ONLY)) return -1;
  let k = hit.from - 1;
  while (k >= view.from && words.passiveHedgeAdverbs.has(tokens[k]!.text)) k--;
  return k >= view.from && BE_FORMS.has(tokens[k]!.text) ? k : -1;
}

/** After the one told, what it was told about ("said to staff about the cuts"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'regarding', 'concerning']);

/**
 * A verb's bare form after "to": "be", "have", or (unless `auxiliaryOnly`) a lower-case word that
 * is no determiner, pronoun or plural noun ("to reporters") and has a word after it that is no
 * topic: a noun after "to" is the one told ("said to staff about the cuts", "said to police.").
 */
function bareVerbAt(view: SentenceView, k: number, auxiliaryOnly: boolean): boolean {
  const token = view.tokens[k];
  if (k >= view.to || !token?.word || token.cap || token.quoted) return false;
  if (token.text === 'be' || token.text === 'have') return true;
  if (auxiliaryOnly || token.plural || token.ed || isDeterminer(token.text) || words.pronouns.has(token.text)) return false;
  const next = view.tokens[k + 1];
  return k + 1 < view.to && next!.word && !TOPIC_PREPOSITIONS.has(next!.text);
}
