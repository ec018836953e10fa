/**
 * The inverted index: from a feature to the patterns worth scoring when a sentence shows it,
 * and the set of features a scan needs to see at all.
 */
import type { CompiledClaim, Pattern } from './compiled-index.js';
import { listPairs, splitCrowdedPairs, type PairLists } from './pair-lists.js';
import { PairCounts, type PairTable } from './pair-table.js';
import type { PhraseTable } from './phrases.js';
import { GROUP_BASE, members, memoizedGroups, type Groups } from './slot-groups.js';
import { POSSIBLE_COVERAGE } from './thresholds.js';

/** Features a scan must see: pattern slots, vetoes, cues, pronouns, people (for pronouns), and ambiguous aliases (from `firstAlias` on). */
export function usefulFeatures(table: PhraseTable, patterns: readonly Pattern[], claims: readonly CompiledClaim[], groups: readonly (readonly number[])[], firstAlias: number): Uint8Array {
  const useful = new Uint8Array(table.features.length);
  table.features.forEach((feature, f) => {
    if (feature.kind === 'cue' || feature.kind === 'anaphor' || (feature.kind === 'entity' && feature.entityKind === 'person')) useful[f] = 1;
  });
  table.features.forEach((feature, f) => {
    if (feature.kind === 'word' && f >= firstAlias) useful[f] = 1;
  });
  for (const pattern of patterns) for (const slot of pattern.slots) for (const feature of members(slot, groups)) useful[feature] = 1;
  for (const claim of claims) for (const feature of claim.vetoes) if (feature >= 0) useful[feature] = 1;
  return useful;
}

/** Where to look up the patterns worth scoring for a sentence. */
export interface Postings {
  /** Feature -> patterns that one present feature is enough to try. */
  single: (readonly number[] | undefined)[];
  /** Pair of features -> patterns to try when both are present. */
  pairs: PairLists;
  /** For pairs many wordings share: pair -> third feature -> patterns to try when all three are present. */
  triples: PairTable<Map<number, readonly number[]>>;
  /** 1 for features that are part of some key (pair or third). */
  keyed: Uint8Array;
}


/**
 * Hand-written wordings are listed under pairs of their required slots: every required slot is
 * there in a confident match, so any pair of them is, and the pair chosen is the one fewest
 * other wordings share (a popular person with a common verb, or two words of one topic, would
 * list thousands). Wordings of four or more required slots may match "possibly" with one
 * missing, so they are listed under the three pairs of three slots. Wordings derived from a
 * statement match on a share of their weight: they are listed under just enough of their
 * rarest slots that a sentence reaching the "possible" share must contain one of them.
 */
