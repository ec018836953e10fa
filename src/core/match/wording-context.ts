/**
 * Whether a hand-written wording of a claim about two people's dealings (a subject and a
 * counterpart: their meetings, their talks, the intercepts of them) that names neither is about
 * them here. "One former official told the Post the talks were substantive" states the claim in
 * an article about Sessions and Kislyak, and nothing of theirs in one about trade or contract
 * talks; "the intercepts concern the first two" says nothing of them in a drug case. Talks and
 * meetings are anybody's, so such a wording needs one of the parties named in the document so far,
 * this sentence included (salience.ts): an article about the story names them early and then
 * talks about their meetings at length without their names. A claim's facts wording ("the
 * September meeting", match.facts) needs both in view right now, and is judged where it is read
 * (recounted-encounter.ts).
 */
import { betweenTwoPeople, type CompiledIndex, type Pattern } from './compiled-index.js';
import type { Salience } from './salience.js';
import { GROUP_BASE } from './slot-groups.js';

export function wordingInContext(index: CompiledIndex, pattern: Pattern, salience: Salience): boolean {
  if (pattern.derived) return true;
  const claim = index.claims[pattern.claim]!;
  const { parties } = claim;
  if (!betweenTwoPeople(claim)) return true;
  // An encounter with one of the claim's facts ("the September meeting") needs both people in
  // view right now (recounted-encounter.ts).
  if (pattern.facts >= 0) return true;
  if (namesAny(index, pattern, parties)) return true;
  return parties.some((person) => salience.namedSoFar(person));
}

/** Whether the wording requires one of `people` (the claim's optional `any` names do not count). */
function namesAny(index: CompiledIndex, pattern: Pattern, people: readonly number[]): boolean {
  return pattern.slots.some((slot, k) => {
    if (!pattern.entity[k] || !pattern.required[k]) return false;
    return slot < GROUP_BASE ? people.includes(slot) : index.groups[slot - GROUP_BASE]!.some((feature) => people.includes(feature));
  });
}
