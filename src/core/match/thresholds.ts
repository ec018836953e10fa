/**
 * Score levels. A hand-written wording matches when every required slot is present
 * (confident) or all but one (possible); a wording derived from a statement matches by the
 * weighted share of its slots present. Scores land in [CONFIDENT_SCORE, 1] for confident
 * matches and in [POSSIBLE_SCORE, CONFIDENT_SCORE) for possible ones.
 */
export const CONFIDENT_SCORE = 0.7;
export const POSSIBLE_SCORE = 0.4;

/** A score as a hit reports it: to two decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Derived wordings: weighted coverage needed for each level. */
export const CONFIDENT_COVERAGE = 0.6;
export const POSSIBLE_COVERAGE = 0.45;

/** Slot weights: words that carry little meaning on their own, numbers. */
export const LIGHT_WEIGHT = 0.35;
export const NUMBER_WEIGHT = 0.5;

/** Score lost when a person is found only through a pronoun or role noun ("he", "the lawmaker"). */
export const ANAPHOR_PENALTY = 0.05;

/** How much of a person's salience carries to the next sentence, and the least a referent needs. */
export const SALIENCE_DECAY = 0.5;
export const SALIENCE_FLOOR = 0.2;
/** What a mention through a pronoun adds to a person's salience (a name adds 1). */
export const ANAPHOR_SALIENCE = 0.75;
/**
 * How many sentences back both people of a claim's encounter must have been named for a sentence
 * to recount it without their names ("The September meeting ..."): the floor a single mention's
 * salience keeps (SALIENCE_DECAY ** 2 >= SALIENCE_FLOOR), and always inside the browser's re-read.
 */
export const RECOUNT_REACH = 2;
