/**
 * What the words around a word say of its part of speech. A word of unknown shape is not taken
 * for a noun: "Sessions talks with the envoy" is a verb in a headline, "his talks with the envoy"
 * a noun. Positive evidence of a noun is a determiner, a possessive, a count or a hyphenated
 * compound before it (an adjective or two between), or "between" after it.
 */
import { BREAK, startsUpper, type Tokens } from '../text/tokenize.js';
import { wordAt } from './verb-forms.js';

/** Articles and possessive pronouns: what follows them, an adjective or so between, is a noun phrase. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Demonstratives and quantifiers: before a word they make it a noun too, but alone they may be a pronoun. */
const NOUN_MARKERS = new Set(['this', 'that', 'these', 'those', 'any', 'no', 'such', 'whose', 'each', 'every', 'some', 'other']);
/** How many times: before a noun, a count of the things it names. */
export const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'several', 'multiple', 'many', 'few', 'both', 'twice', 'second', 'third', 'fourth']);
/** Words that end a run of modifiers: a preposition, a conjunction or an auxiliary is no adjective. */
const NOT_MODIFIERS = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'about', 'over', 'into', 'after', 'before', 'during', 'and', 'or', 'but',
  'that', 'which', 'who', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'not',
]);
/** Most adjectives between a determiner and its noun ("his two brief, private meetings" is rare). */
const MODIFIER_REACH = 2;
/** Most words of names modifying a noun ("the Sergey Kislyak meetings"). */
const NAME_REACH = 3;
/**
 * Prepositions that make the word after them, names or adjectives between, a noun ("questions
 * over talks with", "reports of Sessions talks"); not "after", "before", "to": they also open a
 * clause or an infinitive.
 */
export const PREPOSITIONS = new Set(['of', 'about', 'over', 'on', 'in', 'with', 'from', 'for', 'into', 'by', 'at', 'among', 'amid']);

/** Whether token `at` is a count: a count word or a number ("two", "2016"). */
export function isCount(text: string, tokens: Tokens, at: number): boolean {
  const word = wordAt(text, tokens, at);
  return COUNTS.has(word) || /\d/.test(word);
}

/** Whether token `at` is a possessive: "Kislyak's", "Sessions's" or "Sessions'" (the token may end before the apostrophe). */
export function isPossessive(text: string, tokens: Tokens, at: number): boolean {
  if (/'s$/.test(wordAt(text, tokens, at))) return true;
  return /^['\u2019](?:s(?![A-Za-z])|(?![A-Za-z]))/.test(text.slice(tokens.ends[at]!, tokens.ends[at]! + 3));
}

/** The opener of a noun phrase: a determiner, a marker, a count or a possessive. */
export function opensNounPhrase(text: string, tokens: Tokens, at: number): boolean {
  const word = wordAt(text, tokens, at);
  return DETERMINERS.has(word) || NOUN_MARKERS.has(word) || isCount(text, tokens, at) || isPossessive(text, tokens, at);
}

/**
 * Where the noun phrase of the word at token `at` opens, or -1 when nothing before it shows a
 * noun: its determiner, possessive or count ("the two men's meetings", "the Kislyak meetings"),
 * the first half of a hyphenated compound ("Sessions-Kislyak encounters"), or a preposition
 * before it, names or adjectives between ("reports of Sessions talks"): a name alone before the
 * word may be its subject ("Sessions talks with ..."). `from` is the sentence's first token.
 */
export function nounPhraseStart(text: string, tokens: Tokens, at: number, from: number): number {
  let names = 0;
  let modifiers = 0;
  for (let k = at - 1; k >= from; k--) {
    if (tokens.ids[k]! < -1) return -1;
    if (opensNounPhrase(text, tokens, k) || text.charAt(tokens.starts[k]! - 1) === '-') return k;
    // A preposition before the word, names or adjectives between, opens its noun phrase; an
    // "-ing" form after one is a gerund ("questions over meeting him").
    if (PREPOSITIONS.has(wordAt(text, tokens, k))) return wordAt(text, tokens, at).endsWith('ing') ? -1 : k;
    if (startsUpper(text, tokens.starts[k]!)) {
      if (++names > NAME_REACH) return -1;
    } else if (++modifiers > MODIFIER_REACH || !isModifier(text, tokens, k)) return -1;
  }
  return -1;
}

/** Whether token `at` may be an adjective before a noun: a lower-case word, no preposition, conjunction or auxiliary. */
function isModifier(text: string, tokens: Tokens, at: number): boolean {
  if (tokens.ids[at]! < -1) return false;
  const written = text.slice(tokens.starts[at], tokens.ends[at]);
  return /^[a-z-]+$/.test(written) && !NOT_MODIFIERS.has(written);
}

/** Whether the word on tokens [first, last] reads as a noun: a noun phrase opens before it, or "between" follows it. */
export function readsAsNoun(text: string, tokens: Tokens, first: number, last: number, from: number, to: number): boolean {
  if (last + 1 < to && tokens.ids[last + 1] !== BREAK && wordAt(text, tokens, last + 1) === 'between') return true;
  return nounPhraseStart(text, tokens, first, from) >= 0;
}

/** Verbs that with a noun state the dealings themselves: "had a meeting", "held talks". */
export const DEALING_LIGHT_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'hold', 'holds', 'held', 'holding']);

/**
 * Whether one of `lightVerbs` stands right before the noun phrase opening at token `start` ("had a
 * meeting"), or before a bare noun at token `first`, adjectives between ("had substantive
 * discussions"): with the noun it states what the noun names. `start` is -1 for a bare noun.
 */
export function lightVerbBefore(text: string, tokens: Tokens, start: number, first: number, from: number, lightVerbs: ReadonlySet<string>): boolean {
  if (start >= 0) return start > from && lightVerbs.has(wordAt(text, tokens, start - 1));
  for (let k = first - 1; k >= from && first - k <= MODIFIER_REACH + 1; k--) {
    if (lightVerbs.has(wordAt(text, tokens, k))) return true;
    if (!isModifier(text, tokens, k)) return false;
  }
  return false;
}

/**
 * Whether the word spans [first, last] make one noun phrase: each overlaps or follows the one
 * before, or "of" joins them, articles and possessives after it ("intercepts of his reports"); and
 * no noun phrase opens right after the last, as an object would after a verb ("cover the first two").
 */
export function onePhrase(text: string, tokens: Tokens, spans: readonly (readonly [number, number])[], to: number): boolean {
  const order = [...spans].sort((a, b) => a[0] - b[0]);
  const end = Math.max(...order.map((span) => span[1]));
  if (end + 1 < to && opensNounPhrase(text, tokens, end + 1)) return false;
  for (let i = 1; i < order.length; i++) {
    const gap = order[i - 1]![1] + 1;
    const next = order[i]![0];
    if (gap < next && wordAt(text, tokens, gap) !== 'of') return false;
    for (let k = gap + 1; k < next; k++) if (!DETERMINERS.has(wordAt(text, tokens, k)) && !isPossessive(text, tokens, k)) return false;
  }
  return true;
}

const VERTICAL_BAR = 124;

/**
 * Whether tokens [from, to) are prose, not a navigation line of links set apart by "|" ("Home |
 * Politics | Sessions"). Read within the sentence only: asked of every sentence, a search on to
 * the end of the block would cross a long block once per sentence.
 */
export function isProse(text: string, tokens: Tokens, from: number, to: number): boolean {
  const end = tokens.ends[to - 1]!;
  for (let c = tokens.starts[from]!; c < end; c++) if (text.charCodeAt(c) === VERTICAL_BAR) return false;
  return true;
}
