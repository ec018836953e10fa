/**
 * What each first stem starts, as flat arrays that PhraseLookup.find reads before any phrase:
 * most tokens of a page start nothing, or only one-word phrases free of case ("said", "met"),
 * whose features then come from one typed array, without loading the stem's phrase objects,
 * which the rest of a scan keeps evicting from the cache.
 */

/** Shape bits: one-word phrases, none asking for capitals (their features are in `features`). */
export const CASE_FREE = 1;
/** One-word phrases, some asking for capitals: find visits them one by one. */
export const CASED = 2;
/** Longer phrases start with the stem. */
export const LONGER = 4;

export interface StartShapes {
  /** Per stem id, its shape bits (0: it starts no phrase). */
  shape: Uint8Array;
  /** The features of stem id's case-free one-word phrases, in order: features[from[id]] to features[from[id + 1]]. */
  from: Int32Array;
  features: Int32Array;
  /**
   * Per stem id starting longer phrases, bit (second & 31) set for each second stem they file
   * under: most tokens followed by a word that continues none of them skip the map lookup.
   */
  seconds: Int32Array;
}

interface StartLike {
  single: readonly { caps: number; features: readonly number[] }[];
  next: ReadonlyMap<number, unknown> | undefined;
}

export function startShapes(byFirst: readonly (StartLike | undefined)[]): StartShapes {
  const shape = new Uint8Array(byFirst.length);
  const from = new Int32Array(byFirst.length + 1);
  const seconds = new Int32Array(byFirst.length);
  const features: number[] = [];
  for (let id = 0; id < byFirst.length; id++) {
    from[id] = features.length;
    const start = byFirst[id];
    if (!start) continue;
    if (start.next) {
      shape[id]! |= LONGER;
      for (const second of start.next.keys()) seconds[id]! |= 1 << (second & 31);
    }
    if (start.single.length === 0) continue;
    if (start.single.some((phrase) => phrase.caps !== 0)) shape[id]! |= CASED;
    else {
      shape[id]! |= CASE_FREE;
      for (const phrase of start.single) features.push(...phrase.features);
    }
  }
  from[byFirst.length] = features.length;
  return { shape, from, features: Int32Array.from(features), seconds };
}
