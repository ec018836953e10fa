/**
 * Heads listed as unnamed people or bodies ("banks", "agencies") that, in some phrases, name
 * someone after all: a surname that is also a common noun ("Loretta Banks"), or a country's
 * intelligence agencies, a known set of institutions that publish their findings.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/**
 * "Loretta Banks says", "county chair Ada Friend said": a capitalised head after a capitalised
 * word is a surname. Not in a title-case headline ("Senior Officials Say ..."), where the word
 * after the phrase is capitalised too.
 */
function isSurname(view: SentenceView, from: number, h: number, to: number): boolean {
  const { tokens } = view;
  const before = tokens[h - 1];
  if (h <= from || h === view.from || !tokens[h]!.cap || !before?.cap || before.poss) return false;
  // "Two Banks said", "The Friends say": a count or an article, not a given name.
  if (words.indefinite.has(before.text) || words.quantityNouns.has(before.text) || words.sentenceOpeners.has(before.text)) return false;
  const after = tokens[to + 1];
  return !(after && to + 1 < view.to && after.word && after.cap);
}

/**
 * "U.S. intelligence agencies", "the country's intelligence agencies": identified by a
 * determiner, an owner or a capitalised modifier. Not "several intelligence agencies" nor
 * "foreign intelligence agencies", which leave them unnamed.
 */
function isNationalIntelligence(view: SentenceView, from: number, h: number): boolean {
  const { tokens } = view;
  if (tokens[h]!.text !== 'agencies' || tokens[h - 1]?.text !== 'intelligence' || h - 1 < from) return false;
  if (words.indefinite.has(tokens[from]!.text) || words.quantityNouns.has(tokens[from]!.text)) return false;
  let identified = false;
  for (let k = from; k < h - 1; k++) {
    const token = tokens[k]!;
    if (words.unnamingModifiers.has(token.text)) return false;
    if (token.cap || token.poss || words.definite.has(token.text) || words.possessive.has(token.text)) identified = true;
  }
  return identified;
}

/** Whether the phrase [from, to] with an unnamed-people head at `h` names someone after all. */
export function namedDespiteHead(view: SentenceView, from: number, h: number, to: number): boolean {
  return isSurname(view, from, h, to) || isNationalIntelligence(view, from, h);
}
