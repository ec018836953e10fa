/**
 * Conditional clauses ("If a minister had told the committee he had no contact, ..."): what they
 * state is supposed, not asserted, so a negation inside one denies nothing.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** How far back from a negation a clause's "if" may stand. */
const CONDITION_REACH = 30;

/** Whether token `i` lies in a clause opened by "if" or "unless" at the sentence's or a quotation's start. */
export function inCondition(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= view.from && i - k <= CONDITION_REACH; k--) {
    const token = tokens[k]!;
    if (token.text === ',' || token.text === ';' || token.text === ':' || token.quote === 'close') return false;
    if (!words.suppositions.has(token.text) || token.text === 'whether') continue;
    // The clause opens the sentence or a quotation ('"If she had ...'), not an indirect question ("asked if").
    return k === view.from || tokens[k - 1]!.quote === 'open';
  }
  return false;
}
