/**
 * A paragraph that is only a dash and a speaker's name and role ("— Ana Ruiz, former aide to the
 * governor"): the sign-off under an oral-history answer or a pull quote, crediting the words just
 * before it to a named person on the record. The tagger reads one block at a time and cannot see
 * the answer above, so the line itself must have that shape and nothing more: a name, one role,
 * at most an organisation. A byline or credit ("— By Ana Ruiz, staff writer"), a reader's
 * letter ("— Ana Ruiz, retired teacher, Bayfield"), a list of people ("— Ana Ruiz, 54, a nurse")
 * or a sentence about the person ("— Ana Ruiz, a former aide, was convicted of fraud.") is none.
 */
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify } from './speaker.js';
import { SENTENCE_ENDS } from './tokens.js';

/** A block opening on a spaced dash (a hyphen there is a list bullet). */
export const SIGN_OFF = /^\s*[\u2013\u2014]\s/;
const DASHES = new Set(['\u2013', '\u2014']);

/** Longest name before the role. */
const NAME = 5;
/** Longest role ("former deputy chief of mission at a Nordic embassy in Washington"). */
const ROLE = 14;

/** The on-record cue of a sign-off sentence (dash through name), or null. */
export function signOffCredit(view: SentenceView): TokenCue | null {
  const { tokens } = view;
  if (!DASHES.has(tokens[view.from]!.text) || SENTENCE_ENDS.has(tokens[view.to - 1]!.text)) return null;
  let comma = view.from + 1;
  while (comma < view.to && tokens[comma]!.word && tokens[comma]!.cap && comma - view.from <= NAME) comma++;
  if (tokens[comma]?.text !== ',' || comma === view.from + 1) return null;
  for (let k = view.from + 1; k < comma; k++) if (words.signOffExclusions.has(tokens[k]!.text)) return null;
  if (classify(view, view.from + 1, comma - 1).cls !== 'named') return null;
  const roleEnd = nextComma(view, comma + 1);
  if (roleEnd - comma - 1 > ROLE || !plainPhrase(view, comma + 1, roleEnd) || !namesRole(view, comma + 1, roleEnd)) return null;
  if (roleEnd < view.to && !organisation(view, roleEnd + 1, view.to)) return null;
  return { kind: 'on-record', from: view.from, to: comma - 1 };
}

function nextComma(view: SentenceView, from: number): number {
  let k = from;
  while (k < view.to && view.tokens[k]!.text !== ',') k++;
  return k;
}

/** No quotation, no press or letter word, no clause ("who has not been charged", "will move to"). */
function plainPhrase(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = view.tokens[k]!;
    if (token.quoted || words.signOffExclusions.has(token.text) || words.clauseMarkers.has(token.text)) return false;
  }
  return to > from;
}

/** The phrase holds a role noun: "former scheduler", "spokeswoman for the ministry" (an age or a town does not). */
function namesRole(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = view.tokens[k]!.text;
    if (words.roleHeads.has(text) || words.unnamedHeads.has(text) || words.speaksForHeads.has(text)) return true;
  }
  return false;
}

/** The last part names a body ("State Department", "Harbor Foods Inc"), not a town signing a letter. */
function organisation(view: SentenceView, from: number, to: number): boolean {
  if (!plainPhrase(view, from, to) || !view.tokens[from]!.cap) return false;
  for (let k = from; k < to; k++) {
    const text = view.tokens[k]!.text;
    if (words.institutionHeads.has(text) || words.companySuffixes.has(text)) return true;
  }
  return false;
}
