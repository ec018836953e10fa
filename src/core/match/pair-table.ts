/**
 * Tables keyed by an unordered pair of feature ids. The two ids stay small integers in typed
 * arrays: a Map keyed by `a * featureCount + b` boxes every key past 2^31 as a heap number, and
 * compiling a 100,000-claim pack spent a third of its time collecting them.
 */

/** Gives each pair a dense id (0, 1, 2... in order of insertion), so data about pairs can live in flat arrays. */
export class PairIndex {
  /**
   * Per slot, three ints side by side: the smaller id, the larger id, and the pair's id + 1 (0
   * for a free slot). A probe then reads one cache line, not three arrays: matching a sentence
   * probes once for every two features it holds, in a table as large as the database.
   */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 16) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 3);
  }

  /** The id of a pair, or -1. */
  find(x: number, y: number): number {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const { slots } = this;
    for (let slot = hashPair(a, b) & this.mask; slots[slot * 3 + 2] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) return slots[slot * 3 + 2]! - 1;
    }
    return -1;
  }

  /** The id of a pair, given the next free one when it is new. */
  add(x: number, y: number): number {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const { slots } = this;
    let slot = hashPair(a, b) & this.mask;
    for (; slots[slot * 3 + 2] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) return slots[slot * 3 + 2]! - 1;
    }
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = ++this.size;
    if (this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  /** Calls `visit(smaller id, larger id, pair id)` for every pair. */
  forEach(visit: (a: number, b: number, id: number) => void): void {
    const { slots } = this;
    for (let slot = 0; slot <= this.mask; slot++) if (slots[slot * 3 + 2] !== 0) visit(slots[slot * 3]!, slots[slot * 3 + 1]!, slots[slot * 3 + 2]! - 1);
  }

  private grow(): void {
    const old = this.slots;
    const count = (this.mask + 1) * 2;
    this.mask = count - 1;
    this.slots = new Int32Array(count * 3);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      let slot = hashPair(old[at]!, old[at + 1]!) & this.mask;
      while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 3] = old[at]!;
      this.slots[slot * 3 + 1] = old[at + 1]!;
      this.slots[slot * 3 + 2] = old[at + 2]!;
    }
  }
}

/** A value for each pair. */
export class PairTable<T> {
  private readonly index = new PairIndex();
  private readonly values: T[] = [];

  get size(): number {
    return this.index.size;
  }

  get(x: number, y: number): T | undefined {
    const id = this.index.find(x, y);
    return id < 0 ? undefined : this.values[id];
  }

  set(x: number, y: number, value: T): void {
    this.values[this.index.add(x, y)] = value;
  }

  /** Every pair with its value, for storing the table (stored-postings.ts). */
  forEach(visit: (a: number, b: number, value: T) => void): void {
    this.index.forEach((a, b, id) => visit(a, b, this.values[id]!));
  }
}

function hashPair(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

/** A count for each pair, for compiling (how many wordings share it). */
export class PairCounts {
  readonly index = new PairIndex();
  private counts: Int32Array = new Int32Array(1024);

  add(x: number, y: number): void {
    const id = this.index.add(x, y);
    if (id >= this.counts.length) this.counts = grown(this.counts, id);
    this.counts[id]!++;
  }

  get(x: number, y: number): number {
    const id = this.index.find(x, y);
    return id < 0 ? 0 : this.counts[id]!;
  }
}

/** A copy of `array` with room for index `at`. */
export function grown(array: Int32Array, at: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(Math.max(at + 1, array.length * 2));
  out.set(array);
  return out;
}
