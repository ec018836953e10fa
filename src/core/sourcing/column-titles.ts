/**
 * A column's or newsletter's title before a block's colon ("Beltway Brief:", "Morning Memo:"):
 * it ends in a document noun but names no document. A label naming a paper looks alike in title
 * case, so the title is told by the word before the noun: an article ("The Memo:") or a kind or
 * state of paper ("Internal Memo:", "Leaked Document:", "Court Filing:") makes it a document.
 */
import { words } from './lexicon.js';
import { hitEndingAt, type SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';

/**
 * Whether the label in tokens [from, colon) ends in two capitalised words that title a column;
 * `shouted`: the label is in capitals throughout ("COURT FILING:"), where case tells nothing.
 */
export function titledColumn(view: SentenceView, from: number, colon: number, shouted: boolean): boolean {
  const { tokens } = view;
  if (shouted || colon - 2 < from) return false;
  const before = tokens[colon - 2]!;
  if (!tokens[colon - 1]!.cap || !before.cap || isDeterminer(before.text) || namesKindOfPaper(before.text)) return false;
  // "Court Documents:", "Court Filing:": the two words are one document's name.
  return (hitEndingAt(view, 'docNoun', colon - 1, from)?.from ?? colon - 1) === colon - 1;
}

function namesKindOfPaper(text: string): boolean {
  return words.documentStates.has(text) || words.documentReportModifiers.has(text) || words.documentPapers.has(text) || words.findingModifiers.has(text);
}
