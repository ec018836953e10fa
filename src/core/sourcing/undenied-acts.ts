/**
 * Negated acts that deny nothing. A negated past act ("did not carry out", "had never mixed")
 * denies when the party says it did not do something; when no word of the story's dealings is
 * negated, these readings only state how things stand: what would have happened ("he'd never
 * have hired him"), what was not done to someone ("he has not been interviewed", "parts that were
 * never delivered"), and what someone asks about ("asked why she had not replaced him"). "Has not
 * carried out" still denies: a present perfect alone does not make an act merely pending.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
/** How far before a negation the word opening an indirect question may stand ("asked why the mayor had not"). */
const QUESTION_REACH = 6;

/**
 * "he'd never have hired him": a contracted "would" before "never have" makes the act
 * counterfactual ("he'd never met him" is "had", a past act, and still denies).
 */
export function contractedWould(view: SentenceView, at: number): boolean {
  return words.wouldContractions.has(view.tokens[at - 1]?.text ?? '') && view.tokens[at]!.text === 'never' && view.tokens[at + 1]?.text === 'have';
}

/**
 * Whether the act whose verb stands at `verb`, negated at `at` (a "not", "never" or a
 * contracted auxiliary), only tells how things stand: passive, or asked about.
 */
export function undeniedAct(view: SentenceView, at: number, verb: number): boolean {
  return passive(view, at, verb) || askedAbout(view, at);
}

/** "has not been interviewed", "were never delivered": done, or not, to the subject by someone else. */
function passive(view: SentenceView, at: number, verb: number): boolean {
  const { tokens } = view;
  if (BE.has(tokens[at - 1]?.text ?? '')) return true;
  for (let k = at + 1; k < verb; k++) if (tokens[k]!.text === 'been') return true;
  return false;
}

/** "asked why the chief had not replaced him": the negation sits in what is asked. */
function askedAbout(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  for (let k = at - 1; k > view.from && at - k <= QUESTION_REACH; k--) {
    const text = tokens[k]!.text;
    if (text === ',' || text === ';' || text === ':') return false;
    if (words.openQuestions.has(text)) return words.askingVerbs.has(tokens[k - 1]!.text);
  }
  return false;
}
