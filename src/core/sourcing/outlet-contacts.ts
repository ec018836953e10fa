/**
 * Unnamed people an outlet says it reached, in a relative clause about the outlet: "according to
 * the Gazette, which spoke to three current and former officials", "the Post, which interviewed
 * a dozen aides, reported". The story rests on those people, so they are an unnamed source even
 * though no speech verb of theirs appears.
 */
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify } from './speaker.js';
import { phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';

/** "which has spoken to", "which had interviewed": a perfect tense between the relative and its verb. */
const AUXILIARIES = new Set(['has', 'had', 'have']);
/** What "spoke" and "talked" take before the people reached. */
const CONTACT_PREPOSITIONS = new Set(['to', 'with']);

/** An anonymous cue for each group of unnamed people an outlet's relative clause says it reached. */
export function outletContactCues(view: SentenceView): TokenCue[] {
  const cues: TokenCue[] = [];
  const { tokens } = view;
  for (let k = view.from + 2; k < view.to; k++) {
    if (tokens[k]!.text !== 'which' || tokens[k - 1]!.text !== ',' || !isOutletBefore(view, k - 2)) continue;
    let verb = k + 1;
    if (AUXILIARIES.has(tokens[verb]?.text ?? '')) verb++;
    if (!words.contactVerbs.has(tokens[verb]?.text ?? '')) continue;
    let start = verb + 1;
    if (CONTACT_PREPOSITIONS.has(tokens[start]?.text ?? '')) start++;
    if (start >= view.to) continue;
    let end = phraseEndingAfter(view, start);
    // "current and former officials": the pair of modifiers belongs to one group.
    if (tokens[end + 1]?.text === 'and' && end + 2 < view.to) end = phraseEndingAfter(view, end + 2);
    if (end >= start && classify(view, start, end).cls === 'anonymous') cues.push({ kind: 'anonymous', from: start, to: end });
  }
  return cues;
}

/** Longest outlet name before the relative ("the Wall Street Journal"). */
const OUTLET_NAME = 5;

/** A phrase ending at token `end` names a news outlet ("according to the Washington Post", "the paper"). */
function isOutletBefore(view: SentenceView, end: number): boolean {
  if (end < view.from || !view.tokens[end]!.word) return false;
  const first = Math.max(phraseStartingBefore(view, end), end - OUTLET_NAME + 1, view.from);
  for (let start = first; start <= end; start++) {
    const cls = classify(view, start, end).cls;
    if (cls === 'outlet' || cls === 'wire') return true;
  }
  return false;
}
