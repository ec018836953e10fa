/**
 * Where a speaker stands around its speech or denial verb, read from token positions. After it:
 * "..., said Justice Department spokeswoman Flores" (inverted) and "..., Flores added." (closing),
 * attributions that frame a whole sentence from behind. Set off by commas: the sentence's
 * subject before an apposition ("Flores, a spokeswoman, said": Flores) and a name in one right
 * before the verb ("A spokeswoman, Flores, said": Flores, not the "Sessions" that "said" is
 * followed by). Pure tests, apart from the speaker tracker's state (denier.ts), which keeps the
 * positions and calls them at a sentence's speech and denial verbs.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { ClauseWords } from './clause-words.js';
import type { PhraseHits } from './phrase-lookup.js';

/** How far after a speech verb its inverted speaker may start ("said Justice Department spokeswoman"). */
const INVERTED_REACH = 2;

/**
 * The hit of the actor named right after the speech verb at hit h when a comma or a quote
 * precedes the verb ("..., said Justice Department spokeswoman Flores"), else -1.
 */
export function invertedSpeakerHit(tokens: Tokens, hits: PhraseHits, h: number, isActor: (feature: number) => boolean): number {
  const before = tokens.ids[hits.first[h]! - 1];
  if (before !== BREAK && before !== QUOTE) return -1;
  return followingActorHit(hits, h, isActor);
}

/** The hit of the actor named right after the verb at hit h ("according to Flores"), else -1. */
export function followingActorHit(hits: PhraseHits, h: number, isActor: (feature: number) => boolean): number {
  for (let k = h + 1; k < hits.count && hits.first[k]! <= hits.last[h]! + INVERTED_REACH; k++) if (isActor(hits.feature[k]!)) return k;
  return -1;
}

/**
 * The actor at hit k closes the sentence, whose tokens stop before `end`, or its clause: a
 * speaker ("..., said Flores."), not what is said ("..., saying Sessions ...").
 */
export function closesAfter(tokens: Tokens, hits: PhraseHits, k: number, end: number): boolean {
  return endsClause(tokens, hits.last[k]! + 1, end);
}

/**
 * The verb at hit h ends the sentence and the actor named last before it, starting at token
 * `actorAt`, follows a comma or a quote ("..., Flores added."), an article between them
 * ("..., a department spokeswoman said.").
 */
export function closesSentence(tokens: Tokens, words: ClauseWords, hits: PhraseHits, h: number, actorAt: number, end: number): boolean {
  if (!endsClause(tokens, hits.last[h]! + 1, end)) return false;
  const before = tokens.ids[words.isDeterminer(tokens.ids[actorAt - 1]!) ? actorAt - 2 : actorAt - 1];
  return before === BREAK || before === QUOTE;
}

/** Token `at` ends the sentence (whose tokens stop before `end`) or its clause. */
function endsClause(tokens: Tokens, at: number, end: number): boolean {
  return at >= end || tokens.ids[at] === BREAK;
}

/** Words a sentence's subject may follow ("Mr", "Sen."), and words between an apposition and its verb ("has long"). */
const SUBJECT_REACH = 2;
export const VERB_REACH = 4;

/**
 * The first actor of the sentence starting at token `from`, on tokens [at, last], is its subject
 * and a comma follows it, opening a possible apposition. The subject opens the sentence ("Mr
 * Sessions, ...") or follows an opening phrase ("On Friday, Sessions, ..."); a name inside that
 * phrase ("After meeting Sessions, ...") is not it, nor one speaking through someone
 * ("Sessions, through a spokeswoman, ...").
 */
export function headsApposition(tokens: Tokens, words: ClauseWords, from: number, at: number, last: number): boolean {
  const opening = at - from <= SUBJECT_REACH && !words.isIntro(tokens.ids[from]!);
  return (opening || tokens.ids[at - 1] === BREAK) && tokens.ids[last + 1] === BREAK && !words.isChannel(tokens.ids[last + 2]!);
}

/**
 * The apposition after a subject ending at token `headLast` closes with a comma shortly before
 * the verb at token `at`, and nobody is named after that comma: the last name or pronoun starts
 * at `namedAt`. A quotation in between ends the subject's reach.
 */
export function reachesAcrossApposition(tokens: Tokens, at: number, headLast: number, namedAt: number): boolean {
  for (let k = at - 1; k > headLast + 1 && k >= at - 1 - VERB_REACH; k--) {
    const id = tokens.ids[k];
    if (id === QUOTE) return false;
    if (id === BREAK) return namedAt < k;
  }
  return false;
}

/** A name on tokens [actorAt, actorLast] stands between commas (", Flores,") and the second comma comes right before the verb at token `at`. */
export function appositiveBeforeVerb(tokens: Tokens, at: number, actorAt: number, actorLast: number): boolean {
  return actorLast === at - 2 && tokens.ids[at - 1] === BREAK && tokens.ids[actorAt - 1] === BREAK;
}
