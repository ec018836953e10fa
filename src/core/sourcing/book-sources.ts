/**
 * Books as sources. A book cited for what it holds ("according to the book", "Woodward's book
 * says") and its author narrating it ("the author writes", "as Ruiz notes in her new book", "In
 * his new book, Ruiz argues") pass on the writer's own reporting: relayed, like another outlet's
 * story. A memoir is a participant's own record, a document: "the book" in a paragraph that names
 * one is that memoir, and its author narrating it speaks on the record about a document. Who
 * wrote a book is not known from one paragraph, so a book not called a memoir stays relayed.
 * "Book" in a compound ("the guest book", "the rule book") is a record or a rule, never this.
 */
import type { Act } from './acts.js';
import type { BlockMemory } from './block-memory.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import type { Token } from './tokens.js';

/** How far after "in her" a book may be named ("notes in her brisk and often very funny new book"). */
const BOOK_REACH = 9;
/** How far into a speaker phrase its book may stand ("a new, long-awaited book by ..."). */
const SPEAKER_REACH = 4;

const MEMOIR = new RegExp(`\\b(?:${[...words.memoirNouns].join('|')})\\b`, 'i');

/** The paragraph names a memoir, an autobiography or diaries (asked once per block). */
export function namesMemoir(text: string): boolean {
  return MEMOIR.test(text);
}

/** How a book the act cites or narrates counts, or null when the act is about no book. */
export type BookSource = 'relayed' | 'memoir' | null;

/** The act's document speaker is a book ("the book", "Woodward's book", "a new book by ..."). */
export function citedBook(view: SentenceView, act: Act, memory: BlockMemory): BookSource {
  const { from, to } = act.speaker;
  for (let k = from; k <= Math.min(to, from + SPEAKER_REACH); k++) {
    const token = view.tokens[k]!;
    if (!words.bookNouns.has(token.text)) continue;
    if (token.poss || compound(view, k)) return null; // "the book's publisher", "the guest book"
    return memory.namesMemoir ? 'memoir' : 'relayed';
  }
  return null;
}

/**
 * A named speaker narrating a book: "the author writes" (in the present tense, with a verb of
 * writing: "the author says" or "tells" is an interview), or any speech verb with the book named
 * as where it is said: "Ruiz argues in her book", "In his new book, Ruiz writes".
 */
export function narratedBook(view: SentenceView, act: Act, memory: BlockMemory): BookSource {
  const { tokens } = view;
  const verb = tokens[act.verb.from]!;
  if (act.verb.to - act.verb.from !== 1) return null;
  // "In his new book, Woodward writes": the opening names where the words were written.
  const inBook = bookAt(view, act.verb.to) || (act.speaker.from > view.from && bookAt(view, view.from));
  if (!inBook && !(theAuthor(view, act) && words.narrationVerbs.has(verb.text) && !verb.ed && verb.text.endsWith('s'))) return null;
  return memory.namesMemoir ? 'memoir' : 'relayed';
}

/** "The author, described only as a senior official, writes": an unnamed author. */
export function unnamedAuthor(view: SentenceView, act: Act): boolean {
  if (!theAuthor(view, act, true)) return false;
  for (let k = act.speaker.to + 1; k < act.verb.from; k++) if (words.unnamedHeads.has(view.tokens[k]!.text)) return true;
  return false;
}

/** The speaker is "the author" alone ("the author of the memo" is someone the article identifies otherwise). */
function theAuthor(view: SentenceView, act: Act, described = false): boolean {
  const { tokens } = view;
  const { from, to } = act.speaker;
  if (to !== from + 1 || tokens[from]!.text !== 'the' || tokens[to]!.text !== 'author' || tokens[to + 1]?.text === 'of') return false;
  return described || !unnamedAuthor(view, act);
}


/** "the guest book", "the visitor log book": a kind of book that records or rules. */
function compound(view: SentenceView, k: number): boolean {
  const before = view.tokens[k - 1];
  return before !== undefined && words.bookCompounds.has(before.text);
}

/** Words that may follow a book named as where words were written ("in his book that", "in the book about"). */
const AFTER_BOOK = new Set(['that', 'about', 'of', 'on', 'and']);

/** "in his book tour", "in her book deal": a lower-case word after "book" makes it a modifier. */
function compoundHead(next: Token | undefined): boolean {
  return next !== undefined && next.word && !next.cap && !AFTER_BOOK.has(next.text);
}

/**
 * "in her new book", "in the book" at `k`: the book the words were written in. It ends at the
 * first comma, "that" or other punctuation: "says in the interview that the book was ghostwritten"
 * names the book only in what is said.
 */
function bookAt(view: SentenceView, k: number): boolean {
  const { tokens } = view;
  if (tokens[k]?.text !== 'in') return false;
  const owner = tokens[k + 1]?.text ?? '';
  if (!words.possessive.has(owner) && !words.definite.has(owner)) return false;
  for (let j = k + 2; j < Math.min(view.to, k + BOOK_REACH); j++) {
    const token = tokens[j]!;
    if (words.bookNouns.has(token.text)) return !compound(view, j) && !token.poss && !compoundHead(tokens[j + 1]);
    if (!token.word || token.text === 'that' || words.memoirNouns.has(token.text)) return false;
  }
  return false;
}
