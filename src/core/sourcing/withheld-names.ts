/**
 * Speakers who withhold their names in an aside or a phrase by their verb: "Officials in the
 * ministry, speaking on condition of anonymity, said", "The researchers, who asked not to be
 * named, said", "the lawyers said on condition of anonymity that". A description the story used
 * before ("the researchers", "the company's lawyers") names nobody once they ask not to be named.
 */
import { hitStartingIn, hitWithin, type CueHit, type SentenceView } from './sentence.js';
import type { Speaker } from './speaker.js';

/** Words that open an aside naming the claim's source rather than describing the subject. */
const CITING_OPENERS = new Set(['according', 'citing', 'quoting', 'per']);

/** How far back the aside before a verb may open ("..., speaking on condition of anonymity because ..., said"). */
const ASIDE_REACH = 16;

/** Words after a verb that open how it was said: "said on condition of anonymity", "spoke anonymously". */
const MANNER_OPENERS = new Set(['on', 'anonymously']);

/**
 * "Officials in the ministry, speaking on condition of anonymity, said New Delhi ...": an
 * anonymity aside that closes with the comma at `comma` belongs to the subject before it, so the
 * speaker comes before the verb, never after it.
 */
export function anonymityAsideBefore(view: SentenceView, comma: number): boolean {
  if (view.tokens[comma]?.text !== ',') return false;
  let open = comma - 1;
  while (open > view.from && comma - open < ASIDE_REACH && view.tokens[open]!.text !== ',') open--;
  if (open <= view.from || view.tokens[open]!.text !== ',') return false;
  // "..., according to a diplomat who declined to be named, said Interfax": the aside sources the claim, not the subject.
  if (CITING_OPENERS.has(view.tokens[open + 1]!.text)) return false;
  return hitWithin(view, 'anonMarker', open + 1, comma - 1) !== undefined;
}

/**
 * "said on condition of anonymity", "spoke on background", "who asked not to be named": an
 * anonymity marker that opens with the verb or right after it tells how the speaker spoke.
 */
function spokeAnonymously(view: SentenceView, verb: CueHit): boolean {
  if (hitStartingIn(view, 'anonMarker', verb.from, verb.from)) return true;
  return MANNER_OPENERS.has(view.tokens[verb.to]?.text ?? '') && hitStartingIn(view, 'anonMarker', verb.to, verb.to + 1) !== undefined;
}

/**
 * The speaker of `verb` (the subject before it): one named only by a description (its last word in
 * lower case, unlike "John Smith, who is close to the family") is anonymous when an aside before
 * the verb (`asideBefore`: anonymityAsideBefore at the last token before the verb) or the words by
 * it withhold the name.
 */
export function withholdsName(view: SentenceView, asideBefore: boolean, verb: CueHit, speaker: Speaker): Speaker {
  if (speaker.cls !== 'named' || view.tokens[speaker.to]?.cap) return speaker;
  return asideBefore || spokeAnonymously(view, verb) ? { ...speaker, cls: 'anonymous' } : speaker;
}
