/**
 * Phrases that look like a statement and state nothing where they stand.
 *
 * A verb phrase ending on "that" whose "that" points at a time or at nothing ("Comey, testifying
 * that morning, looked tired", "rather than testifying that, he ...") has no content clause. A
 * verb whose object is "nothing" ("was present but said nothing during the hearing", "said nothing
 * further about it") stated nothing, unless "nothing" opens what was said ("said nothing had
 * changed"). A
 * gerund after "by" under a modal ("would risk a perjury charge by testifying that he never met
 * him") is a supposed act.
 *
 * "Decision" names a ruling (a court's or a panel's published decision, a document) and also a
 * choice someone made ("the mayor's decision to resign"). As a speaker it is a ruling only when
 * it speaks as one: cited ("according to the decision") or stating what a ruling states ("the
 * decision held", "the court's decision found"). A decision that "suggests", "shows" or
 * "signals" something is the writer reading a choice, and a person's decision "to" act is a choice.
 */
import { CLAUSE_JOINS } from './auxiliaries.js';
import type { Act } from './speech-act.js';
import { finiteClauseAt } from './clause-ahead.js';
import { words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';

/** How far before "by" a modal still governs the gerund. */
const MODAL_REACH = 8;

/** The verb phrase `hit` says nothing here, so it makes no act. */
export function statesNothing(view: SentenceView, hit: CueHit): boolean {
  return demonstrativeThat(view, hit) || supposedGerund(view, hit) || saidNothing(view, hit);
}

/** Words after "nothing" that keep it the object: "said nothing further", "nothing more", "nothing else". */
const NOTHING_MODIFIERS = new Set(['further', 'more', 'else']);

/**
 * A verb of saying with "nothing" for its object: "nothing", then the end, a break, a joining
 * conjunction or a phrase ("said nothing to reporters"). Not "said nothing had changed", nor
 * "said nothing in the contract barred the sale", where "nothing" is the subject of what was
 * said; nor a document's finding ("the review found nothing"), which reports a result.
 */
function saidNothing(view: SentenceView, hit: CueHit): boolean {
  const { tokens } = view;
  if (tokens[hit.to]?.text !== 'nothing' || tokens[hit.to]!.quoted || findingVerb(view, hit)) return false;
  let k = hit.to + 1;
  if (NOTHING_MODIFIERS.has(tokens[k]?.text ?? '')) k++;
  if (k >= view.to) return true;
  const next = tokens[k]!;
  if (words.prepositions.has(next.text)) return !finiteClauseAt(view, hit.to);
  // "said nothing, and left": a conjunction joins another verb or clause; the object ended before it.
  return !next.word || CLAUSE_JOINS.has(next.text);
}

/** "found", "show": a verb only documents use ("said" is also a document's verb, and a speaker's). */
function findingVerb(view: SentenceView, hit: CueHit): boolean {
  return hit.category === 'docVerb' && !hitAt(view, 'speech', hit.from);
}

/** The phrase's last word is "that", followed by a time word ("that day") or by punctuation. */
function demonstrativeThat(view: SentenceView, hit: CueHit): boolean {
  const { tokens } = view;
  if (hit.to - hit.from < 2 || tokens[hit.to - 1]!.text !== 'that') return false;
  const next = tokens[hit.to];
  return next === undefined || hit.to >= view.to || !next.word || words.timeWords.has(next.text);
}

/** "would risk ... by testifying": a participle after "by" with a modal shortly before it. */
function supposedGerund(view: SentenceView, hit: CueHit): boolean {
  const { tokens } = view;
  if (tokens[hit.from - 1]?.text !== 'by' || !tokens[hit.from]!.text.endsWith('ing')) return false;
  for (let k = hit.from - 2; k >= Math.max(view.from, hit.from - 1 - MODAL_REACH); k--) {
    if (tokens[k]!.text === ',') return false;
    if (words.neverModals.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** The act's document speaker is a decision that is not speaking as a ruling. */
export function decisionWithoutRuling(view: SentenceView, act: Act): boolean {
  const { tokens } = view;
  const { from, to } = act.speaker;
  let decision = -1;
  for (let k = from; k <= to; k++) if (words.decisionNouns.has(tokens[k]!.text)) decision = k;
  if (decision < 0) return false;
  if (tokens[decision + 1]?.text === 'to') return true;
  const owner = tokens[decision - 1];
  const owned = owner !== undefined && decision > from && (owner.poss || words.possessive.has(owner.text));
  if (owned && !words.decisionMakers.has(owner.text)) return true;
  if (act.kind === 'source') return false;
  return !words.decisionVerbs.has(tokens[act.verb.from]!.text);
}
