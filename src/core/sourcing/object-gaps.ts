/**
 * Whether a clause after "that" is missing its verb's object, which makes it a relative clause on
 * the noun before "that" ("the bill that Republicans blocked angered them", "the wall that Mexico
 * would pay for was never built") rather than what a statement says ("that the audit was finished
 * went unchallenged", "that he would not appoint her stunned aides").
 */
import { BE_FORMS, HAVE_FORMS } from './auxiliaries.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';
import { isFiniteVerb } from './verb-frames.js';

/** Longest subject the clause may open with ("the new city council"). */
const SUBJECT = 5;
/** Longest phrase after the verb before the sentence's own verb ("filed in May alleged"). */
const ADVERBIAL = 3;
/**
 * Prepositions left at a clause's end by its missing object ("would pay for", "complained about");
 * "down", "on", "in" end particle verbs too ("would step down").
 */
const STRANDED: ReadonlySet<string> = new Set(['for', 'about', 'to', 'with', 'at', 'of', 'from', 'into', 'against']);
/** Words of a verb group before its main verb ("has not", "would never", "did"). */
const GROUP_WORDS: ReadonlySet<string> = new Set([...HAVE_FORMS, 'not', 'never', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/** Where the sentence's own verb, a comma or the end follows the clause: the clause is over. */
function closesClause(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  return k >= view.to || !token || token.text === ',' || !token.word || isFiniteVerb(token);
}

/**
 * Whether the clause whose subject starts at `start` ends right after its verb (or a preposition
 * stranded after it, or a short adverbial), with the sentence's own verb next. A clause with "be"
 * (a copula or a passive) has no object to lack, nor one after a modal with no stranded preposition
 * ("that the pier would reopen cheered traders" is intransitive as often as not).
 */
export function endsObjectGap(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  let k = start;
  const first = tokens[k];
  if (!first?.word) return false;
  if (first.cap) while (k < view.to && tokens[k]!.cap && tokens[k]!.word) k++;
  else if (isDeterminer(first.text)) while (k < view.to && k - start < SUBJECT && tokens[k]!.word && !isFiniteVerb(tokens[k]!) && !GROUP_WORDS.has(tokens[k]!.text)) k++;
  else k++; // a pronoun
  let modal = false;
  while (k < view.to && (GROUP_WORDS.has(tokens[k]!.text) || (tokens[k]!.ly && !tokens[k]!.cap))) {
    modal ||= !HAVE_FORMS.has(tokens[k]!.text) && tokens[k]!.text !== 'not' && !tokens[k]!.ly;
    k++;
  }
  const verb = tokens[k];
  if (!verb?.word || verb.cap || BE_FORMS.has(verb.text) || k >= view.to) return false;
  k++;
  const after = tokens[k]?.text ?? '';
  if (STRANDED.has(after) && closesClause(view, k + 1)) return true; // "would pay for were"
  if (modal) return false;
  // "filed in May alleged", "has ignored for years was": a short adverbial, then the sentence's verb.
  if (words.prepositions.has(after)) {
    const from = k++;
    while (k < view.to && k - from <= ADVERBIAL && !closesClause(view, k)) k++;
  }
  return k < view.to && isFiniteVerb(tokens[k]!);
}
