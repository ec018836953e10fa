/**
 * The few words that shape a sentence's clauses for the speaker tracker (denier.ts): what joins
 * two clauses, what opens a relative clause or an introductory phrase. Kept apart as word-id tests
 * so the tracker reads token ids only, and the word lists live in one place.
 */
import { TITLES } from '../segment-breaks.js';
import type { Vocabulary } from '../text/vocabulary.js';

/** Word ids that shape clauses. */
export interface ClauseWords {
  /** Joins two clauses after a comma ("and", "but", "while"). */
  isJoiner(id: number): boolean;
  /** Opens who speaks for the subject ("Sessions, through a spokeswoman, disputed ..."). */
  isChannel(id: number): boolean;
  /** Opens a relative clause ("in which he said", "where she testified"). */
  isRelative(id: number): boolean;
  /** Opens an introductory phrase ("After meeting Sessions, ..."). */
  isIntro(id: number): boolean;
  /** May stand between a joiner and the subject it introduces (", and the department ..."). */
  isDeterminer(id: number): boolean;
  /** Opens an attribution naming its source after it ("according to ..."). */
  isSourceFirst(id: number): boolean;
  /** An abbreviation that opens a name, of a person ("Mr", "Ms.", "Sen.") or a place ("St. Louis", "Ft. Worth"): part of it. */
  isTitle(id: number): boolean;
}

/**
 * The clause words, as ids of `vocabulary`: interned by stem, as sentence tokens are ("before" is
 * "befor"), and in this order, so the ids never change.
 */
export function clauseWords(vocabulary: Vocabulary): ClauseWords {
  const words = (list: string[]) => {
    const ids = vocabulary.internWords(list);
    return (id: number) => ids.has(id);
  };
  return {
    isJoiner: words(['and', 'but', 'while', 'whereas']),
    isChannel: words(['through', 'via']),
    isRelative: words(['which', 'where', 'when', 'whom']),
    isIntro: words(['after', 'before', 'since', 'until', 'in', 'on', 'at', 'as', 'when', 'while', 'with', 'without', 'like', 'unlike', 'despite', 'asked', 'according', 'following', 'during', 'by', 'for', 'from', 'if', 'once', 'to']),
    isDeterminer: words(['the', 'a', 'an']),
    isSourceFirst: words(['according']),
    isTitle: words([...TITLES]),
  };
}
