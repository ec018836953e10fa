/**
 * Speakers named after their verb, the attributions that frame a whole sentence from behind:
 * "..., said Justice Department spokeswoman Flores" (inverted) and "..., Flores added." (closing).
 * Pure tests on token positions, apart from the speaker tracker's state (denier.ts), which calls
 * them once a sentence has its first speech or denial verb.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrase-lookup.js';

/** How far after a speech verb its inverted speaker may start ("said Justice Department spokeswoman"). */
const INVERTED_REACH = 2;

/**
 * The actor named right after the speech verb at hit h when a comma or a quote precedes the
 * verb, else -1. `last`: only a speaker closing the sentence ("..., said Flores."), not what is
 * said ("..., saying Sessions ..."). `end`: the token after the sentence.
 */
export function invertedSpeaker(tokens: Tokens, hits: PhraseHits, h: number, isActor: (feature: number) => boolean, end: number, last = false): number {
  const before = tokens.ids[hits.first[h]! - 1];
  if (before !== BREAK && before !== QUOTE) return -1;
  for (let k = h + 1; k < hits.count && hits.first[k]! <= hits.last[h]! + INVERTED_REACH; k++) {
    if (!isActor(hits.feature[k]!)) continue;
    return !last || endsClause(tokens, hits.last[k]! + 1, end) ? hits.feature[k]! : -1;
  }
  return -1;
}

/**
 * The verb at hit h ends the sentence and the actor named last before it, starting at token
 * `actorAt`, follows a comma or a quote ("..., Flores added.").
 */
export function closesSentence(tokens: Tokens, hits: PhraseHits, h: number, actorAt: number, end: number): boolean {
  if (!endsClause(tokens, hits.last[h]! + 1, end)) return false;
  const before = tokens.ids[actorAt - 1];
  return before === BREAK || before === QUOTE;
}

/** Token `at` ends the sentence (whose tokens stop before `end`) or its clause. */
function endsClause(tokens: Tokens, at: number, end: number): boolean {
  return at >= end || tokens.ids[at] === BREAK;
}
