/**
 * The stem ids of plain page words (ASCII letters and digits), keyed by the block reader's two
 * hashes of the word, so a word seen before costs one probe and no string. The table starts small
 * and doubles as words arrive: a page holds a few thousand distinct words, and a table sized for
 * the worst case (2 MB) would miss the cache on nearly every probe where a small one stays in it.
 */

/** What `find` answers for a word not memoised yet (stem ids are >= 0, or UNKNOWN = -1). */
export const NOT_MEMOISED = -0x7fffffff;

const INITIAL_SLOTS = 1 << 12;
/** Past this many slots the table is cleared rather than grown (a very long session of pages). */
const MAX_SLOTS = 1 << 17;

export class PlainMemo {
  /** Per slot, four ints side by side (hash, check, id, 1 when taken): one probe reads one cache line. */
  private slots = new Int32Array(INITIAL_SLOTS * 4);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;

  /** The memoised id of the word with these hashes, or NOT_MEMOISED. */
  find(hash: number, check: number): number {
    const { slots, mask } = this;
    for (let slot = hash & mask; slots[slot * 4 + 3] === 1; slot = (slot + 1) & mask) {
      const at = slot * 4;
      if (slots[at] === hash && slots[at + 1] === check) return slots[at + 2]!;
    }
    return NOT_MEMOISED;
  }

  /** Memoises a word `find` did not know. */
  add(hash: number, check: number, id: number): void {
    if (this.count >= (this.mask + 1) / 2) {
      if (this.mask + 1 >= MAX_SLOTS) {
        this.clear();
        return;
      }
      this.grow();
    }
    this.place(hash, check, id);
    this.count++;
  }

  clear(): void {
    if (this.count === 0) return;
    this.slots.fill(0);
    this.count = 0;
  }

  private place(hash: number, check: number, id: number): void {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot * 4 + 3] === 1) slot = (slot + 1) & mask;
    const at = slot * 4;
    slots[at] = hash;
    slots[at + 1] = check;
    slots[at + 2] = id;
    slots[at + 3] = 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let at = 0; at < old.length; at += 4) if (old[at + 3] === 1) this.place(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}
