/**
 * Whose memory a forgetting is. A wording about memory ("Sessions did not recall a conversation
 * with Kislyak") states what the claim's own person forgets; in "his former deputy said she does
 * not recall a conversation with Sessions" or "I believe him, because I don't remember one
 * either" someone else forgets. The rememberer is the pronoun right before the negation and its
 * auxiliaries ("she does not", "I don't", "he could not"); a name there, or no pronoun, is left to
 * the claim's other tests.
 */
import { BREAK, QUOTE } from '../text/tokenize.js';
import type { CompiledClaim } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import { wordAt } from './verb-forms.js';

/** Words between a rememberer and its memory word: the negation and the auxiliaries it leans on. */
const NEGATED_AUXILIARY = new Set([
  'not', "n't", "didn't", "don't", "doesn't", "can't", "couldn't", 'never', 'no', 'cannot', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'has', 'have', 'had', 'is', 'was', 'may', 'might', 'simply', 'still',
]);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
/** The words of a speaker's own quoted voice: inside quotation marks they are the quoted person's. */
const OWN_VOICE = new Set(['i', 'we']);

/** Whether the memory word at token `memory` is forgotten by a pronoun that is not the claim's person. */
export function forgottenByAnother(sentence: SentenceMatcher, claim: CompiledClaim, memory: number): boolean {
  const people = claim.subjects.length ? claim.subjects : claim.voices;
  if (people.length === 0) return false;
  const { tokens, text } = sentence.reading;
  for (let at = memory - 1; at >= sentence.reading.from && tokens.ids[at] !== BREAK && tokens.ids[at] !== QUOTE; at--) {
    const word = wordAt(text, tokens, at);
    if (NEGATED_AUXILIARY.has(word)) continue;
    if (!PRONOUNS.has(word)) return false;
    if (OWN_VOICE.has(word) && sentence.polarity.quoted(at)) return false;
    return !people.some((person) => sentence.index.table.features[person]!.pronoun === word);
  }
  return false;
}
