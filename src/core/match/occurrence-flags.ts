/**
 * How a word occurs in a sentence, as a bit set: polarity.ts marks the first four on every
 * token, the sentence pass (feature-occurrences.ts) adds ANAPHORIC for words found through a
 * pronoun or role noun, and the scorer (score.ts) reads them all.
 */
export const PLAIN = 1;
export const NEGATED = 2;
export const HYPOTHETICAL = 4;
/** Found through a pronoun or role noun ("he", "the ambassador"). */
export const ANAPHORIC = 8;
/** Under a negated memory word ("does not recall meeting him"): forgotten, not denied. */
export const FORGOTTEN = 16;
