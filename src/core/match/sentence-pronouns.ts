/**
 * The words of one sentence that stand for people ("he", "her", "the senator", "the two men"):
 * where the first is, and how many people they can stand for, so that a single "she" is never
 * both Kislyak and Sessions however alike their salience. One per gender for its subject and
 * possessive pronouns ("he ... his" is one man), one more for each object pronoun ("He met
 * him") or other word for a person ("the senator"), and at least two for "the two men".
 * Genders come from the anaphor features (see impliedPronoun in lexicon.ts), forms from the
 * pronoun's word id, so nothing here reads page text.
 */
import type { Vocabulary } from '../text/vocabulary.js';
import type { Feature, PhraseHits } from './phrase-lookup.js';

/** One bit per gender a pronoun implies. */
const GENDER_BIT: Readonly<Record<string, number>> = { he: 1, she: 2 };

export class SentencePronouns {
  /** Per feature, the gender bit of an anaphor that implies one, else 0. */
  private readonly genders: Uint8Array;
  private readonly subjects: ReadonlySet<number>;
  /** Possessive and reflexive pronouns: "his" in "he ... his" is the subject himself. */
  private readonly possessives: ReadonlySet<number>;
  /** "his", "her" before a word: a person's (see owned-words.ts). */
  readonly personalOwners: ReadonlySet<number>;
  /** "its" before a word: a thing's, never a person's. */
  readonly thingOwners: ReadonlySet<number>;
  /** Token and feature of the sentence's first word standing for people, -1 when none. */
  first = -1;
  private firstFeature = -1;
  private singular = 0;
  /** Some word stands for several people ("the two men"). */
  plural = false;
  /** Gender bits whose subject or possessive pronoun is counted already. */
  private gendersSeen = 0;

  /** Word ids are interned in `vocabulary` as sentence tokens are, in a fixed order, so they never change. */
  constructor(private readonly features: readonly Feature[], vocabulary: Vocabulary) {
    this.genders = Uint8Array.from(features, (feature) => (feature.kind === 'anaphor' && feature.pronoun ? (GENDER_BIT[feature.pronoun] ?? 0) : 0));
    this.subjects = vocabulary.internWords(['he', 'she', 'they']);
    this.possessives = vocabulary.internWords(['his', 'himself', 'her', 'hers', 'herself']);
    this.personalOwners = vocabulary.internWords(['his', 'her']);
    this.thingOwners = vocabulary.internWords(['its']);
  }

  /** A new sentence. */
  reset(): void {
    this.first = -1;
    this.firstFeature = -1;
    this.singular = 0;
    this.plural = false;
    this.gendersSeen = 0;
  }

  /** A word standing for one person (`plural` false) or several, on token `at` (id `word`) on. */
  add(feature: number, at: number, word: number, plural: boolean): void {
    if (this.first < 0) {
      this.first = at;
      this.firstFeature = feature;
    }
    if (plural) {
      this.plural = true;
      return;
    }
    const gender = this.genders[feature]!;
    const merges = gender !== 0 && (this.subjects.has(word) || this.possessives.has(word));
    if (!merges || !(this.gendersSeen & gender)) this.singular++;
    if (merges) this.gendersSeen |= gender;
  }

  /** How many people the sentence's pronouns can stand for. */
  get capacity(): number {
    return this.plural ? Math.max(2, this.singular) : this.singular;
  }

  /** A pronoun that can only be a verb's subject ("she said", not "asked him"). */
  isSubject(word: number): boolean {
    return this.subjects.has(word);
  }

  /**
   * The pronoun ("he", "she") implied by the first word for people when it starts at token `at`,
   * else by the word for a person (a feature `isPerson` accepts) starting there; undefined when
   * it implies none.
   */
  impliedAt(at: number, hits: PhraseHits, isPerson: (feature: number) => boolean): string | undefined {
    let feature = at === this.first ? this.firstFeature : -1;
    for (let h = 0; feature < 0 && h < hits.count; h++) if (hits.first[h] === at && isPerson(hits.feature[h]!)) feature = hits.feature[h]!;
    return feature < 0 ? undefined : this.features[feature]!.pronoun;
  }
}
