/**
 * Words that date or count what a noun names: a count ("two encounters", "2016"), a time word of
 * the tagger's lexicon ("on Thursday", "in March", "yesterday", "last week") or a season ("last
 * spring", which the tagger leaves out: "fall" and "spring" are verbs as often). Read by token id,
 * so a sentence costs no string per word but the count test's.
 */
import { words as sourcingWords } from '../sourcing/lexicon.js';
import type { Tokens } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import { isCount } from './word-shape.js';

/**
 * Time words left out: "may" is the modal as often, "evening" shares its stem with "even",
 * and "earlier" and "later" date the verb as often as the noun ("the recusal later angered him").
 */
const NOT_DATING = new Set(['may', 'evening', 'earlier', 'later']);
const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter'];

export class DatingWords {
  private readonly ids: ReadonlySet<number>;

  constructor(vocabulary: Vocabulary) {
    const dating = [...sourcingWords.timeWords].filter((word) => !NOT_DATING.has(word));
    this.ids = vocabulary.internWords([...dating, ...SEASONS]);
  }

  /** Whether token `at` counts or dates: a count, a time word or a season. */
  datesAt(text: string, tokens: Tokens, at: number): boolean {
    return this.ids.has(tokens.ids[at]!) || isCount(text, tokens, at);
  }
}
