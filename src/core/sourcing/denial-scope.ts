/**
 * Where a sentence's denials are read: an identified party denies only in what it says, not in
 * how it is described ("Brandt, who was not involved, said") nor in a topic it refuses to take
 * up; with no identified speaker, only in the content of a named party's assertion ("the mayor's
 * assertion that ..."). tag-sentence.ts collects the cues, this module finds those stretches.
 */
import type { Act } from './acts.js';
import type { Range } from './denial.js';
import { refusedTopic } from './refusals.js';
import type { SentenceView } from './sentence.js';

/** How the speakers are described ("Brandt, who was not involved, said") and what they refuse to answer: not what they say. */
export function notStatedBy(view: SentenceView, acts: readonly Act[]): Range[] {
  const ranges: Range[] = [];
  for (const act of acts) {
    if (act.subject) ranges.push(act.subject);
    const refused = refusedTopic(view, act);
    if (refused) ranges.push(refused);
  }
  return ranges;
}

/** Where the content of an identified party's assertion starts ("the mayor's assertion that ..."), or -1. */
export function identifiedAssertion(view: SentenceView): number {
  for (const hit of view.hits) {
    if (hit.category !== 'speechNoun' || view.tokens[hit.from]!.quoted || view.tokens[hit.to]?.text !== 'that') continue;
    const before = view.tokens[hit.from - 1];
    const owner = before?.text === "'" ? view.tokens[hit.from - 2] : before;
    if (owner?.cap && (before!.text === "'" || owner.poss)) return hit.to;
  }
  return -1;
}
