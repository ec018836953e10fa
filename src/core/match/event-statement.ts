/**
 * Whether one party's event, named by its noun, is stated rather than mentioned in passing
 * (passing-mention.ts). Beyond a date, count or place of its own, a reader learns the event from
 * its participle ("he's recused"), from a verb that makes the noun an act ("Sessions announced his
 * recusal", "made the recusal official"), from the noun as the subject of a verb of taking place
 * ("the recusal came on Thursday", "followed days of pressure", "took effect at once"), from what
 * the party stepped away from ("his recusal from the case") or decided ("his recusal decision", as
 * "his decision to recuse"), and from a headline that opens with it ("Sessions' recusal stuns White
 * House"): there it is the news. Inside a phrase of a preposition ("anger over the recusal came
 * through") the noun is nobody's subject, and the event stays in passing.
 */
import { startsUpper, type Tokens } from '../text/tokenize.js';
import { verbAfterBridges, wordAt } from './verb-forms.js';
import { DETERMINERS, isPossessive, PREPOSITIONS } from './word-shape.js';

/** Verbs that with an event's noun state it: "announced his recusal". */
export const EVENT_LIGHT_VERBS = new Set([
  'announce', 'announces', 'announced', 'announcing', 'declare', 'declares', 'declared', 'declaring', 'make', 'makes', 'made', 'making',
]);
/**
 * Verbs with the event's noun as subject that say it took place, beside the dealings' "happened"
 * (passing-mention.ts); "took" and "take" need "effect" after them. Not for dealings: "his
 * meetings came to light" tells of the news, not the meetings.
 */
const SUBJECT_VERBS = new Set(['came', 'comes', 'come', 'followed', 'follows', 'announced']);
/** Character codes of ".", "!" and "?": one closing a block makes it a sentence, not a headline. */
const FULL_STOPS = new Set([0x2e, 0x21, 0x3f]);
/** Nouns of deciding or announcing after the event's noun: "his recusal decision". */
const STATING_NOUNS = new Set(['decision', 'announcement']);

/**
 * Whether what follows the event's noun on [first, last] states it: "from", a noun of deciding, or
 * a verb of taking place with the noun as its subject. `start` is where its noun phrase opens (-1
 * for none); tokens [from, to) are the sentence's.
 */
export function eventStatedAfter(text: string, tokens: Tokens, start: number, last: number, from: number, to: number): boolean {
  if (start >= 0 && (PREPOSITIONS.has(wordAt(text, tokens, start)) || (start > from && PREPOSITIONS.has(wordAt(text, tokens, start - 1))))) return false;
  const next = last + 1;
  const word = next < to && tokens.ids[next]! >= -1 ? wordAt(text, tokens, next) : '';
  if (word === 'from' || STATING_NOUNS.has(word)) return true;
  // Auxiliaries and adverbs may stand between the noun and its verb ("was hastily announced").
  return verbAfterBridges(text, tokens, next, to, SUBJECT_VERBS, 'effect');
}

/**
 * Whether a headline-shaped block (one sentence with no full stop, question or exclamation mark
 * closing it) opens with the event's noun phrase, a name's possessive first ("Sessions' recusal",
 * "Sessions's recusal: a timeline"): the headline's news is the event itself.
 */
export function headlineOpens(text: string, tokens: Tokens, start: number, from: number, to: number): boolean {
  if (start !== from || from !== 0 || to !== tokens.count) return false;
  if (!isPossessive(text, tokens, start) || !startsUpper(text, tokens.starts[start]!) || DETERMINERS.has(wordAt(text, tokens, start))) return false;
  for (let c = tokens.ends[to - 1]!; c < text.length; c++) if (FULL_STOPS.has(text.charCodeAt(c))) return false;
  return true;
}
