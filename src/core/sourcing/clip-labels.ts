/**
 * A broadcast script's clip label: "SOUNDBITE: RUIZ, at the hearing: "We never met."" names whose
 * recording plays. Only a label made of the words for a recording opens a clip: a headline or an
 * on-screen caption ("GRAPHIC: TIMELINE OF CONTACTS, 2016: "..."") names no speaker.
 */
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify, type SpeakerClass } from './speaker.js';
import { isArticle } from './speaker-phrases.js';

/** Most words a clip label takes ("VIDEO CLIP:", "SOUND BITE:"). */
const CLIP_LABEL_WORDS = 2;

/** Whether the label in tokens [from, colon) is one for a recording ("SOUNDBITE:", "VIDEO CLIP:"). */
export function isClipLabel(view: SentenceView, from: number, colon: number): boolean {
  if (colon - from > CLIP_LABEL_WORDS) return false;
  for (let k = from; k < colon; k++) if (!words.clipLabels.has(view.tokens[k]!.text)) return false;
  return true;
}

/** A word in tokens [from, to) is a known speaker: a role, a body, a spokesperson ("Police:", "THE SECRETARY OF STATE"). */
export function namesSpeaker(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = view.tokens[k]!.text;
    if (words.roleHeads.has(text) || words.institutionHeads.has(text) || words.speaksForHeads.has(text)) return true;
  }
  return false;
}

/** "THE QUESTION", "HIGHLIGHTS OF THE DEBATE": a phrase opening with an article or holding "of" names a topic, unless it names a role or a body. */
function namesTopic(view: SentenceView, from: number, to: number): boolean {
  const first = view.tokens[from]!.text;
  let topical = words.definite.has(first) || words.possessive.has(first) || isArticle(first);
  for (let k = from; k <= to && !topical; k++) topical = view.tokens[k]!.text === 'of';
  return topical && !namesSpeaker(view, from, to + 1);
}

/**
 * Who speaks in the clip a label ending at `colon` introduces: the phrase after the colon, up to
 * a comma, when a second colon then opens a quotation; else 'none'.
 */
export function clipSpeaker(view: SentenceView, colon: number): SpeakerClass {
  const { tokens } = view;
  for (let k = colon + 2; k < view.to - 1; k++) {
    const token = tokens[k]!;
    if (token.quote) return 'none';
    if (token.text !== ':' || token.word) continue;
    if (tokens[k + 1]!.quote !== 'open') return 'none';
    let comma = colon + 1;
    while (comma < k && tokens[comma]!.text !== ',') comma++;
    return namesTopic(view, colon + 1, comma - 1) ? 'none' : classify(view, colon + 1, comma - 1).cls;
  }
  return 'none';
}
