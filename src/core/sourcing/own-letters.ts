/**
 * A named speaker's own letter is how the speaker speaks, not a document the article rests on:
 * "In a letter to the panel, she said ...", "The group said in a letter that ...". Writing in one
 * ("she wrote in a letter that") keeps the letter as a document, its text quoted.
 */
import type { TokenCue } from './cues.js';
import { isTimeWord, words } from './lexicon.js';
import type { SentenceView } from './sentence.js';

/** How far the comma closing an opening "In a letter to ..., " may stand from the letter phrase. */
const OPENER_REACH = 12;

const WRITING_VERBS = new Set(['wrote', 'writes', 'write']);

/** "In a letter to the panel, she said ..." or "she said in a letter": the named speaker's own writing, on the record. */
export function withoutOwnLetter(view: SentenceView, cues: TokenCue[]): TokenCue[] {
  const { tokens } = view;
  const opener = cues.find((cue) => cue.kind === 'document' && cue.from === view.from && tokens[cue.from]!.text === 'in');
  if (!opener) return withoutLetterAfterSpeech(view, cues);
  let comma = opener.to + 1;
  while (comma < view.to && comma - opener.to < OPENER_REACH && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return cues;
  let letter = false;
  for (let k = opener.from; k < comma && !letter; k++) letter = words.letterNouns.has(tokens[k]!.text);
  // "In a letter to the court, she wrote that ...": what she wrote is the letter's text, a document.
  const speaks = cues.some((cue) => cue.kind === 'on-record' && cue.from === comma + 1 && !WRITING_VERBS.has(tokens[cue.to]!.text));
  return letter && speaks ? cues.filter((cue) => !(cue.kind === 'document' && cue.from >= opener.from && cue.to < comma)) : cues;
}

/** "The group said on Monday in a letter to the council that ...": the letter is how the named speaker said it. */
function withoutLetterAfterSpeech(view: SentenceView, cues: TokenCue[]): TokenCue[] {
  const { tokens } = view;
  // Most sentences hold no "in a letter" at all: spare them the search (and its closure).
  let letterCue = false;
  for (const cue of cues) if (cue.kind === 'document' && tokens[cue.from]!.text === 'in') letterCue = true;
  if (!letterCue) return cues;
  const spokenIn = (letter: TokenCue) => {
    if (letter.kind !== 'document' || tokens[letter.from]!.text !== 'in' || !inLetter(view, letter)) return false;
    let k = letter.from - 1;
    while (k > view.from && isTimeWord(tokens[k]!.text)) k--;
    // The speaker's cue may run on to the outlet it spoke to ("said in an email to News 8").
    return cues.some((cue) => cue.kind === 'on-record' && (cue.to === k || (cue.from < k && cue.to >= letter.to)) && !WRITING_VERBS.has(tokens[k]!.text));
  };
  return cues.some(spokenIn) ? cues.filter((cue) => !spokenIn(cue)) : cues;
}

function inLetter(view: SentenceView, cue: TokenCue): boolean {
  for (let k = cue.from; k <= cue.to; k++) if (words.letterNouns.has(view.tokens[k]!.text)) return true;
  return false;
}
