/**
 * How far a dispute or a verdict reaches. "Despite his denials", "contradicts his claim that he
 * had not": a contrast cue puts every negation of the sentence in dispute. But a dispute verb
 * coordinated with the clause before it ("Flores said he never discussed it and flatly
 * contradicted the report") is that speaker disputing what follows: the negation they have just
 * made stands, and only negations after the verb are in dispute. A verdict adjective before a
 * noun ("the unverified intercepts") judges that noun alone.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrase-lookup.js';
import { bridging, endsInLy, finiteVerb, wordAt } from './verb-forms.js';
// Determiners before a verdict adjective make it an attribute of the noun after it. Not "this",
// "that", "these", "those" (word-shape.ts keeps them apart): alone they are the object ("called
// that false in a statement"), and the verdict closes the clause.
import { DETERMINERS } from './word-shape.js';

/** The first token whose negations are disputed, or `to` when none are. */
export function contestedFrom(text: string, tokens: Tokens, hits: PhraseHits, contrast: number, from: number, to: number): number {
  let start = to;
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== contrast) continue;
    const at = hits.first[h]!;
    if (!coordinatedVerb(text, tokens, at, from)) return from;
    start = Math.min(start, at);
  }
  return start;
}

/** Words that may stand between "and" and its verb besides auxiliaries and adverbs ("and then contradicted"). */
const COORDINATED_BRIDGES = new Set(['also', 'then']);

/**
 * "and cast doubt on", "and has contradicted", "and flatly contradicted": the contrast cue at
 * token `at` is a finite verb joined by "and", auxiliaries and adverbs between. So is a
 * participle ("saying he never ... and casting doubt on ..."): it goes on the speaker's own
 * participle clause. A noun after "and" ("and the contradiction", "and contradiction") is not.
 */
function coordinatedVerb(text: string, tokens: Tokens, at: number, from: number): boolean {
  if (!finiteVerb(text, tokens, at) && !wordAt(text, tokens, at).endsWith('ing')) return false;
  for (let k = at - 1; k > from && at - k <= COORDINATED_REACH; k--) {
    const word = wordAt(text, tokens, k);
    if (word === 'and') return true;
    if (!bridging(word) && !COORDINATED_BRIDGES.has(word)) return false;
  }
  return false;
}

/** Most words from "and" to its verb ("and has also flatly contradicted"). */
const COORDINATED_REACH = 4;


/** Words that cannot be the noun an attribute qualifies: after "the witch hunt of the century" the verdict is the noun. */
const NOT_NOUNS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'about', 'that', 'which', 'who', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'ever']);

/** Adjectives that often stand before a verdict adjective without a comma ("a lone unverified intercept"). */
const LEADING_ADJECTIVES = new Set(['single', 'lone', 'sole', 'old', 'new', 'secret', 'leaked', 'classified', 'brief', 'partial', 'secondhand', 'second-hand']);

/**
 * Whether the verdict word on tokens [at, last] is an attribute of the noun after it ("an
 * uncorroborated intercept", "the wholly unverified dossier", "a single, unverified intercept"),
 * not a verdict closing a clause ("called the report false", "called the story fabricated nonsense").
 */
export function attributive(text: string, tokens: Tokens, at: number, last: number, from: number, to: number): boolean {
  if (last + 1 >= to || tokens.ids[last + 1]! < -1 || NOT_NOUNS.has(wordAt(text, tokens, last + 1))) return false;
  let before = at - 2 >= from && endsInLy(text, tokens.ends[at - 1]!) ? at - 2 : at - 1;
  if (before >= from && !determinerAt(text, tokens, before)) before = leadingAdjective(text, tokens, before, from);
  return before >= from && determinerAt(text, tokens, before);
}

/**
 * The token before one other adjective ending at `at`: a lower-case word set off by a comma ("a
 * single, unverified") or one of LEADING_ADJECTIVES; -1 when there is none. Without a comma a
 * noun looks the same ("the story fabricated ..."), so only the listed words pass.
 */
function leadingAdjective(text: string, tokens: Tokens, at: number, from: number): number {
  const comma = tokens.ids[at] === BREAK && text[tokens.starts[at]!] === ',';
  const word = comma ? at - 1 : at;
  if (word < from || tokens.ids[word]! < -1) return -1;
  const written = text.slice(tokens.starts[word], tokens.ends[word]);
  if (!/^[a-z-]+$/.test(written) || NOT_NOUNS.has(written) || DETERMINERS.has(written)) return -1;
  return comma || LEADING_ADJECTIVES.has(written) ? word - 1 : -1;
}

function determinerAt(text: string, tokens: Tokens, at: number): boolean {
  return tokens.ids[at]! >= -1 && DETERMINERS.has(wordAt(text, tokens, at));
}
