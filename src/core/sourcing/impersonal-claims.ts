/**
 * Impersonal claims ("it is understood that", "it is learnt that", "we hear"): someone unnamed
 * says so, unless the closing "that" points at a manner or a time ("it is learnt that way", "it
 * was learned that afternoon"). A hearing phrase ("we hear", "rumor has it") cites someone only
 * when what follows is what was heard: "that", a clause with its own verb ("we hear the mayor is
 * leaving") or an aside ("the mayor, we hear, is leaving"); not a topic or a source ("we hear
 * about it", "we have heard from the mayor"), a thing heard ("we hear the same promises every
 * year", "Rumor Has It at the show") or a time or condition ("when we hear a siren").
 */
import { finiteClauseAt } from './clause-ahead.js';
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/** The last words of the hearing phrases ("we hear", "I'm hearing", "we've heard", "rumor has it"). */
const HEARSAY_ENDS = new Set(['hear', 'hearing', 'heard', 'it']);

/** Whether the impersonal phrase `hit` opens a claim. */
export function claimsImpersonally(view: SentenceView, hit: CueHit): boolean {
  const last = view.tokens[hit.to - 1]!.text;
  const next = view.tokens[hit.to];
  if (HEARSAY_ENDS.has(last)) return passesOnHearsay(view, hit);
  if (last !== 'that' || !next) return true;
  // "that Monday's vote", "that May will resign": the claim's subject.
  if (next.poss || (next.cap && next.text === 'may')) return true;
  return next.text !== 'way' && !words.timeWords.has(next.text);
}

/** A hearing phrase followed by what was heard, or set off as an aside inside it. */
function passesOnHearsay(view: SentenceView, hit: CueHit): boolean {
  const { tokens } = view;
  const before = tokens[hit.from - 1];
  const next = tokens[hit.to];
  if (before && words.subordinators.has(before.text)) return false;
  if (before?.text === ',' && next?.text === ',') return true;
  const closes = !next || hit.to >= view.to || !next.word;
  // "Here's what we're hearing.": what was heard comes after, in the lines below.
  if (before?.text === 'what') return closes || next.text === ':';
  if (closes) return next?.text === ':';
  // "we hear at least two members are undecided", not "we hear from the mayor on this".
  return next.text === 'that' || finiteClauseAt(view, hit.to);
}
