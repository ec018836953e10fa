/**
 * Scores only the patterns the inverted index lists for the features present in a sentence
 * (by one feature, by a pair, or by a pair and a third), each once per sentence, keeping each
 * claim's best candidate: a scan then costs the same whatever the size of the database.
 */
import { anotherAgent } from './other-agent.js';
import { recountsTheirs } from './recounted-encounter.js';
import { scorePattern, type Candidate } from './score.js';
import type { Salience } from './salience.js';
import type { SentenceMatcher } from './sentence.js';
import { wordingInContext } from './wording-context.js';

export class CandidateSearch {
  /** Patterns scored since creation: what a scan cost, whatever the size of the database. */
  evaluations = 0;
  private readonly patternSeen: Int32Array;
  private readonly pairable: number[] = [];

  constructor(private readonly sentence: SentenceMatcher) {
    this.patternSeen = new Int32Array(sentence.index.patterns.length).fill(-1);
  }

  /** Each claim's best candidate among the patterns listed for the `present` features. */
  collect(present: readonly number[], stamp: number, salience: Salience): Candidate[] {
    const best: Candidate[] = [];
    const { single, pairs, triples, keyed } = this.sentence.index.postings;
    const pairable = this.pairable;
    pairable.length = 0;
    for (const feature of present) {
      const list = single[feature];
      if (list) for (const p of list) this.consider(p, stamp, best, salience);
      if (keyed[feature]) pairable.push(feature);
    }
    for (let x = 0; x < pairable.length; x++) {
      for (let y = x + 1; y < pairable.length; y++) {
        const id = pairs.index.find(pairable[x]!, pairable[y]!);
        if (id >= 0) for (let k = pairs.offset[id]!, end = k + pairs.count[id]!; k < end; k++) this.consider(pairs.data[k]!, stamp, best, salience);
        const byThird = triples.get(pairable[x]!, pairable[y]!);
        if (!byThird) continue;
        for (const third of pairable) {
          const more = byThird.get(third);
          if (more) for (const p of more) this.consider(p, stamp, best, salience);
        }
      }
    }
    // Once per claim, on its best candidate: whether someone else says or does what it states.
    let kept = 0;
    for (const candidate of best) if (!anotherAgent(this.sentence, candidate)) best[kept++] = candidate;
    best.length = kept;
    return best;
  }

  /** Scores pattern p once per sentence, keeping each claim's best candidate (with the key words of all). */
  private consider(p: number, stamp: number, best: Candidate[], salience: Salience): void {
    if (this.patternSeen[p] === stamp) return;
    this.patternSeen[p] = stamp;
    this.evaluations++;
    const candidate = scorePattern(this.sentence, p);
    const pattern = this.sentence.index.patterns[p]!;
    if (!candidate || !wordingInContext(this.sentence.index, pattern, salience)) return;
    if (pattern.facts >= 0 && !recountsTheirs(this.sentence, candidate, salience)) return;
    // Plain loops, no closure or pair array: this runs for every pattern that scores.
    let held = 0;
    while (held < best.length && best[held]!.claim !== candidate.claim) held++;
    if (held === best.length) {
      best.push(candidate);
      return;
    }
    const beats = candidate.score > best[held]!.score;
    const kept = beats ? candidate : best[held]!;
    const other = beats ? best[held]! : candidate;
    // Every equally sure wording tells what the claim says here (see compete).
    if (other.confidence === kept.confidence) for (const key of other.keys) if (!kept.keys.includes(key)) kept.keys.push(key);
    best[held] = kept;
  }
}
