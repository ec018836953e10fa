/**
 * Whether a denial verb in a sentence someone else speaks is the claim's speaker's own: "Flores
 * said Sessions stood by his testimony that he never ...", "Flores said Sessions, however, has
 * denied ...", "Flores said Jeff Sessions, the attorney general, had repeatedly and firmly denied
 * ...": she relays his denial. The speaker's name nearest before the verb must be its subject: only
 * an aside between commas and auxiliaries or adverbs stand between them. A denial verb further on
 * ("said Sessions never discussed it and dismissed the report", "Sessions met Kislyak, and Flores
 * denied ...") or past a quotation mark is someone else's.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { CompiledIndex } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import { bridging, wordAt } from './verb-forms.js';

/** Most words of an aside between a subject and its verb ("Sessions, the attorney general, denied"). */
const ASIDE_REACH = 6;
/** Most auxiliaries and adverbs between a subject and its verb ("had repeatedly and firmly denied"). */
const MODIFIER_REACH = 4;
/** Words that make the name after them an object, not a subject ("critics of Sessions rejected"). */
const PREPOSITIONS = new Set(['of', 'for', 'about', 'to', 'with', 'by', 'from', 'on', 'against', 'at']);

export function relaysSpeakersDenial(sentence: SentenceMatcher, speakers: readonly number[]): boolean {
  const { denialTokens, reading: { tokens, text } } = sentence;
  for (const verb of denialTokens) {
    const mention = nearestMentionBefore(sentence, speakers, verb);
    if (mention >= 0 && subjectOf(text, tokens, sentence.hits.first[mention]!, sentence.hits.last[mention]!, verb)) return true;
  }
  return false;
}

/** The hit of the speaker's name nearest before token `verb`, or -1. */
export function nearestMentionBefore(sentence: SentenceMatcher, speakers: readonly number[], verb: number): number {
  const { hits, index } = sentence;
  let nearest = -1;
  for (let h = 0; h < hits.count && hits.first[h]! < verb; h++) {
    const feature = hits.feature[h]!;
    if (speakerNamed(index, speakers, feature) >= 0 && hits.last[h]! < verb) nearest = h;
  }
  return nearest;
}

/** The one of `speakers` that `feature` names (the speaker or one of its aliases), or -1. */
export function speakerNamed(index: CompiledIndex, speakers: readonly number[], feature: number): number {
  for (const speaker of speakers) if (speaker === feature || index.aliases[speaker]?.includes(feature)) return speaker;
  return -1;
}

/** Whether the name on tokens [first, last] is the subject of the verb at token `verb`. */
export function subjectOf(text: string, tokens: Tokens, first: number, last: number, verb: number): boolean {
  if (first > 0 && PREPOSITIONS.has(wordAt(text, tokens, first - 1))) return false;
  let k = last + 1;
  // The name is itself the aside ("Jeff Sessions, the attorney general, denied"): its closing comma.
  const opener = first - 1 >= 0 && wordAt(text, tokens, first - 1) === 'the' ? first - 2 : first - 1;
  if (tokens.ids[k] === BREAK && opener >= 0 && tokens.ids[opener] === BREAK) k++;
  else if (tokens.ids[k] === BREAK) {
    // An aside: "Sessions, however, has denied", "Jeff Sessions, the attorney general, denied".
    let close = k + 1;
    while (close < verb && close - k <= ASIDE_REACH && tokens.ids[close] !== BREAK) {
      if (tokens.ids[close] === QUOTE) return false;
      close++;
    }
    if (close >= verb || tokens.ids[close] !== BREAK) return false;
    k = close + 1;
  }
  if (verb - k > MODIFIER_REACH) return false;
  for (; k < verb; k++) {
    const word = wordAt(text, tokens, k);
    if (word !== 'and' && !bridging(word)) return false;
  }
  return true;
}
