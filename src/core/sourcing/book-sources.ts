/**
 * Books as sources. A book cited for what it holds ("according to the book", "as the book
 * records") and its author narrating it ("the author writes", "as Ruiz notes in her new book")
 * pass on the writer's own reporting: relayed, like another outlet's story. A memoir is a
 * participant's own record, a document: "the book" in a paragraph that named one is that memoir.
 */
import type { Act } from './acts.js';
import type { BlockMemory } from './block-memory.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** How far after its verb a book may be named ("notes in her brisk and often very funny new book"). */
const BOOK_REACH = 9;

/** The act's speaker is "the book" (or "this new book"), not a memoir the paragraph named. */
export function citesBook(view: SentenceView, act: Act, memory: BlockMemory): boolean {
  const { tokens } = view;
  const { from, to } = act.speaker;
  if (to < from || !words.bookNouns.has(tokens[to]!.text) || !words.definite.has(tokens[from]!.text)) return false;
  return !memory.namedMemoir();
}

/**
 * A named speaker narrating a book in the present tense: "the author writes", "Ruiz argues in
 * her book". Past-tense talk ("the author said in an interview") is the writer speaking on the record.
 */
export function narratesBook(view: SentenceView, act: Act): boolean {
  const { tokens } = view;
  const verb = tokens[act.verb.from]!;
  if (verb.ed || !verb.text.endsWith('s') || act.verb.to - act.verb.from !== 1) return false;
  const { from, to } = act.speaker;
  // "the author", alone: "the author of the memo" is someone the article identifies otherwise.
  if (to === from + 1 && tokens[from]!.text === 'the' && tokens[to]!.text === 'author' && tokens[to + 1]?.text !== 'of') return true;
  return inBookAfter(view, act.verb.to);
}

/** "in her new book", "in the book" right after the verb at `k`. */
function inBookAfter(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (tokens[k]?.text !== 'in') return false;
  const owner = tokens[k + 1]?.text ?? '';
  if (!words.possessive.has(owner) && owner !== 'the') return false;
  for (let j = k + 2; j < Math.min(view.to, k + BOOK_REACH); j++) {
    const token = tokens[j]!;
    if (words.bookNouns.has(token.text)) return true;
    if (!token.word && token.text !== ',') return false;
  }
  return false;
}
