/**
 * The inverted index (postings.ts) as plain data, and back (see stored-matcher.ts). Pair ids
 * index the pair lists' offsets and counts, so pairs are stored in id order and added back in
 * it: a fresh PairIndex gives them the same ids.
 */
import { PairIndex, PairTable } from './pair-table.js';
import type { Postings } from './postings.js';
import { check, fields, int32s, listAt, ragged, toRagged, typed, type Ragged } from './stored-arrays.js';

export interface StoredPostings {
  single: Ragged;
  /** Pair i is (pairA[i], pairB[i]); its wordings are data[offset[i], offset[i] + count[i]). */
  pairA: Int32Array;
  pairB: Int32Array;
  offset: Int32Array;
  count: Int32Array;
  data: Int32Array;
  /** Crowded pair i is (tripleA[i], tripleB[i]); its third features are list i of `thirds`, in order, each with its list of `wordings`. */
  tripleA: Int32Array;
  tripleB: Int32Array;
  thirds: Ragged;
  wordings: Ragged;
  keyed: Uint8Array;
}

export function storePostings(postings: Postings): StoredPostings {
  const { pairs } = postings;
  const pairA = new Int32Array(pairs.index.size);
  const pairB = new Int32Array(pairA.length);
  pairs.index.forEach((a, b, id) => {
    pairA[id] = a;
    pairB[id] = b;
  });
  const tripleA: number[] = [];
  const tripleB: number[] = [];
  const thirds: number[][] = [];
  const wordings: (readonly number[])[] = [];
  postings.triples.forEach((a, b, byThird) => {
    tripleA.push(a);
    tripleB.push(b);
    thirds.push([...byThird.keys()]);
    wordings.push(...byThird.values());
  });
  return {
    single: toRagged(postings.single),
    pairA,
    pairB,
    offset: pairs.offset,
    count: pairs.count,
    data: pairs.data,
    tripleA: Int32Array.from(tripleA),
    tripleB: Int32Array.from(tripleB),
    thirds: toRagged(thirds),
    wordings: toRagged(wordings),
    keyed: postings.keyed,
  };
}

export function restorePostings(value: unknown, featureCount: number, patternCount: number): Postings {
  const stored = fields(value);
  const single = ragged(stored['single'], featureCount, 0, patternCount);
  const pairA = int32s(stored['pairA'], 0, featureCount);
  const pairB = int32s(stored['pairB'], 0, featureCount, pairA.length);
  const data = int32s(stored['data'], 0, patternCount);
  const offset = int32s(stored['offset'], 0, data.length + 1, pairA.length);
  const count = int32s(stored['count'], 0, data.length + 1, pairA.length);
  const index = new PairIndex(pairA.length);
  for (let id = 0; id < pairA.length; id++) {
    check(pairA[id] !== pairB[id] && offset[id]! + count[id]! <= data.length);
    check(index.add(pairA[id]!, pairB[id]!) === id);
  }

  const tripleA = int32s(stored['tripleA'], 0, featureCount);
  const tripleB = int32s(stored['tripleB'], 0, featureCount, tripleA.length);
  const thirds = ragged(stored['thirds'], tripleA.length, 0, featureCount);
  const wordings = ragged(stored['wordings'], thirds.values.length, 0, patternCount);
  const triples = new PairTable<Map<number, readonly number[]>>();
  for (let t = 0; t < tripleA.length; t++) {
    check(tripleA[t] !== tripleB[t] && triples.get(tripleA[t]!, tripleB[t]!) === undefined);
    const byThird = new Map<number, readonly number[]>();
    for (let k = thirds.offsets[t]!; k < thirds.offsets[t + 1]!; k++) byThird.set(thirds.values[k]!, listAt(wordings, k));
    triples.set(tripleA[t]!, tripleB[t]!, byThird);
  }
  return {
    single: Array.from({ length: featureCount }, (_, f) => (single.offsets[f] === single.offsets[f + 1] ? undefined : listAt(single, f))),
    pairs: { index, offset, count, data },
    triples,
    keyed: typed(stored['keyed'], Uint8Array, featureCount),
  };
}
