/**
 * What the sentence pass found: per feature, whether it occurs in the current sentence, how
 * (occurrence-flags.ts: plain, negated, hypothetical, through a pronoun) and where.
 * Flat typed arrays indexed by feature and stamped per sentence, so nothing is cleared or
 * allocated between sentences; the scorer (score.ts) reads them for each candidate pattern.
 */
import { PLAIN } from './occurrence-flags.js';

export class FeatureOccurrences {
  /** `seen[f] === stamp` when feature f occurs in the current sentence. */
  readonly seen: Int32Array;
  readonly how: Uint8Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  stamp = 0;
  /** The features noted in the current sentence, in order of first occurrence. */
  protected readonly present: number[] = [];

  constructor(features: number) {
    this.seen = new Int32Array(features).fill(-1);
    this.how = new Uint8Array(features);
    this.first = new Int32Array(features);
    this.last = new Int32Array(features);
  }

  /** Whether feature f occurs in the current sentence. */
  has(feature: number): boolean {
    return this.seen[feature] === this.stamp;
  }

  /** Feature f occurs on tokens [first, last] of the sentence stamped `stamp`, `how` (flags). */
  protected note(feature: number, first: number, last: number, how: number, stamp: number): void {
    if (this.seen[feature] !== stamp) {
      this.seen[feature] = stamp;
      this.how[feature] = 0;
      this.first[feature] = first;
      this.last[feature] = last;
      this.present.push(feature);
    } else if (how & PLAIN && !(this.how[feature]! & PLAIN)) {
      // Prefer a plain occurrence as the evidence.
      this.first[feature] = first;
      this.last[feature] = last;
    }
    this.how[feature]! |= how;
  }
}
