/**
 * Negated acts that deny nothing. A negated past act ("did not carry out", "had never mixed")
 * denies when the party says it did not do something; when no word of the story's dealings is
 * negated, these readings only state how things stand: what would have happened ("he'd never
 * have hired him"), what is still to be done to someone ("he has not been interviewed"), what a
 * relative clause says of a thing ("parts which were never delivered"), what someone asks about
 * ("asked why she had not replaced him") and what someone did not have ("didn't have a choice").
 * "Has not carried out" still denies: a present perfect alone does not make an act merely pending;
 * so do "was never paid", "has never been briefed" (a party denying what was done) and "did not
 * have a relationship with" (a relation denied).
 */
import { words } from './lexicon.js';
import { hitAt, type SentenceView } from './sentence.js';
import { BE_FORMS } from './auxiliaries.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';

/** How far before a negation the word opening an indirect question may stand ("asked why the mayor had not"). */
const QUESTION_REACH = 6;
/** Objects of an asking verb before its question ("asked him why"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Words that end the backward scan for a question: a new clause or another act of saying begins there. */
const CLAUSE_BREAKS = new Set([',', ';', ':', 'and', 'or', 'but']);
/** Determiners before what "did not have" takes ("a relationship", "any dealings"). */
const HAVE_DETERMINERS = new Set(['a', 'an', 'any']);

/**
 * "he'd never have hired him": a contracted "would" before "never have" makes the act
 * counterfactual ("he'd never met him" is "had", a past act, and still denies).
 */
export function contractedWould(view: SentenceView, at: number): boolean {
  return words.wouldContractions.has(view.tokens[at - 1]?.text ?? '') && view.tokens[at]!.text === 'never' && view.tokens[at + 1]?.text === 'have';
}

/**
 * Whether the act whose verb stands at `verb`, negated at `at` (a "not", "never" or a
 * contracted auxiliary), only tells how things stand: pending or described passive, or asked about.
 */
export function undeniedAct(view: SentenceView, at: number, verb: number): boolean {
  return passiveState(view, at, verb) || askedAbout(view, at);
}

/**
 * "has not been interviewed": not yet done, which denies nothing ("has never been briefed" says it
 * never happened, and denies). "Some of which were never delivered", "parts that had not been
 * shipped": a relative clause describes a thing. "He was never paid" denies.
 */
function passiveState(view: SentenceView, at: number, verb: number): boolean {
  const { tokens } = view;
  let been = false;
  for (let k = at + 1; k < verb; k++) if (tokens[k]!.text === 'been') been = true;
  if (been && tokens[at]!.text !== 'never') return true;
  // A relative pronoun before the passive's auxiliary: the clause describes a thing ("some of which were never delivered").
  const relative = tokens[at - 2]?.text ?? '';
  return (been || BE_FORMS.has(tokens[at - 1]?.text ?? '')) && (RELATIVE_PRONOUNS.has(relative) || relative === 'that');
}

/**
 * "asked why the chief had not replaced him", "asked Sessions why", "wanted to know whether": the
 * negation sits in what is asked. The scan stops where a new clause or act of saying begins
 * ("was asked whether he paid and said he never paid": the answer denies).
 */
export function askedAbout(view: SentenceView, at: number): boolean {
  const { tokens } = view;
  for (let k = at - 1; k > view.from && at - k <= QUESTION_REACH; k--) {
    const text = tokens[k]!.text;
    if (CLAUSE_BREAKS.has(text) || hitAt(view, 'speech', k)) return false;
    if (words.openQuestions.has(text)) return asks(view, k - 1);
  }
  return false;
}

/** Whether the words ending at `k` ask the question that follows: "asked", "asked him", "asked Sessions", "to know". */
function asks(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  const before = tokens[k];
  if (!before) return false;
  if (before.text === 'know') return tokens[k - 1]?.text === 'to';
  if (OBJECT_PRONOUNS.has(before.text) || (before.cap && k > view.from)) return words.askingVerbs.has(tokens[k - 1]?.text ?? '');
  return words.askingVerbs.has(before.text);
}

/**
 * After "did not", "have" (at `have`) is the verb itself: possession, which denies nothing ("didn't
 * have a choice", "did not have the money"), unless what was not had is a relation to someone, with
 * at most one modifier ("did not have a relationship with", "any business dealings"): that noun, else -1.
 */
export function relationNotHadAt(view: SentenceView, have: number): number {
  const { tokens } = view;
  let k = have + 1;
  if (HAVE_DETERMINERS.has(tokens[k]?.text ?? '')) k++;
  if (k < view.to && words.relationNouns.has(tokens[k]!.text)) return k;
  return k + 1 < view.to && words.relationNouns.has(tokens[k + 1]!.text) ? k + 1 : -1;
}
