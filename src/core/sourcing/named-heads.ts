/**
 * Heads listed as unnamed people or bodies ("banks", "agencies") that, in some phrases, name
 * someone after all: a surname that is also a common noun ("Loretta Banks", ", Banks said"), or
 * a country's intelligence agencies, a known set of institutions that publish their findings, or
 * a party's lawyers, who speak for it.
 */
import { words } from './lexicon.js';
import { isTitleCase, type SentenceView } from './sentence.js';
import { isPossessiveOwner } from './tokens.js';

/** What classify already read in the phrase before its head: a determiner or owner, a capitalised modifier. */
export interface Identifiers {
  definite: boolean;
  capModifier: boolean;
}

/**
 * "Loretta Banks says", "Sgt. Mike Officer said", "Coach Sellers said": a capitalised head after
 * a given name or a title is a surname; so is the head alone, capitalised inside the sentence
 * (", Banks said.", "said Banks, who ..."). Not after a known word ("Smaller Banks", "Wall
 * Street Banks"), nor in a title-case headline.
 */
function isSurname(view: SentenceView, from: number, h: number, to: number): boolean {
  const { tokens } = view;
  const head = tokens[h]!;
  if (!head.cap) return false;
  const after = tokens[to + 1];
  if ((after && to + 1 < view.to && after.word && after.cap) || (h === from && h > view.from && isTitleCase(view))) return false;
  // Alone, after a comma or a lower-case word: not after a colon, a quote mark or a bracket that starts a sentence of its own.
  if (h === from) return h > view.from && (tokens[h - 1]!.text === ',' || (tokens[h - 1]!.word && !tokens[h - 1]!.cap));
  // A given name is a capitalised word the lexicons do not know, a title a role ("Coach Sellers"): not "Two Banks", "Smaller Banks", "Wall Street Banks".
  const given = tokens[h - 1]!;
  return h - 1 >= from && given.cap && !given.poss && (given.text === '' || words.roleHeads.has(given.text));
}

/**
 * "U.S. intelligence agencies", "the nation's intelligence agencies", "our intelligence agencies":
 * one country's, identified by a name, a country owner or a determiner (`known`, as classify read
 * them: a sentence's first word counts as it does for a role, "British"). Not counted or hedged
 * ("at least two", "only some of"), several countries' ("Asian", "of three countries"), a size
 * ("Smaller"; such words are listed, their capital says nothing), nor a non-country owner ("the region's").
 */
function isNationalIntelligence(view: SentenceView, from: number, h: number, to: number, known: Identifiers): boolean {
  const { tokens } = view;
  if (tokens[h]!.text !== 'agencies' || tokens[h - 1]?.text !== 'intelligence' || h - 1 < from) return false;
  for (let k = from; k <= to; k++) {
    const token = tokens[k]!;
    if (words.unnamingModifiers.has(token.text) || words.indefinite.has(token.text) || words.quantityNouns.has(token.text)) return false;
    if (token.poss && !token.cap && !words.nationNouns.has(token.text)) return false;
    if (k > h && token.plural && !token.cap) return false; // "the intelligence agencies of allied countries"
  }
  return known.definite || known.capModifier;
}

/** How researchers and lawyers are tied to the named party they speak for. */
const FIRM_LINKS = new Set(['at', 'from']);
const CLIENT_LINKS = new Set(['for']);

/**
 * "analysts at Jefferies", "lawyers for Harwick Mills": the head at `h` is followed by one of
 * `links` and a capitalised name before `to`.
 */
export function atFirm(view: SentenceView, h: number, to: number, links: ReadonlySet<string> = FIRM_LINKS): boolean {
  if (!links.has(view.tokens[h + 1]?.text ?? '') || h + 2 > to) return false;
  const next = view.tokens[h + 2]!;
  return next.cap || (words.definite.has(next.text) && view.tokens[h + 3]?.cap === true && h + 3 <= to);
}

/**
 * "the company's lawyers", "her lawyers", "lawyers for Harwick Mills": people who speak for the
 * party that owns them; not a profession ("the country's lawyers"), nor a determiner alone ("the
 * two lawyers" may be ones the story left unnamed).
 */
function speaksForOwner(view: SentenceView, from: number, h: number, to: number): boolean {
  const { tokens } = view;
  if (!words.namedWhenOwned.has(tokens[h]!.text)) return false;
  for (let k = from; k < h; k++) {
    const token = tokens[k]!;
    if (isPossessiveOwner(tokens, k)) return !words.professionOwners.has(token.text);
    if (words.possessive.has(token.text)) return true;
  }
  return atFirm(view, h, to, CLIENT_LINKS);
}

/** Whether the phrase [from, to] with an unnamed-people head at `h` names someone after all. */
export function namedDespiteHead(view: SentenceView, from: number, h: number, to: number, known: Identifiers): boolean {
  return isSurname(view, from, h, to) || isNationalIntelligence(view, from, h, to, known) || speaksForOwner(view, from, h, to);
}
