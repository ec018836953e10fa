/**
 * A paragraph that is only a dash and a speaker's name and role ("— Ana Ruiz, former aide to the
 * governor"): the sign-off under an oral-history answer or a pull quote, crediting the words just
 * before it to a named person on the record. A name with a place alone ("— Ana Ruiz, Bayfield")
 * signs a reader's letter and a name alone may be a byline: neither names a source.
 */
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify } from './speaker.js';

/** A block opening on a spaced dash (a hyphen there is a list bullet). */
export const SIGN_OFF = /^\s*[\u2013\u2014]\s/;
const DASHES = new Set(['\u2013', '\u2014']);

/** Longest name before the role. */
const NAME = 5;

/** Role words that describe a letter writer or the press, not a source ("a resident of", "staff writer" is not listed). */
const NOT_SOURCES = new Set(['resident', 'residents', 'reader', 'readers', 'editor', 'reporter', 'correspondent']);

/** The on-record cue of a sign-off sentence (dash through name), or null. */
export function signOffCredit(view: SentenceView): TokenCue | null {
  const { tokens } = view;
  if (!DASHES.has(tokens[view.from]!.text)) return null;
  let comma = view.from + 1;
  while (comma < view.to && tokens[comma]!.word && comma - view.from <= NAME) comma++;
  if (tokens[comma]?.text !== ',' || comma === view.from + 1 || !tokens[view.from + 1]!.cap) return null;
  if (classify(view, view.from + 1, comma - 1).cls !== 'named') return null;
  for (let k = comma + 1; k < view.to; k++) {
    const text = tokens[k]!.text;
    if (tokens[k]!.quoted || NOT_SOURCES.has(text)) return null;
    if (words.roleHeads.has(text) || words.unnamedHeads.has(text) || words.speaksForHeads.has(text)) return { kind: 'on-record', from: view.from, to: comma - 1 };
  }
  return null;
}
