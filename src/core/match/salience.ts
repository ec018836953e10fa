/**
 * Who an article has just been talking about, so that "he", "the lawmaker" or "the two men"
 * can stand for them. Each person named outright scores 1 in its sentence, and every score
 * halves from one sentence to the next. One Salience lives for one document.
 */
import type { Feature } from './phrase-lookup.js';
import { ANAPHOR_SALIENCE, SALIENCE_DECAY, SALIENCE_FLOOR } from './thresholds.js';

export class Salience {
  /** Person feature -> salience score as of the sentence `at` (it decays from there). */
  private readonly scores = new Map<number, { score: number; at: number }>();
  private sentence = 0;
  private readonly found: number[] = [];
  /** Everyone the document has named, however long ago. */
  private readonly named = new Set<number>();

  constructor(private readonly features: readonly Feature[], private readonly anaphoric: number) {}

  /**
   * The people a pronoun most likely stands for: the most salient one and any close to it
   * (`count` 1, above the floor), or the two most salient (`count` 2, "the two men"). `named` people (named
   * in the pronoun's own sentence, where it cannot stand for them) are left out of the ranking,
   * as are people the pack gives another `pronoun` than the one used ("she" is not Sessions).
   */
  referents(count: 1 | 2, named?: (feature: number) => boolean, pronoun?: string): readonly number[] {
    this.found.length = 0;
    const ranked: [number, number][] = [];
    for (const [feature, entry] of this.scores) {
      if (named?.(feature)) continue;
      const own = this.features[feature]!.pronoun;
      if (pronoun && own && own !== pronoun) continue;
      const score = this.scoreOf(entry);
      // "The two men" says there are two: the two most salient, however long ago the second was named.
      if (score >= SALIENCE_FLOOR || count === 2) ranked.push([feature, score]);
    }
    if (ranked.length === 0) return this.found;
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const best = ranked[0]![1];
    for (const [feature, score] of ranked) {
      if (count === 1 ? score >= 0.75 * best : this.found.length < 2) this.found.push(feature);
    }
    return this.found;
  }

  /** Ends a sentence: records the people it names, outright or through a pronoun. */
  observe(present: readonly number[], how: Uint8Array): void {
    this.sentence++;
    for (const feature of present) {
      const info = this.features[feature]!;
      if (info.kind !== 'entity' || info.entityKind !== 'person') continue;
      this.named.add(feature);
      // A pronoun that stood for someone keeps them in view, a little less than their name.
      const weight = how[feature]! & this.anaphoric ? ANAPHOR_SALIENCE : 1;
      const entry = this.scores.get(feature);
      if (entry) {
        entry.score = this.scoreOf(entry) + weight;
        entry.at = this.sentence;
      } else this.scores.set(feature, { score: weight, at: this.sentence });
    }
    if (this.scores.size > 64) for (const [feature, entry] of this.scores) if (this.scoreOf(entry) < SALIENCE_FLOOR) this.scores.delete(feature);
  }

  /** Whether the document has named `person` so far, this sentence included once observed. */
  namedSoFar(person: number): boolean {
    return this.named.has(person);
  }

  /** A score decayed to the current sentence. */
  private scoreOf(entry: { score: number; at: number }): number {
    return entry.score * SALIENCE_DECAY ** (this.sentence - entry.at);
  }
}

/** Never used, kept for good, as block-memory.ts's: a Salience lives for one document's scan. */
const KEPT_FOR_ITS_SHAPE = new Salience([], 0);
