/**
 * Whether a clause with its own verb starts at a token: what tells "said nothing in the contract
 * barred the sale" (nothing in the contract barred it: what was said) from "said nothing in the
 * meeting", "we hear the mayor is leaving" from "we hear the same promises every year", and
 * "swore he never met the envoy" from "swore revenge".
 */
import { words } from './lexicon.js';
import { CLAUSE_OPENING_PRONOUNS, RELATIVE_PRONOUNS } from './pronouns.js';
import { isDeterminer } from './speaker-phrases.js';
import type { SentenceView } from './sentence.js';
import { isFiniteVerb, isPastForm } from './verb-frames.js';

/** How many words a clause's subject may take before its verb ("the new place on Main Street is good"). */
const VERB_REACH = 8;

/**
 * An auxiliary, a modal or a past tense within reach of token `from`, before any punctuation or
 * clause break (a relative clause set off by commas is passed over): the verb of a clause whose
 * subject starts at `from`. A past form right after a determiner or a possessive is an adjective
 * ("the revised contract", "the left lane"), not the verb.
 */
export function finiteClauseAt(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  let subject = 0;
  for (let k = from; k < view.to && subject < VERB_REACH; k++, subject++) {
    const token = tokens[k]!;
    // "the provision, which lets Congress block it, was": a relative clause set off by commas inside the subject.
    if (token.text === ',' && RELATIVE_PRONOUNS.has(tokens[k + 1]?.text ?? '') && k > from) {
      k = relativeEnd(view, k + 1);
      continue;
    }
    if (!token.word || token.quoted) return false;
    // "recognized today players who had served": a relative clause on a noun; its verb is the noun's, not the clause's.
    if (k > from && RELATIVE_PRONOUNS.has(token.text)) {
      k = relativeVerbEnd(view, k + 1) - 1;
      continue;
    }
    const before = tokens[k - 1]!;
    if (k > from && isFiniteVerb(token) && !isDeterminer(before.text) && !before.poss) return true;
    // "and", "when", "that", or a pronoun opening another clause ("said nothing to suggest he
    // would resign"): the clause that started at `from` ended without a verb of its own.
    if (words.breakers.has(token.text) || (k > from && CLAUSE_OPENING_PRONOUNS.has(token.text))) return false;
  }
  return false;
}

/** The comma closing a relative clause that starts at token `from`, or the sentence's end. */
function relativeEnd(view: SentenceView, from: number): number {
  let k = from;
  while (k < view.to && view.tokens[k]!.text !== ',') k++;
  return k;
}

/** The token after the verb group that starts a relative clause at token `from` ("who had served"). */
function relativeVerbEnd(view: SentenceView, from: number): number {
  let k = from;
  while (k < view.to && (words.finiteVerbs.has(view.tokens[k]!.text) || isPastForm(view.tokens[k]!) || view.tokens[k]!.ly)) k++;
  return k;
}