export function buildPostings(patterns: readonly Pattern[], featureCount: number, allGroups: readonly (readonly number[])[], aliases: ReadonlyMap<number, readonly number[]>): Postings {
  const groups = memoizedGroups(allGroups);
  // What a slot is keyed on: its features, and the ambiguous aliases naming them.
  const keyCache: (number[] | undefined)[] = new Array(featureCount);
  const groupKeyCache = new Map<number, number[]>();
  const keys = (slot: number): number[] => {
    let out = slot < GROUP_BASE ? keyCache[slot] : groupKeyCache.get(slot);
    if (!out) {
      out = [];
      for (const feature of members(slot, groups)) out.push(feature, ...(aliases.get(feature) ?? []));
      if (slot < GROUP_BASE) keyCache[slot] = out;
      else groupKeyCache.set(slot, out);
    }
    return out;
  };
  const frequency = new Uint32Array(featureCount);
  for (const pattern of patterns) for (const slot of pattern.slots) for (const feature of members(slot, groups)) frequency[feature]!++;
  const rarityCache = new Map<number, number>();
  const rarity = (slot: number) => {
    let sum = rarityCache.get(slot);
    if (sum === undefined) {
      sum = 0;
      for (const feature of members(slot, groups)) sum += frequency[feature]!;
      rarityCache.set(slot, sum);
    }
    return sum;
  };
  const sharing = pairSharing(patterns, groups);
  const single: (number[] | undefined)[] = new Array(featureCount);
  const keyed = new Uint8Array(featureCount);
  // The slots each hand-written wording is listed under (see listPairs); -1 for the others.
  const plan = new Int32Array(patterns.length * 3).fill(-1);
  patterns.forEach((pattern, p) => {
    if (!pattern.derived && pattern.requiredCount >= 2) {
      const [a, b, c] = leastSharedSlots(pattern, sharing, groups);
      plan[3 * p] = a;
      plan[3 * p + 1] = b;
      plan[3 * p + 2] = c ?? -1;
      return;
    }
    const rarities = Array.from(pattern.slots, rarity);
    const order = [...pattern.slots.keys()].sort((x, y) => rarities[x]! - rarities[y]!);
    const chosen: number[] = [];
    if (!pattern.derived) {
      for (const i of order) if (pattern.required[i] && chosen.length === 0) chosen.push(pattern.slots[i]!);
    } else {
      let covered = 0;
      for (const i of order) {
        if (covered > (1 - POSSIBLE_COVERAGE) * pattern.total) break;
        chosen.push(pattern.slots[i]!);
        covered += pattern.weights[i]!;
      }
    }
    for (const slot of chosen) {
      for (const feature of members(slot, groups)) {
        const list = (single[feature] ??= []);
        if (list[list.length - 1] !== p) list.push(p); // patterns come in order: a repeat is the last one
      }
    }
  });
  const byRarity: (number[] | undefined)[] = new Array(patterns.length);
  const requiredByRarity = (p: number) => (byRarity[p] ??= requiredSlots(patterns[p]!).sort((x, y) => rarity(x) - rarity(y)));
  const pairs = listPairs(plan, keys, keyed);
  const triples = splitCrowdedPairs(pairs, requiredByRarity, keys, keyed);
  // Lists grown by push keep spare room; exact copies keep a large pack's index small.
  return { single: single.map((list) => list && list.slice()), pairs, triples, keyed };
}

/** How many hand-written wordings require each pair of features (group slots count by member). */
function pairSharing(patterns: readonly Pattern[], groups: Groups): PairCounts {
  const sharing = new PairCounts();
  for (const pattern of patterns) {
    if (pattern.derived) continue;
    const required = requiredSlots(pattern);
    for (let x = 0; x < required.length; x++) {
      for (let y = x + 1; y < required.length; y++) {
        for (const a of members(required[x]!, groups)) {
          for (const b of members(required[y]!, groups)) {
            if (a !== b) sharing.add(a, b);
          }
        }
      }
    }
  }
  return sharing;
}

/** Two required slots whose pair the fewest wordings share, and a third for possible matches. */
function leastSharedSlots(pattern: Pattern, sharing: PairCounts, groups: Groups): [number, number, number?] {
  const required = requiredSlots(pattern);
  // What listing the wording under a pair of slots costs: the wordings sharing each key it adds.
  const shared = (slotA: number, slotB: number) => {
    let sum = 0;
    for (const a of members(slotA, groups)) for (const b of members(slotB, groups)) if (a !== b) sum += sharing.get(a, b);
    return sum;
  };
  let best: [number, number] = [required[0]!, required[1]!];
  let least = Infinity;
  for (let x = 0; x < required.length; x++) {
    for (let y = x + 1; y < required.length; y++) {
      const count = shared(required[x]!, required[y]!);
      if (count < least) {
        least = count;
        best = [required[x]!, required[y]!];
      }
    }
  }
  if (pattern.requiredCount < 4) return best;
  const [a, b] = best;
  let third = required.find((slot) => slot !== a && slot !== b)!;
  let thirdShared = Infinity;
  for (const slot of required) {
    if (slot === a || slot === b) continue;
    const count = Math.max(shared(a, slot), shared(b, slot));
    if (count < thirdShared) {
      thirdShared = count;
      third = slot;
    }
  }
  return [a, b, third];
}

function requiredSlots(pattern: Pattern): number[] {
  const out: number[] = [];
  pattern.slots.forEach((slot, i) => {
    if (pattern.required[i]) out.push(slot);
  });
  return out;
}
