/**
 * The inverted index: from a feature to the patterns worth scoring when a sentence shows it,
 * and the set of features a scan needs to see at all.
 */
import type { CompiledClaim, Pattern } from './compile.js';
import type { PhraseTable } from './phrases.js';
import { POSSIBLE_COVERAGE } from './thresholds.js';

/**
 * Slot values from here up are groups of alternative features (a `match.all` or `match.any`
 * group such as ["#kislyak", "the envoy"]): `groups[slot - GROUP_BASE]` lists their features.
 */
export const GROUP_BASE = 1 << 30;

/** Features a scan must see: pattern slots, vetoes, cues, pronouns, people (for pronouns), and ambiguous aliases (from `firstAlias` on). */
export function usefulFeatures(table: PhraseTable, patterns: readonly Pattern[], claims: readonly CompiledClaim[], groups: readonly Int32Array[], firstAlias: number): Uint8Array {
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
  single: (Int32Array | undefined)[];
  /** Pair of features (pairKey) -> patterns to try when both are present. */
  pairs: Map<number, Int32Array>;
  /** For pairs many wordings share: pair -> third feature -> patterns to try when all three are present. */
  triples: Map<number, Map<number, Int32Array>>;
  /** 1 for features that are part of some key (pair or third). */
  keyed: Uint8Array;
  featureCount: number;
}

/** A pair listing more wordings than this is split by a third feature of each wording. */
const SPLIT = 4;

