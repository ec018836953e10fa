/**
 * Eavesdroppers who are misled or fed ("to mislead American eavesdroppers"): who is told, not a
 * source. Used by intercept-mentions.ts.
 */
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/** How many modifiers may stand between the verb or its "to" and the eavesdroppers ("to rival foreign eavesdroppers"). */
const MODIFIER_REACH = 3;
/** How many words a verb of misleading may stand before the eavesdroppers' "to" or "for" ("fed false leads to"). */
const MISLEADING_REACH = 5;

/**
 * "to mislead American eavesdroppers", "false information fed to eavesdroppers", "accounts
 * planted for eavesdroppers to find": eavesdroppers who are the object of a verb of deceiving or
 * handing over, or its "to"/"for", are who is misled or fed; not those near a clause otherwise
 * ("known to eavesdroppers that ...", "With eavesdroppers listening, ...", "according to").
 */
export function gathererAddressed(view: SentenceView, hit: CueHit): boolean {
  if (!view.tokens[hit.to - 1]!.agent) return false;
  let k = hit.from - 1;
  while (k > view.from && hit.from - k <= MODIFIER_REACH && view.tokens[k]!.word && !words.misleadingVerbs.has(view.tokens[k]!.text) && !RECIPIENT_MARKERS.has(view.tokens[k]!.text)) k--;
  const marker = view.tokens[k]?.text ?? '';
  if (words.misleadingVerbs.has(marker)) return true;
  if (!RECIPIENT_MARKERS.has(marker)) return false;
  for (let v = k - 1; v >= view.from && k - v <= MISLEADING_REACH && view.tokens[v]!.word; v--) if (words.misleadingVerbs.has(view.tokens[v]!.text)) return true;
  return false;
}

/** What hands the eavesdroppers what a verb of misleading gave ("fed ... to", "planted ... for"). */
const RECIPIENT_MARKERS: ReadonlySet<string> = new Set(['to', 'for']);
