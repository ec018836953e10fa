/**
 * "The record" also means what is publicly known ("what the record shows", "as far as the public
 * record shows", a fact-check's "The record: ..." heading its findings) or a history ("a good
 * track record"), which cites no paper. A singular "record" names a document only when something
 * marks a particular paper: what it records ("the record of the call"), an owner that keeps it
 * ("the court's record"), or a word for its kind ("the trial record", "the Congressional Record").
 * "Records" stays a document: the plural counts papers ("phone records show").
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';

/** Whether the phrase [from, h] headed by "record" at `h` is the open record, no paper. */
export function openRecord(view: SentenceView, from: number, h: number): boolean {
  const { tokens } = view;
  if (tokens[h]!.text !== 'record' || (h + 1 < view.to && tokens[h + 1]!.text === 'of')) return false;
  for (let k = from; k < h; k++) {
    const text = tokens[k]!.text;
    if (!isDeterminer(text) && !words.openRecordModifiers.has(text)) return false;
  }
  return true;
}
