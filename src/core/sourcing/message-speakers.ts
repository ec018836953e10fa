/**
 * A named person speaking inside the messages an intercept or another outlet's report holds:
 * "the Post reported that spy agencies intercepted his cables, in which he said ...", "... and
 * in them he says ...", "In those intercepted accounts, the envoy described ...". Their words
 * reach the reader only through the intercept or the report, already tagged; they were not said
 * on the record. Only an "in" phrase that points back to that material opens such a speaker ("in
 * which", "in them", or a noun for messages); "After the Post's report, in a statement, he said"
 * is his own answer, on the record.
 */
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** Words after "in" that point back to messages named just before ("in which he said", "in them he says"). */
const POINTING_BACK = new Set(['which', 'them']);

/** Longest "in" phrase read back from the speaker ("in his cables to Moscow ,"). */
const PHRASE_REACH = 7;

/** The cues without on-record speakers who speak only inside intercepted or reported messages. */
export function withoutMessageSpeakers(view: SentenceView, cues: TokenCue[]): TokenCue[] {
  // Most sentences have no intercept or relay before an on-record cue: spare them the search.
  const carried = (cue: TokenCue) => cue.kind === 'intercept' || cue.kind === 'relayed';
  if (!cues.some(carried) || !cues.some((cue) => cue.kind === 'on-record')) return cues;
  const inMessage = (cue: TokenCue) =>
    cue.kind === 'on-record' && cues.some((other) => carried(other) && other.from < cue.from) && opensInMessage(view, cue.from);
  return cues.some(inMessage) ? cues.filter((cue) => !inMessage(cue)) : cues;
}

/** Whether the speaker at token `speaker` follows an "in" phrase pointing at messages. */
function opensInMessage(view: SentenceView, speaker: number): boolean {
  const { tokens } = view;
  let end = speaker - 1;
  if (tokens[end]?.text === ',') end--;
  for (let k = end; k >= view.from && speaker - k <= PHRASE_REACH; k--) {
    const token = tokens[k]!;
    if (!token.word || token.quoted) return false;
    if (token.text !== 'in') continue;
    if (k === end) return false;
    if (POINTING_BACK.has(tokens[k + 1]!.text)) return k + 1 === end;
    for (let m = k + 1; m <= end; m++) if (namesMessages(tokens[m]!.text)) return true;
    return false;
  }
  return false;
}

/** Intercepted communications ("cables", "calls", "intercepts") or an account of them ("those accounts"). */
function namesMessages(text: string): boolean {
  return words.collectedCommunications.has(text) || words.interceptNouns.has(text) || words.mediaAccountNouns.has(text);
}
