/**
 * Denials worded as negated statements ("did not discuss", "never had meetings", "nothing
 * misleading"), dispute words ("false", "uncorroborated") or a quoted denial verb. They count only in a sentence
 * where an identified party speaks, and may sit inside that party's quotation.
 */
import { words } from './lexicon.js';
import { hitAt, insideHit, isTitleCase, type SentenceView } from './sentence.js';
import { isNegator } from './tokens.js';
import type { TokenCue } from './cues.js';
import { inCondition } from './conditions.js';
import { describesKind, givesReason, insideProposition, ownsUpOmission, reportsSearch } from './denial-exemptions.js';
import { askedAbout, contractedWould, relationNotHadAt, undeniedAct } from './undenied-acts.js';
import { HAVE_FORMS } from './auxiliaries.js';

const MAX_BRIDGE = 4;

/** Reused by every call: one sentence is read at a time. */
let skippedBuffer = new Uint8Array(256);

/** A token range, inclusive. */
export interface Range {
  from: number;
  to: number;
}

/**
 * Denial cues from token `start` on (the whole sentence when a party speaks, or what follows its
 * assertion), leaving out `skip`: how the speakers are described ("Brandt, who was not involved, said").
 */
export function negatedStatements(view: SentenceView, start = view.from, skip: readonly Range[] = []): TokenCue[] {
  const cues: TokenCue[] = [];
  if (skippedBuffer.length < view.to - view.from) skippedBuffer = new Uint8Array((view.to - view.from) * 2);
  const skipped = skippedBuffer.fill(0, 0, view.to - view.from);
  for (const range of skip) skipped.fill(1, Math.max(0, range.from - view.from), Math.max(0, range.to + 1 - view.from));
  const counts = (i: number) => i >= start && skipped[i - view.from] === 0 && !(insideHit(view, 'nonDenial', i, i + 1) && !joinedToDenial(view, i));
  const denies = (i: number) => counts(i) && !givesReason(view, i) && !inCondition(view, i) && !reportsSearch(view, i) && !insideProposition(view, i);
  for (const hit of view.hits) {
    if (!counts(hit.from)) continue;
    if (hit.category === 'disputeWord') {
      if (!describesKind(view, hit) && !insideProposition(view, hit.from)) cues.push({ kind: 'denial', from: hit.from, to: hit.to - 1 });
    }
    // 'said her client "adamantly denies" the charges': a denial quoted by the one who speaks.
    else if (hit.category === 'denialVerb' && view.tokens[hit.from]!.quoted && !negatedBefore(view, hit.from)) cues.push({ kind: 'denial', from: hit.from, to: hit.to - 1 });
    else if (hit.category === 'negation') {
      if (!denies(hit.from)) continue;
      const text = view.tokens[hit.from]!.text;
      if (text === 'not' && view.tokens[hit.from - 1]?.text === ',') continue; // ", not about his work": a contrast
      if (text === 'no' && isQuotedNo(view, hit.from)) {
        cues.push({ kind: 'denial', from: hit.from - 1, to: hit.from + 1 }); // 'he answered "No" when asked'
        continue;
      }
      const end = text === 'never' || (text === 'not' && words.pastAuxiliaries.has(view.tokens[hit.from - 1]?.text ?? '')) ? deniedAction(view, hit.from) : negatedWord(view, hit.to);
      if (end >= 0) cues.push({ kind: 'denial', from: hit.from, to: end });
    }
  }
  for (let i = start; i < view.to; i++) {
    const token = view.tokens[i]!;
    if (token.nt && denies(i)) {
      const end = words.pastAuxiliaries.has(token.text) ? deniedAction(view, i) : negatedWord(view, i + 1);
      if (end >= 0) cues.push({ kind: 'denial', from: i, to: end });
    }
  }
  return cues;
}

/** How many words may stand between a negation and the verb it negates ("cannot simply brush aside"). */
const NEGATION_REACH = 2;

/** '"We cannot simply wave this away"': a denial verb negated, which denies nothing. */
function negatedBefore(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= view.from && i - k <= NEGATION_REACH + 1; k--) {
    const token = view.tokens[k]!;
    if (token.nt || hitAt(view, 'negation', k)) return true;
    if (!token.word || !(token.ly || words.skippable.has(token.text))) return false;
  }
  return false;
}

/** How far after "whether" or "if" the past auxiliary of a question about the past may stand. */
const ASKED_REACH = 3;

/**
 * '"No."' in answer to whether something happened ("asked whether he had met them"), or replying
 * to a question put before ('Sessions replied: "No."'): a whole quotation that is only "no"
 * flatly denies it; an answer about the future ("if she would run") does not.
 */
