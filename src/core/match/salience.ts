/**
 * Who an article has just been talking about, so that "he", "the lawmaker" or "the two men"
 * can stand for them. Each person named outright scores 1 in its sentence, and every score
 * halves from one sentence to the next. It also keeps whom the prose named last and which claims
 * the sentence before stated, for recounted encounters (recounted-encounter.ts). One Salience lives
 * for one document.
 */
import type { Feature } from './phrase-lookup.js';
import { ANAPHOR_SALIENCE, RECOUNT_REACH, SALIENCE_DECAY, SALIENCE_FLOOR } from './thresholds.js';

export class Salience {
  /** Person feature -> salience score as of the sentence `at` (it decays from there). */
  private readonly scores = new Map<number, { score: number; at: number }>();
  private sentence = 0;
  private readonly found: number[] = [];
  /** Everyone the document has named, however long ago. */
  private readonly named = new Set<number>();
  /**
   * Person feature -> the last sentence of prose that named them outright: a navigation line
   * ("Home | Politics | Sessions | Kislyak") names people without talking about them, and a
   * pronoun's guess ("the two teams") is no evidence of whom the article is about.
   */
  private readonly inProse = new Map<number, number>();
  /** Whether the sentence last observed was prose. */
  private prose = true;
  /** Claim -> the last sentence that stated it confidently: "The first was in April" may go on from it. */
  private readonly statedAt = new Map<number, number>();

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

  /** Ends a sentence: records the people it names, outright or through a pronoun. `prose`: see inProse. */
  observe(present: readonly number[], how: Uint8Array, prose = true): void {
    this.sentence++;
    this.prose = prose;
    for (const feature of present) {
      const info = this.features[feature]!;
      if (info.kind !== 'entity' || info.entityKind !== 'person') continue;
      this.named.add(feature);
      const anaphoric = (how[feature]! & this.anaphoric) !== 0;
      if (prose && !anaphoric) this.inProse.set(feature, this.sentence);
      // A pronoun that stood for someone keeps them in view, a little less than their name.
      const weight = anaphoric ? ANAPHOR_SALIENCE : 1;
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

  /**
   * Whether the article is talking about `person` right now: named outright in prose in the
   * sentence just observed (itself prose) or at most `reach` sentences before it (RECOUNT_REACH
   * by default). A mention that recent lies inside the few blocks the browser's smallest re-read
   * carries, so a block scanned alone with its context agrees with the whole page.
   */
  talkingAbout(person: number, reach = RECOUNT_REACH): boolean {
    const at = this.inProse.get(person);
    return this.prose && at !== undefined && this.sentence - at <= reach;
  }

  /** Records that the sentence just observed stated `claim` confidently. */
  stated(claim: number): void {
    this.statedAt.set(claim, this.sentence);
  }

  /** Whether the sentence before the one just observed stated `claim` confidently. */
  statedJustBefore(claim: number): boolean {
    return this.statedAt.get(claim) === this.sentence - 1;
  }

  /** A score decayed to the current sentence. */
  private scoreOf(entry: { score: number; at: number }): number {
    return entry.score * SALIENCE_DECAY ** (this.sentence - entry.at);
  }
}

/** Never used, kept for good, as block-memory.ts's: a Salience lives for one document's scan. */
const KEPT_FOR_ITS_SHAPE = new Salience([], 0);
