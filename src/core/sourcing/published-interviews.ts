/**
 * An outlet publishing a named person's interview ("The Times published an interview in which
 * Trump said", "In an interview the Times published, the mayor said") passes on that person's own
 * words, on the record, and reports nothing of its own. An unnamed person's interview is still
 * the outlet's relayed reporting ("published an interview with a former official who said"), and
 * so is an outlet reporting interviews it did ("reported interviews with 40 officials") or what
 * it published ("published on Sunday that ...").
 */
import type { Act } from './acts.js';
import { classify, isOutletOrWire } from './speaker.js';
import { phraseEndingAfter } from './speaker-phrases.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** The outlet verb that publishes someone else's words as they are. */
const PUBLISHED = 'published';
const INTERVIEW_NOUNS: ReadonlySet<string> = new Set(['interview', 'interviews']);
/**
 * Words that may stand between the verb and the interview it publishes ("published a wide-ranging
 * interview").
 */
const INTERVIEW_MODIFIERS = 3;

/** Whether the outlet act `act` publishes the interview of a named person. */
export function publishesNamedInterview(view: SentenceView, act: Act): boolean {
  if (view.tokens[act.verb.from]!.text !== PUBLISHED || act.verb.to !== act.verb.from + 1 || act.speaker.to >= act.verb.from) return false;
  const start = intervieweeStart(view, act);
  return start >= 0 && start < view.to && classify(view, start, phraseEndingAfter(view, start)).cls === 'named';
}

/** Where the person interviewed is named, or -1 when the act publishes no interview. */
function intervieweeStart(view: SentenceView, act: Act): number {
  const { tokens } = view;
  // "In an interview the Times published on Sunday, the mayor said": the clause after the comma is the
  // interview's. The speaker phrase may take in the interview noun before the outlet.
  for (let k = Math.max(view.from, act.speaker.from - 1); k < act.speaker.to; k++) {
    if (!INTERVIEW_NOUNS.has(tokens[k]!.text) || !isOutletOrWire(classify(view, k + 1, act.speaker.to).cls)) continue;
    for (let j = act.verb.to; j < view.to; j++) if (tokens[j]!.text === ',') return j + 1;
    return -1;
  }
  for (let k = act.verb.to; k < view.to && k - act.verb.to <= INTERVIEW_MODIFIERS; k++) {
    const token = tokens[k]!;
    if (INTERVIEW_NOUNS.has(token.text)) return personAfterInterview(view, k + 1);
    if (!token.word || token.cap || words.prepositions.has(token.text) || words.breakers.has(token.text)) return -1;
  }
  return -1;
}

/**
 * How far after an interview noun its person may be named ("an interview conducted by its reporter
 * in which Trump said").
 */
const INTERVIEWEE_REACH = 6;

/**
 * After an interview noun at `k - 1`: "with the mayor", "in which the mayor", ", in which the
 * mayor"; -1 otherwise.
 */
function personAfterInterview(view: SentenceView, k: number): number {
  const { tokens } = view;
  if (tokens[k]?.text === ',') k++;
  for (let j = k; j < view.to && j - k < INTERVIEWEE_REACH && tokens[j]!.word; j++) {
    if (tokens[j]!.text === 'with') return j + 1;
    if (tokens[j]!.text === 'in' && tokens[j + 1]?.text === 'which') return j + 2;
  }
  return -1;
}
