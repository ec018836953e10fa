/**
 * "The record" also means what is publicly known ("what the record shows", "as far as the public
 * record shows", a fact-check's "The record: ..." heading its findings) or a history ("the track
 * record"), which cites no paper. That reading is a fixed phrase: "the", a few modifiers, the head
 * and nothing after it. Anything else marks a particular paper: another determiner picking one out
 * ("a record shows", "its record", "that record"), an owner that keeps it ("the court's record"),
 * a kind ("the trial record", "the Congressional Record"), or words after the head that say what
 * it records or how it came ("the record of the call", "the record obtained by ProPublica", "The
 * record, which the Times reviewed, shows"). "Records" stays a document: the plural counts papers
 * ("phone records show").
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** Whether the phrase [from, to] headed by "record" at `h` is the open record, no paper. */
export function openRecord(view: SentenceView, from: number, h: number, to: number): boolean {
  const { tokens } = view;
  if (tokens[h]!.text !== 'record' || to > h) return false;
  // A comma after the head opens an aside describing the paper, or ends a citation of it ("According to the record, ...").
  if (h + 1 < view.to && tokens[h + 1]!.text === ',') return false;
  if (tokens[from]!.text !== 'the') return false;
  for (let k = from + 1; k < h; k++) if (!words.openRecordModifiers.has(tokens[k]!.text)) return false;
  return true;
}