export function pairKey(a: number, b: number, featureCount: number): number {
  return a < b ? a * featureCount + b : b * featureCount + a;
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
export function buildPostings(patterns: readonly Pattern[], featureCount: number, allGroups: readonly Int32Array[], aliases: ReadonlyMap<number, readonly number[]>): Postings {
  const groups = memoizedGroups(allGroups);
  // What a slot is keyed on: its features, and the ambiguous aliases naming them.
  const keyCache = new Map<number, number[]>();
  const keys = (slot: number): number[] => {
    let out = keyCache.get(slot);
    if (!out) {
      out = [];
      for (const feature of members(slot, groups)) out.push(feature, ...(aliases.get(feature) ?? []));
      keyCache.set(slot, out);
    }
    return out;
  };
  const frequency = new Uint32Array(featureCount);
  for (const pattern of patterns) for (const slot of pattern.slots) for (const feature of members(slot, groups)) frequency[feature]!++;
  const rarity = (slot: number) => {
    let sum = 0;
    for (const feature of members(slot, groups)) sum += frequency[feature]!;
    return sum;
  };
  const sharing = pairSharing(patterns, featureCount, groups);
  const single: (number[] | undefined)[] = new Array(featureCount);
  const pairs = new Map<number, number[]>();
  const keyed = new Uint8Array(featureCount);
  const listPair = (slotA: number, slotB: number, p: number) => {
    for (const a of keys(slotA)) {
      for (const b of keys(slotB)) {
        if (a === b) continue;
        const key = pairKey(a, b, featureCount);
        const list = pairs.get(key);
        if (list) list.push(p);
        else pairs.set(key, [p]);
        keyed[a] = keyed[b] = 1;
      }
    }
  };
  patterns.forEach((pattern, p) => {
    if (!pattern.derived && pattern.requiredCount >= 2) {
      const [a, b, c] = leastSharedSlots(pattern, sharing, featureCount, groups);
      listPair(a, b, p);
      if (c !== undefined) {
        listPair(a, c, p);
        listPair(b, c, p);
      }
      return;
    }
    const order = [...pattern.slots.keys()].sort((x, y) => rarity(pattern.slots[x]!) - rarity(pattern.slots[y]!));
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
    for (const slot of chosen) for (const feature of members(slot, groups)) (single[feature] ??= []).push(p);
  });
  const byRarity = new Map<Pattern, number[]>();
  const requiredByRarity = (pattern: Pattern) => {
    let order = byRarity.get(pattern);
    if (!order) byRarity.set(pattern, (order = requiredSlots(pattern).sort((x, y) => rarity(x) - rarity(y))));
    return order;
  };
  const triples = splitCrowdedPairs(pairs, patterns, featureCount, requiredByRarity, keys, keyed);
  return {
    single: Array.from(single, (list) => (list ? Int32Array.from(new Set(list)) : undefined)),
    pairs: new Map([...pairs].map(([key, list]) => [key, Int32Array.from(new Set(list))])),
    triples,
    keyed,
    featureCount,
  };
}

/** How many hand-written wordings require each pair of features (group slots count by member). */
function pairSharing(patterns: readonly Pattern[], featureCount: number, groups: Groups): Map<number, number> {
  const sharing = new Map<number, number>();
  for (const pattern of patterns) {
    if (pattern.derived) continue;
    const required = requiredSlots(pattern);
    for (let x = 0; x < required.length; x++) {
      for (let y = x + 1; y < required.length; y++) {
        for (const a of members(required[x]!, groups)) {
          for (const b of members(required[y]!, groups)) {
            if (a === b) continue;
            const key = pairKey(a, b, featureCount);
            sharing.set(key, (sharing.get(key) ?? 0) + 1);
          }
        }
      }
    }
  }
  return sharing;
}

/** Two required slots whose pair the fewest wordings share, and a third for possible matches. */
function leastSharedSlots(pattern: Pattern, sharing: Map<number, number>, featureCount: number, groups: Groups): [number, number, number?] {
  const required = requiredSlots(pattern);
  // What listing the wording under a pair of slots costs: the wordings sharing each key it adds.
  const shared = (slotA: number, slotB: number) => {
    let sum = 0;
    for (const a of members(slotA, groups)) for (const b of members(slotB, groups)) if (a !== b) sum += sharing.get(pairKey(a, b, featureCount)) ?? 0;
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

/**
 * A pair of popular features (two people named together in hundreds of claims) would make every
 * sentence naming them score hundreds of wordings. Such pairs keep only wordings with nothing
 * more to require; the others move under a third required feature, their rarest. A
 * confident match has every required slot, so it is still found.
 */
function splitCrowdedPairs(
  pairs: Map<number, number[]>,
  patterns: readonly Pattern[],
  featureCount: number,
  requiredByRarity: (pattern: Pattern) => number[],
  keys: (slot: number) => number[],
  keyed: Uint8Array,
): Map<number, Map<number, Int32Array>> {
  const triples = new Map<number, Map<number, number[]>>();
  for (const [key, list] of pairs) {
    const unique = [...new Set(list)];
    if (unique.length <= SPLIT) continue;
    const a = Math.floor(key / featureCount);
    const b = key % featureCount;
    const kept: number[] = [];
    const byThird = new Map<number, number[]>();
    for (const p of unique) {
      const third = rarestThird(requiredByRarity(patterns[p]!), a, b, keys);
      if (third === undefined) {
        kept.push(p);
        continue;
      }
      for (const feature of keys(third)) {
        const sub = byThird.get(feature);
        if (sub) sub.push(p);
        else byThird.set(feature, [p]);
        keyed[feature] = 1;
      }
    }
    pairs.set(key, kept);
    triples.set(key, byThird);
  }
  return new Map([...triples].map(([key, byThird]) => [key, new Map([...byThird].map(([feature, list]) => [feature, Int32Array.from(list)]))]));
}

/** The rarest required slot not keyed on feature a or b. */
function rarestThird(byRarity: readonly number[], a: number, b: number, keys: (slot: number) => number[]): number | undefined {
  return byRarity.find((slot) => {
    const features = keys(slot);
    return !features.includes(a) && !features.includes(b);
  });
}

function requiredSlots(pattern: Pattern): number[] {
  const out: number[] = [];
  pattern.slots.forEach((slot, i) => {
    if (pattern.required[i]) out.push(slot);
  });
  return out;
}

/** The features of a slot: itself, or the members of its group. */
export function members(slot: number, groups: readonly Int32Array[] | Groups): Int32Array | readonly number[] {
  if (slot >= GROUP_BASE) return 'list' in groups ? groups.list[slot - GROUP_BASE]! : groups[slot - GROUP_BASE]!;
  if ('list' in groups) {
    let alone = groups.alone.get(slot);
    if (!alone) groups.alone.set(slot, (alone = [slot]));
    return alone;
  }
  return [slot];
}

/** Groups, with one reusable array per single-feature slot (compiling 100,000 claims asks often). */
interface Groups {
  list: readonly Int32Array[];
  alone: Map<number, number[]>;
}

function memoizedGroups(list: readonly Int32Array[]): Groups {
  return { list, alone: new Map() };
}
