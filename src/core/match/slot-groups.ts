/**
 * What a pattern slot stands for: one feature, or a group of alternatives. Compiling, scoring,
 * explaining and the stored matcher all read slots this way, so the encoding is kept here rather
 * than in the index (postings.ts) that first needed it.
 */

/**
 * Slot values from here up are groups of alternative features (a `match.all` or `match.any`
 * group such as ["#kislyak", "the envoy"]): `groups[slot - GROUP_BASE]` lists their features.
 */
export const GROUP_BASE = 1 << 30;

/** The features of a slot: itself, or the members of its group. */
export function members(slot: number, groups: readonly (readonly number[])[] | Groups): readonly number[] {
  if (slot >= GROUP_BASE) return 'list' in groups ? groups.list[slot - GROUP_BASE]! : groups[slot - GROUP_BASE]!;
  if ('list' in groups) {
    let alone = groups.alone.get(slot);
    if (!alone) groups.alone.set(slot, (alone = [slot]));
    return alone;
  }
  return [slot];
}

/** Groups, with one reusable array per single-feature slot (compiling 100,000 claims asks often). */
export interface Groups {
  list: readonly (readonly number[])[];
  alone: Map<number, number[]>;
}

export function memoizedGroups(list: readonly (readonly number[])[]): Groups {
  return { list, alone: new Map() };
}
