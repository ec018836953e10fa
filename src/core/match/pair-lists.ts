/**
 * Wordings listed under pairs of features (see postings.ts), built in two passes into one flat
 * array: the wordings of pair id i are data[offset[i], offset[i] + count[i]). A 100,000-claim
 * pack lists wordings under more than a million pairs; a small array for each made compiling it
 * spend most of its time collecting garbage.
 */
import { PairIndex, PairTable, grown } from './pair-table.js';

export interface PairLists {
  index: PairIndex;
  offset: Int32Array;
  count: Int32Array;
  data: Int32Array;
}

/**
 * Lists each wording p under every pair of keys of its planned slot pairs: slots plan[3p] and
 * plan[3p + 1], and with plan[3p + 2] (-1 when none) also under the pairs it makes with each.
 */
export function listPairs(plan: Int32Array, keys: (slot: number) => readonly number[], keyed: Uint8Array): PairLists {
  const index = new PairIndex();
  const patterns = plan.length / 3;
  let count: Int32Array = new Int32Array(1024);
  // The last wording (+ 1) counted or written for each pair: a wording reaches a pair once.
  let last: Int32Array = new Int32Array(1024);
  const eachPair = (p: number, visit: (a: number, b: number) => void) => {
    const a = plan[3 * p]!;
    const b = plan[3 * p + 1]!;
    const c = plan[3 * p + 2]!;
    if (a < 0) return;
    const slotPairs = c < 0 ? [a, b] : [a, b, a, c, b, c];
    for (let s = 0; s < slotPairs.length; s += 2) {
      for (const x of keys(slotPairs[s]!)) for (const y of keys(slotPairs[s + 1]!)) if (x !== y) visit(x, y);
    }
  };
  for (let p = 0; p < patterns; p++) {
    eachPair(p, (x, y) => {
      const id = index.add(x, y);
      if (id >= count.length) {
        count = grown(count, id);
        last = grown(last, id);
      }
      if (last[id] === p + 1) return;
      last[id] = p + 1;
      count[id]!++;
      keyed[x] = keyed[y] = 1;
    });
  }
  const offset = new Int32Array(index.size);
  let total = 0;
  for (let id = 0; id < index.size; id++) {
    offset[id] = total;
    total += count[id]!;
  }
  const data = new Int32Array(total);
  const filled = new Int32Array(index.size);
  last.fill(0);
  for (let p = 0; p < patterns; p++) {
    eachPair(p, (x, y) => {
      const id = index.find(x, y);
      if (last[id] === p + 1) return;
      last[id] = p + 1;
      data[offset[id]! + filled[id]!++] = p;
    });
  }
  return { index, offset, count: count.slice(0, index.size), data };
}

/** A pair listing more wordings than this is split by a third feature of each wording. */
const SPLIT = 4;

/**
 * A pair of popular features (two people named together in hundreds of claims) would make every
 * sentence naming them score hundreds of wordings. Such pairs keep only wordings with nothing
 * more to require; the others move under a third required feature, their rarest. A
 * confident match has every required slot, so it is still found.
 */
export function splitCrowdedPairs(
  lists: PairLists,
  requiredByRarity: (p: number) => readonly number[],
  keys: (slot: number) => readonly number[],
  keyed: Uint8Array,
): PairTable<Map<number, readonly number[]>> {
  const triples = new PairTable<Map<number, readonly number[]>>();
  const { offset, count, data } = lists;
  lists.index.forEach((a, b, id) => {
    if (count[id]! <= SPLIT) return;
    const start = offset[id]!;
    const end = start + count[id]!;
    let kept = start;
    const byThird = new Map<number, number[]>();
    for (let k = start; k < end; k++) {
      const p = data[k]!;
      const third = rarestThird(requiredByRarity(p), a, b, keys);
      if (third === undefined) {
        data[kept++] = p;
        continue;
      }
      for (const feature of keys(third)) {
        const sub = byThird.get(feature);
        if (sub) sub.push(p);
        else byThird.set(feature, [p]);
        keyed[feature] = 1;
      }
    }
    count[id] = kept - start;
    // Lists grown by push keep spare room; exact copies keep a large pack's index small.
    for (const [feature, list] of byThird) byThird.set(feature, list.slice());
    triples.set(a, b, byThird);
  });
  return triples;
}

/** The rarest required slot not keyed on feature a or b. */
function rarestThird(byRarity: readonly number[], a: number, b: number, keys: (slot: number) => readonly number[]): number | undefined {
  for (const slot of byRarity) {
    const features = keys(slot);
    if (!features.includes(a) && !features.includes(b)) return slot;
  }
  return undefined;
}
