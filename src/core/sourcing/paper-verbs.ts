/**
 * Verbs that cite a paper only when a written paper is their subject ("the memo names two
 * engineers", "the audit recommends a register", "the contract sets no date"): the same verbs
 * say nothing sourced of a chain, an index, a band's release or someone's plans ("the chain names
 * a new chief", "her plans include a trip"), and after their noun they only describe it ("the
 * documents mentioned in the lawsuit").
 */
import { words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import type { Speaker } from './speaker.js';
import { isDeterminer, isSkippable } from './speaker-phrases.js';
import { isPastForm } from './verb-frames.js';

/**
 * After a participle straight after its noun, words that make it describe the noun ("mentioned in
 * the lawsuit", "named above").
 */
const DESCRIBING_NEXT = new Set(['by', 'above', 'earlier']);

/**
 * Whether the writtenOnly verb `verb` can be a paper's act here: "sets" as a noun ("data sets
 * from two hospitals") or a participle describing the noun before it ("the records named in
 * the suit") is none.
 */
export function paperVerbHere(view: SentenceView, verb: CueHit): boolean {
  const next = view.tokens[verb.to]?.text ?? '';
  if (verb.phrase.data.verb?.nounToo && !(isDeterminer(next) || words.kindDeterminers.has(next) || next === 'out')) return false;
  return !describesNoun(view, verb);
}

/**
 * Whether the document verb where `verb` stands is a paper's act of `speaker`. The word may read
 * first as speech ("mentions" is a person's word too, preferred by acts.ts), so the document
 * verb is looked up at its place rather than taken from `verb`'s category.
 */
export function paperActOf(view: SentenceView, verb: CueHit, speaker: Speaker): boolean {
  const paper = hitAt(view, 'docVerb', verb.from);
  if (!paper?.phrase.data.verb?.writtenOnly) return paper !== undefined;
  return paperVerbHere(view, paper) && writtenPaperAt(view, speaker.from, speaker.to);
}

/**
 * "the documents mentioned in the lawsuit": a past form right after a noun, then "by", "in the
 * ...", "above" or "earlier".
 */
function describesNoun(view: SentenceView, verb: CueHit): boolean {
  const { tokens } = view;
  const noun = tokens[verb.from - 1];
  if (verb.from - 1 < view.from || !noun?.word || noun.quoted || isSkippable(noun) || !isPastForm(tokens[verb.from]!)) return false;
  const next = tokens[verb.to]?.text ?? '';
  return DESCRIBING_NEXT.has(next) || (next === 'in' && isDeterminer(tokens[verb.to + 1]?.text ?? ''));
}

/**
 * The phrase [from, to] is headed by a written paper ("the memo", "the board's safety review",
 * "court papers").
 */
export function writtenPaperAt(view: SentenceView, from: number, to: number): boolean {
  if (from > to) return false;
  const head = view.tokens[to]!.text;
  return words.writtenPapers.has(head) || (to > from && words.writtenPapers.has(`${view.tokens[to - 1]!.text} ${head}`));
}
