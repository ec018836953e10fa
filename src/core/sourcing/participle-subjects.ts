/**
 * "The mayor has spent the summer insisting ...", "went on calling it a hoax": a participle or a
 * denying verb in -ing that the sentence's subject does, when nothing before it names a speaker.
 */
import { BE_FORMS } from './auxiliaries.js';
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';
import { isSkippable } from './speaker-phrases.js';
import { continuesOn } from './verb-frames.js';

/** Whether the sentence's subject does the -ing verb `verb`; `i` is the token before it and its adverbs. */
export function subjectsParticiple(view: SentenceView, verb: CueHit, i: number): boolean {
  return isParticiple(view, verb) && !nominal(view, verb, i);
}

/**
 * Whether a participle is a noun or an adjective rather than the subject's act: after a preposition
 * ("known for accurately describing" names a habit; but "responded by insisting" and "went on
 * calling" tell how the subject acted), or after a copula and closing its clause ("the omission is
 * telling."). `i` is the token before the participle and its adverbs.
 */
function nominal(view: SentenceView, verb: CueHit, i: number): boolean {
  if (BE_FORMS.has(view.tokens[verb.from - 1]?.text ?? '') && view.tokens[verb.to]?.word !== true) return true;
  const left = i >= view.from ? view.tokens[i]! : undefined;
  return left !== undefined && ((words.prepositions.has(left.text) && left.text !== 'by' && !continuesOn(view, i)) || isSkippable(left));
}

/** A speech participle, or a denying or judging verb in -ing ("has spent the year disputing the report", "calling it a hoax"). */
function isParticiple(view: SentenceView, verb: CueHit): boolean {
  const judging = verb.category === 'denialVerb' || verb.category === 'objectVerb';
  return verb.category === 'participle' || (judging && view.tokens[verb.from]!.text.endsWith('ing'));
}
