/**
 * A named person speaking inside the messages an intercept or another outlet's report holds:
 * "the Post reported that spy agencies intercepted his cables, in which he said ...", "... and
 * in them he says ...", "In those intercepted accounts, the envoy described ...". Their words
 * reach the reader only through the intercept or the report, already tagged; they were not said
 * on the record. Only an "in" phrase ("during which", "on those calls" alike) that opens the
 * speaker's clause and points at that material opens such a speaker. "in which" / "in them" must
 * refer back to messages or to what was intercepted ("intercepted his reports to Moscow, in
 * which"), not to a news conference, an interview or a reply that "which" names. A noun phrase
 * must mark the messages as that material: a demonstrative ("in those messages"), an intercept
 * word ("in the intercepted accounts"), or "the" before a noun the sentence named after the
 * intercept or report ("intercepted the calls; in one of the calls"). "In a call with reporters",
 * "in her account of the meeting", "in emails to the Post" are the speaker's own words, on the
 * record.
 */
import { CLAUSE_JOINS } from './auxiliaries.js';
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { isPastForm } from './verb-frames.js';

/** Words after "in" that point back to messages named just before ("in which he said", "in them he says"). */
const POINTING_BACK = new Set(['which', 'them']);

/** Prepositions that place a speaker inside messages ("in which", "during which", "on those calls"). */
const INSIDE_PREPOSITIONS = new Set(['in', 'during', 'on']);

/** Demonstratives that point a noun back at material named before ("in those messages"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** Longest "in" phrase read back from the speaker ("in his cables to Moscow ,"). */
const PHRASE_REACH = 7;

/** Longest noun phrase read back from "in which" to what it refers to ("accounts to Moscow of his April and July 2016 conversations with Sessions"). */
const ANTECEDENT_REACH = 16;

/** The cues without on-record speakers who speak only inside intercepted or reported messages. */
export function withoutMessageSpeakers(view: SentenceView, cues: TokenCue[]): TokenCue[] {
  // Most sentences have no intercept or relay before an on-record cue: spare them the search.
  if (!cues.some((cue) => cue.kind === 'on-record')) return cues;
  let firstCarried = Infinity;
  for (const cue of cues) if ((cue.kind === 'intercept' || cue.kind === 'relayed') && cue.from < firstCarried) firstCarried = cue.from;
  if (firstCarried === Infinity) return cues;
  const inMessage = (cue: TokenCue) => cue.kind === 'on-record' && cue.from > firstCarried && opensInMessage(view, cues, firstCarried, cue.from);
  return cues.some(inMessage) ? cues.filter((cue) => !inMessage(cue)) : cues;
}

/** Whether the speaker at token `speaker` follows an "in" phrase, opening its clause, that points at the carried messages. */
function opensInMessage(view: SentenceView, cues: TokenCue[], firstCarried: number, speaker: number): boolean {
  const { tokens } = view;
  let end = speaker - 1;
  if (tokens[end]?.text === ',') end--;
  const start = phraseStart(view, end, speaker);
  // A preposition with nothing after it before the speaker points at nothing.
  if (start < 0 || !INSIDE_PREPOSITIONS.has(tokens[start]!.text) || start === end) return false;
  if (POINTING_BACK.has(tokens[start + 1]!.text)) return start + 1 === end && refersToMessages(view, cues, start);
  return marksCarriedMessages(view, cues, firstCarried, start, end);
}

/**
 * The first token of the phrase ending at `end`: just after a comma, a semicolon, a joining word
 * or the sentence's start. Walking to that boundary, not to the nearest "in", reads "in a call
 * with reporters in Washington, X said" from its first "in". -1 past the reach or in a quotation.
 */
function phraseStart(view: SentenceView, end: number, speaker: number): number {
  for (let k = end; k >= view.from && speaker - k <= PHRASE_REACH; k--) {
    const token = view.tokens[k]!;
    if (token.quoted) return -1;
    if (!token.word || CLAUSE_JOINS.has(token.text)) return afterComplementizer(view, k + 1);
    if (k === view.from) return k;
  }
  return -1;
}

/** Past a "that" opening a reported clause ("the Post reported ..., and that in them he said"). */
function afterComplementizer(view: SentenceView, k: number): number {
  return view.tokens[k]!.text === 'that' && INSIDE_PREPOSITIONS.has(view.tokens[k + 1]?.text ?? '') ? k + 1 : k;
}

/**
 * Whether "which" or "them" after "in" at `at` refers to messages or to intercepted material,
 * read back to a messages noun or to the intercept's verb ("intercepted Kislyak's own descriptions
 * of the April and July encounters, in which"). "which" takes the noun phrase just before it, so
 * a verb on the way ends the search ("prompting a news conference in which", "held two rallies,
 * in which"); "them" may reach past a clause describing its noun ("picked up messages the consul
 * sent home, and in them") but not past the intercept or report that carries it.
 */
function refersToMessages(view: SentenceView, cues: TokenCue[], at: number): boolean {
  const { tokens } = view;
  const acrossVerbs = tokens[at + 1]!.text === 'them';
  let k = at - 1;
  while (k >= view.from && (tokens[k]!.text === ',' || tokens[k]!.text === 'that' || CLAUSE_JOINS.has(tokens[k]!.text))) k--;
  for (const stop = k - ANTECEDENT_REACH; k >= view.from && k > stop; k--) {
    const token = tokens[k]!;
    if (namesMessages(token.text)) return true;
    const carrier = cues.find((cue) => (cue.kind === 'intercept' || cue.kind === 'relayed') && cue.to === k);
    if (carrier) return carrier.kind === 'intercept';
    if (!token.word || token.text === 'which' || token.text === 'who') return false;
    if (!acrossVerbs && (words.finiteVerbs.has(token.text) || isPastForm(token))) return false;
  }
  return false;
}

/** Whether the noun phrase after "in" at `start` (to `end`) names messages marked as the carried material. */
function marksCarriedMessages(view: SentenceView, cues: TokenCue[], firstCarried: number, start: number, end: number): boolean {
  const { tokens } = view;
  if (cues.some((cue) => cue.kind === 'intercept' && cue.from >= start && cue.from <= end)) return true;
  for (let m = start + 1; m <= end; m++) {
    const text = tokens[m]!.text;
    if (words.interceptNouns.has(text)) return true;
    if (!namesMessages(text)) continue;
    const before = tokens[m - 1]!.text;
    if (DEMONSTRATIVES.has(before) || (before === 'the' && namedAfter(view, text, firstCarried, start))) return true;
  }
  return false;
}

/** Whether the word `text` stands between the carried cue at `from` and `to` ("intercepted the calls; in one of the calls"). */
function namedAfter(view: SentenceView, text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.text === text) return true;
  return false;
}

/** Intercepted communications ("cables", "calls", "intercepts") or an account of them ("those accounts"). */
function namesMessages(text: string): boolean {
  return words.collectedCommunications.has(text) || words.interceptNouns.has(text) || words.mediaAccountNouns.has(text);
}