function isQuotedNo(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  let close = i + 1;
  if (tokens[close] && !tokens[close]!.word && tokens[close]!.quoted) close++;
  if (tokens[i - 1]?.quote !== 'open' || tokens[close]?.quote !== 'close') return false;
  let asked = false;
  for (let k = view.from; k < view.to; k++) {
    if (tokens[k]!.text !== 'whether' && tokens[k]!.text !== 'if') continue;
    asked = true;
    for (let j = k + 1; j < view.to && j - k <= ASKED_REACH; j++) if (words.pastAuxiliaries.has(tokens[j]!.text)) return true;
  }
  // With the question put in an earlier sentence, a flat answer to it still denies.
  return !asked && repliedBefore(view, i - 1);
}

/** Verbs of answering that may introduce a flat '"No."' ('Sessions replied: "No."'). */
const REPLY_VERBS = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds']);

/** 'replied: "No."', 'answered, "No."': the quotation opening at `open` is the whole answer to a question just put. */
function repliedBefore(view: SentenceView, open: number): boolean {
  const mark = view.tokens[open - 1]?.text;
  return (mark === ':' || mark === ',') && REPLY_VERBS.has(view.tokens[open - 2]?.text ?? '');
}

/** The negatable word a negation reaches across a few bridge words ("did not have any communications"), or -1. */
function negatedWord(view: SentenceView, start: number): number {
  let bridged = 0;
  for (let k = start; k < view.to; k++) {
    const token = view.tokens[k]!;
    if (hitAt(view, 'negatable', k)) return k;
    if (!words.negationBridges.has(token.text) && !token.ly) return -1;
    if (++bridged > MAX_BRIDGE) return -1;
  }
  return -1;
}

/** Words between a negation and its verb ("had not once replied", "did not ever meet"), besides adverbs. */
const ACT_FILLERS = new Set(['once', 'ever']);
/** The auxiliaries of a perfect or passive before the verb ("has not been paid"); after "did", "have" is the verb. */
const AUXILIARY_FILLERS: ReadonlySet<string> = new Set([...HAVE_FORMS, 'been']);

/**
 * "had never mixed", "did not carry out", "have not carried out": a past action negated by an
 * identified party is a denial of it, unless a modal makes it hypothetical ("would never have").
 */
function deniedAction(view: SentenceView, at: number): number {
  const { tokens } = view;
  const negated = negatedWord(view, at + 1);
  const auxiliary = tokens[at]!.nt ? tokens[at]!.text : tokens[at - 1]?.text ?? '';
  // "should have never recused": the modal stands before "have".
  const modal = words.neverModals.has(auxiliary) || (auxiliary === 'have' && words.neverModals.has(tokens[at - 2]?.text ?? '')) || contractedWould(view, at);
  // "did not mention them" owns up; "questioned why the mayor had not spoken out" asks.
  if (negated >= 0 && (ownsUpOmission(view, at, negated) || askedAbout(view, at))) return -1;
  if (negated >= 0 || modal) return negated;
  const did = auxiliary === 'did' || auxiliary === "didn't";
  let k = at + 1;
  // After "did" a form of "have" is the verb itself ("didn't have a choice"), no auxiliary to pass.
  while (k < view.to && (ACT_FILLERS.has(tokens[k]!.text) || (!did && AUXILIARY_FILLERS.has(tokens[k]!.text)) || tokens[k]!.ly)) k++;
  const verb = tokens[k];
  if (!verb || !verb.word || (verb.cap && !isTitleCase(view)) || verb.quoted !== tokens[at]!.quoted) return -1;
  if (ownsUpOmission(view, at, k)) return -1; // "did not mention them"
  if (undeniedAct(view, at, k)) return -1;
  if (did && verb.text === 'have') return relationNotHadAt(view, k);
  // "has not said whether she will stay": a question left open, not a denial.
  if (hitAt(view, 'speech', k) && words.openQuestions.has(tokens[k + 1]?.text ?? '')) return -1;
  if (did) return words.breakers.has(verb.text) || words.notActions.has(verb.text) ? -1 : k;
  // "had not decided", "has not responded": nothing done yet, which denies nothing.
  // (A past form is listed when the lexicons know no other use of it: unknown words have no text.)
  if (words.notActions.has(verb.text) || (verb.ed && (words.notActions.has(verb.text.slice(0, -1)) || words.notActions.has(verb.text.slice(0, -2))))) return -1;
  return verb.ed || words.irregularPast.has(verb.text) ? k : -1;
}

/**
 * "had not and would not discuss": a refusal ("would not discuss", a non-denial on its own) joined
 * to a negation before it shares its verb with that denial, so it denies too.
 */
function joinedToDenial(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k > view.from && k >= i - 3; k--) {
    const text = tokens[k]!.text;
    if (text !== 'and' && text !== 'or') continue;
    const before = tokens[k - 1]!;
    return isNegator(before);
  }
  return false;
}
