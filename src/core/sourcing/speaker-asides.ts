/**
 * What may stand between a speaker's name and its verb without being either: an aside
 * (", however,"), a designation after a name ("Sen. Roe (D-Calif.)"), a time after an appositive
 * (", a member of the panel, on Tuesday said"). The subject readers step over them.
 */
import { isTimeWord } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** ", however,": an aside between a subject and its verb. */
const ASIDES = new Set(['however', 'though', 'meanwhile', 'moreover', 'too', 'also', 'instead', 'nonetheless', 'nevertheless', 'furthermore', 'likewise']);

/** Index of the last token before an aside (", however,") that ends at token `i`, else `i`. */
export function beforeAside(view: SentenceView, i: number): number {
  const { tokens } = view;
  return tokens[i]?.text === ',' && ASIDES.has(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === ',' ? i - 3 : i;
}

/** How long a parenthetical after a name may run ("(D-Calif.)", "(NYSE: ACME)"). */
const DESIGNATION_REACH = 7;

/**
 * Index of the last token before a short parenthetical ending at token `i` that follows a name
 * ("Sen. Roe (D-Calif.) argued"), else `i`: the designation belongs to the speaker's phrase.
 */
export function beforeDesignation(view: SentenceView, i: number): number {
  const { tokens } = view;
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k > view.from && i - k <= DESIGNATION_REACH; k--) {
    const token = tokens[k]!;
    if (token.quote || token.quoted || token.text === ')') return i;
    if (token.text === '(') return tokens[k - 1]?.cap ? k - 1 : i;
  }
  return i;
}

/** Most words a time may take between an aside and its verb ("on Tuesday", "late last week"). */
const ASIDE_TIME = 3;

/** "Roe, a member of the panel, on Tuesday said": the aside's comma before a time that precedes the verb, else `i`. */
export function timeAfterAside(view: SentenceView, i: number): number {
  let k = i;
  while (k >= view.from && i - k < ASIDE_TIME && view.tokens[k]!.word && isTimeWord(view.tokens[k]!.text)) k--;
  return k < i && view.tokens[k]?.text === ',' ? k : i;
}
