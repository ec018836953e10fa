/**
 * Acts that are not (yet) real: a verb of saying after a modal of possibility ("critics may
 * claim") is only what someone is free to say, and one after a conjunction of time ("until the
 * court rules") may be still to come. verb-act.ts drops both.
 */
import { deniesOnlyWhenNegated } from './cue-table.js';
import { isNegator, type Token } from './tokens.js';
import type { CueHit, SentenceView } from './sentence.js';
import { isPastForm } from './verb-frames.js';

/** Modals of ability or possibility before a verb's bare form: "Critics may claim" says what they are free to say, not what they said. */
const POSSIBILITY_MODALS = new Set(['can', 'may', 'might', 'could']);
/** Modals of chance, not ability: "may not accept" guesses where "cannot accept" refuses. */
const CHANCE_MODALS = new Set(['may', 'might']);
/** Verbs that pass on a fact rather than an opinion: "officials can now confirm that ..." does confirm it. */
const ATTESTING = new Set(['confirm', 'tell', 'report', 'inform', 'disclose']);
/** How far after the verb "only that" marks what was in fact said ("could tell reporters only that ..."). */
const ONLY_REACH = 3;
/**
 * Conjunctions that, before a verb in the present, may set it at a time to come ("until the
 * court rules") or tell what happens each time ("when officials deny it, they point to ...").
 */
const TIMES_TO_COME = new Set(['when', 'whenever', 'until', 'once']);
/** Auxiliaries of the future: "when she testifies, she will say" is still to come. */
const FUTURE_MARKERS = new Set(['will', 'would', "'ll"]);

/**
 * Whether a modal before `verb` leaves it only possible: a verb of saying or denying in its bare
 * form. A document's verb ("the records may show that ...") still tells what the records hold, a
 * verb that passes on a fact still passes it on, and "could say only that" is the past of "can":
 * what was said, and all of it.
 */
function merelyPossible(view: SentenceView, verb: CueHit): boolean {
  const first = view.tokens[verb.from]!;
  if (verb.category === 'docVerb' || isPastForm(first) || ATTESTING.has(first.text)) return false;
  // "only that ...", not "only so much": how little was said, with what it was.
  for (let k = verb.to; k < view.to && k - verb.to < ONLY_REACH && view.tokens[k]!.word; k++) if (view.tokens[k]!.text === 'only' && view.tokens[k + 1]?.text === 'that') return false;
  return true;
}

/**
 * "until the court rules", "when she testifies, she will say": a verb in the present after a
 * conjunction of time is yet to happen when it is a document's (a ruling, a finding) or the
 * sentence speaks of the future; else it is a habit ("when officials say ..., they mean ...").
 */
function stillToCome(view: SentenceView, verb: CueHit): boolean {
  if (verb.category === 'participle' || isPastForm(view.tokens[verb.from]!)) return false;
  if (verb.category === 'docVerb') return true;
  for (let k = view.from; k < view.to; k++) if (FUTURE_MARKERS.has(view.tokens[k]!.text)) return true;
  return false;
}

/** "could not say", "can never tell": a negation between a modal at `modal` and its verb. */
function negatedAfter(tokens: readonly Token[], modal: number, verb: number): boolean {
  for (let k = modal + 1; k < verb; k++) if (isNegator(tokens[k]!)) return true;
  return tokens[modal]!.nt === true; // "can't say"
}

/**
 * "Critics can argue", "officials may ask for it": a modal at token `i` that leaves `verb` only
 * possible. Negated, "could not say" tells what was refused; but a verb that denies only when
 * negated stays a guess after a modal of chance ("might not accept the findings").
 */
export function onlyPossible(view: SentenceView, i: number, verb: CueHit): boolean {
  const token = view.tokens[i]!;
  if (!POSSIBILITY_MODALS.has(token.text) || token.cap || !merelyPossible(view, verb)) return false;
  return !negatedAfter(view.tokens, i, verb.from) || (deniesOnlyWhenNegated(verb) && CHANCE_MODALS.has(token.text));
}

/** "when the inquiry concludes", "until the court rules": after the conjunction `opener`, `verb` is a time to come. */
export function stillToComeAfter(view: SentenceView, opener: string, verb: CueHit): boolean {
  return TIMES_TO_COME.has(opener) && stillToCome(view, verb);
}
