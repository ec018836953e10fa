/**
 * Documents named by a preposition, with no verb of their own: the source opening a sentence
 * ("In a two-page letter to the court, ...") and the one information was taken from ("learned of
 * the meeting from a memo", "excerpts condensed from the committee's transcript").
 */
import { isTimeWord, words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';
import { isDeterminer } from './speaker-phrases.js';
import type { Token } from './tokens.js';

/** Modifiers a written source may have after its article ("in a one-page letter"). */
const WRITTEN_MODIFIERS = 3;

/** "In a two-page letter to the court, ...": where the phrase naming the written source starts, or -1. */
export function writtenOpening(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  if (describesNext(view, hit)) return -1;
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= WRITTEN_MODIFIERS + 2; k--) {
    const token = tokens[k]!;
    if (token.text === 'in' && words.indefinite.has(tokens[k + 1]?.text ?? '') || (token.text === 'in' && (words.definite.has(tokens[k + 1]?.text ?? '') || words.possessive.has(tokens[k + 1]?.text ?? '')))) {
      return k + 1 < hit.from && !plainSense(view, k + 1, hit) ? k : -1;
    }
    if (token.text === 'in' && k + 1 === hit.from && hit.to - hit.from > 1 && tokens[hit.to - 1]!.plural) return k; // "In written answers to the panel, ..." (not bare "in emails")
    if (!token.word || token.quoted || words.breakers.has(token.text) || words.prepositions.has(token.text)) return -1;
  }
  return -1;
}

/** Written nouns that also name a sequence: "in the same order", "an order of magnitude", "in the order they arrived". */
const ALSO_SEQUENCES = new Set(['order']);
/** Written nouns that also name a minor event: "a footnote to history". */
const ALSO_ASIDES = new Set(['footnote']);

/** The written noun at `hit`, its phrase opening at `article`, in its everyday sense, not a paper's. */
function plainSense(view: SentenceView, article: number, hit: CueHit): boolean {
  const noun = view.tokens[hit.to - 1]!.text;
  if (ALSO_SEQUENCES.has(noun)) return !markedPaper(view, article, hit);
  const object = inSentence(view, hit.to + 1);
  // "a footnote to history"; "a footnote to the ruling", "to Monday's order" point at a paper.
  return ALSO_ASIDES.has(noun) && inSentence(view, hit.to)?.text === 'to' && object?.word === true && !object.cap && !isDeterminer(object.text);
}

/**
 * A sequence noun is a paper when something marks it: an owner ("its order", "the court's
 * order"), a length ("a six-page order") or a kind of order ("a gag order"), a participle or a
 * time after it ("the order issued Monday", "an order Tuesday"), or nothing between article and
 * comma ("In the order, the judge ..."). Never before "of" or "to" ("an order of service").
 */
function markedPaper(view: SentenceView, article: number, hit: CueHit): boolean {
  const { tokens } = view;
  const next = inSentence(view, hit.to);
  if (next?.text === 'of' || next?.text === 'to') return false;
  if (words.possessive.has(tokens[article]!.text)) return true;
  for (let k = article + 1; k < hit.from; k++) {
    const token = tokens[k]!;
    // A hyphenated modifier ("six-page", "long-awaited") tells a paper's length or making; a sequence has neither.
    const compound = token.word && !token.plain;
    if (token.poss || token.text === "'" || token.pageCount || compound || words.orderKinds.has(token.text)) return true;
  }
  if (next?.word && (next.ed || isTimeWord(next.text))) return true;
  return article + 1 === hit.from && next?.text === ',';
}

/** Token `i` when it lies in the sentence. */
function inSentence(view: SentenceView, i: number): Token | undefined {
  return i < view.to ? view.tokens[i] : undefined;
}

/** Written nouns that are adjectives too: "in a brief phone interview" is no legal brief. */
const ALSO_ADJECTIVES = new Set(['brief']);

/** The written noun is an adjective before a plain noun ("brief phone"), not "a brief filed Monday" or "a brief he wrote". */
function describesNext(view: SentenceView, hit: CueHit): boolean {
  return ALSO_ADJECTIVES.has(view.tokens[hit.to - 1]!.text) && plainWordAt(view, hit.to);
}

/**
 * Token `i` is a plain lower-case word that may go on a noun phrase ("phone" of "brief phone",
 * "surplus" of "budget surplus"), not a preposition, pronoun, participle, time or "that".
 */
export function plainWordAt(view: SentenceView, i: number): boolean {
  const next = inSentence(view, i);
  if (!next?.word || next.cap || next.ed) return false;
  return !words.prepositions.has(next.text) && !words.pronouns.has(next.text) && !words.pastParticiples.has(next.text) && !isTimeWord(next.text) && next.text !== 'that';
}

/** How far before "from" its verb may stand ("learned of the meeting from", "condensed by our editors from"). */
const DERIVING_REACH = 6;

/**
 * "learned of the conversation from a memo", "condensed by our editors from the published
 * transcript": information taken from the document at `hit`; where its phrase starts, or -1.
 * "resigned from the committee" or "a letter from the mayor" take nothing from a document.
 */
export function derivedSource(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  const from = anchorBefore(view, hit.from, (token) => token.text === 'from');
  if (from < 0 || tokens[hit.to]?.text === "'" || tokens[hit.to]?.poss) return -1;
  for (let k = from - 1; k >= view.from && from - k <= DERIVING_REACH; k--) {
    const token = tokens[k]!;
    if (!token.word || token.quoted) return -1;
    if (words.derivingVerbs.has(token.text)) return from + 1;
  }
  return -1;
}

/**
 * Walking back from a document noun at `head` over its article and modifiers, the first token
 * `isAnchor` accepts ("from" in "from the committee's published transcript", "obtained" in "has
 * obtained an internal memo"), or -1 at punctuation, a quotation, a preposition or a clause break.
 */
export function anchorBefore(view: SentenceView, head: number, isAnchor: (token: Token) => boolean): number {
  for (let k = head - 1; k >= view.from && head - k <= WRITTEN_MODIFIERS + 2; k--) {
    const token = view.tokens[k]!;
    if (isAnchor(token)) return k;
    if ((!token.word && token.text !== "'") || token.quoted || words.prepositions.has(token.text) || words.breakers.has(token.text)) return -1;
  }
  return -1;
}
