/**
 * Unnamed people an outlet says it reached, in a relative clause about the outlet: "according to
 * the Gazette, which spoke to three current and former officials", "the Post, which interviewed
 * a dozen aides, reported". The story rests on those people, so they are an unnamed source even
 * though no speech verb of theirs appears.
 */
import { HAVE_FORMS } from './auxiliaries.js';
import type { TokenCue } from './cues.js';
import { words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { classify, isOutletOrWire } from './speaker.js';
import { isDeterminer, pastComparison, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';

/** What "spoke" and "talked" take before the people reached. */
const CONTACT_PREPOSITIONS = new Set(['to', 'with']);
/** "contacted several officials for comment": asked for a reply, which is no account the story rests on. */
const REQUESTED_REPLIES = new Set(['comment', 'comments', 'response', 'reaction', 'reply']);
/** Verbs of a conversation: a research paper polls or surveys people, only a newspaper talks to them. */
const CONVERSATION_VERBS = new Set(['spoke', 'spoken', 'talked', 'interviewed']);
/** "reached three aides on Monday", "last week": a time after the people is no part of who they are. */
const TIME_OPENERS = new Set(['on', 'in', 'last', 'this', 'early', 'late']);

/** An anonymous cue for each group of unnamed people an outlet's relative clause says it reached. */
export function outletContactCues(view: SentenceView): TokenCue[] {
  const cues: TokenCue[] = [];
  const { tokens } = view;
  for (let k = view.from + 2; k < view.to; k++) {
    if (tokens[k]!.text !== 'which' || tokens[k - 1]!.text !== ',') continue;
    let verb = k + 1;
    if (HAVE_FORMS.has(tokens[verb]?.text ?? '')) verb++; // "which had interviewed"
    const verbText = tokens[verb]?.text ?? '';
    if (!words.contactVerbs.has(verbText) || !isOutletBefore(view, k - 2, CONVERSATION_VERBS.has(verbText))) continue;
    let start = verb + 1;
    if (CONTACT_PREPOSITIONS.has(tokens[start]?.text ?? '')) start++;
    start = pastComparison(view, start); // "more than 20 officials": the count's people
    if (start >= view.to) continue;
    let end = phraseEndingAfter(view, start);
    // "current and former officials": the pair of modifiers belongs to one group.
    if (tokens[end + 1]?.text === 'and' && end + 2 < view.to) end = phraseEndingAfter(view, end + 2);
    if (asksForReply(view, start, end)) continue;
    end = beforeTime(view, start, end);
    if (end >= start && classify(view, start, end).cls === 'anonymous') cues.push({ kind: 'anonymous', from: start, to: end });
  }
  return cues;
}

/** "officials for comment", "aides for a response": the people were asked for a reply. */
function asksForReply(view: SentenceView, start: number, end: number): boolean {
  const { tokens } = view;
  for (let k = start; k < end + 2 && k + 1 < view.to; k++) {
    if (tokens[k]!.text !== 'for') continue;
    const object = isDeterminer(tokens[k + 1]!.text) ? k + 2 : k + 1;
    if (REQUESTED_REPLIES.has(tokens[object]?.text ?? '')) return true;
  }
  return false;
}

/** The end of the people's phrase before a time that follows them ("three aides on Monday"). */
function beforeTime(view: SentenceView, start: number, end: number): number {
  const { tokens } = view;
  for (let k = start + 1; k < end; k++) {
    if (TIME_OPENERS.has(tokens[k]!.text) && words.timeWords.has(tokens[k + 1]!.text)) return k - 1;
  }
  return end;
}

/** Longest outlet name before the relative ("the Wall Street Journal"). */
const OUTLET_NAME = 5;

/**
 * A phrase ending at token `end` names a news outlet ("according to the Washington Post"); "the
 * paper" counts only when `conversation` says it talked to people, as a study never does.
 */
function isOutletBefore(view: SentenceView, end: number, conversation: boolean): boolean {
  if (end < view.from || !view.tokens[end]!.word) return false;
  if (conversation && view.tokens[end]!.text === 'paper' && view.tokens[end - 1]?.text === 'the') return true;
  const first = Math.max(phraseStartingBefore(view, end), end - OUTLET_NAME + 1, view.from);
  for (let start = first; start <= end; start++) {
    const cls = classify(view, start, end).cls;
    if (isOutletOrWire(cls)) return true;
  }
  return false;
}
