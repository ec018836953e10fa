/**
 * What a party says, told through a noun it owns: "His excuse — that he misread the question —
 * ...", "The agency's answer, delivered by spokesman Eli Grant, was to blame the weather". The
 * owner (or the one the statement was delivered by) is the speaker; a content that disputes
 * ("was to question the figures") is a denial.
 */
import type { BlockMemory } from './block-memory.js';
import { deniesOnlyWhenNegated } from './cue-table.js';
import type { TokenCue } from './cues.js';
import type { Range } from './denial.js';
import { words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import { classify, type Speaker } from './speaker.js';
import { isDeterminer, isPossessive, namesSpeakers, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';
import { contentEnd, contentStart } from './statement-contents.js';

/** Adjectives between the owner and the noun ("his shifting explanation"). */
const MODIFIERS = 2;

/**
 * On-record or anonymous (and denial) cues of owned statements in the sentence; `skip(i)`: token
 * i is already accounted for. The content of each on-record statement is added to `says`.
 */
export function ownedStatements(view: SentenceView, memory: BlockMemory, skip: (i: number) => boolean, says: Range[]): TokenCue[] {
  const cues: TokenCue[] = [];
  for (const hit of view.hits) {
    // "the mayor's statement that ...": a statement noun owned by its party is told like a speech noun.
    if ((hit.category !== 'speechNoun' && hit.category !== 'statementNoun') || view.tokens[hit.from]!.quoted || skip(hit.from)) continue;
    const content = contentStart(view, hit);
    if (content < 0) continue;
    const speaker = agent(view, hit.to, content) ?? owner(view, hit.from, memory);
    if (!speaker) continue;
    const kind = speaker.cls === 'named' ? 'on-record' : speaker.cls === 'anonymous' ? 'anonymous' : null;
    if (!kind) continue;
    cues.push({ kind, from: Math.min(speaker.from, hit.from), to: hit.to - 1 });
    if (kind === 'on-record') says.push({ from: content, to: contentEnd(view, hit.to, content) });
    if (kind === 'on-record' && view.tokens[content - 1]?.text === 'to' && disputes(view, content)) cues.push({ kind: 'denial', from: content - 1, to: content });
  }
  return cues;
}

/** "delivered by spokesman Eli Grant", "issued through a spokeswoman": who gave the statement. */
function agent(view: SentenceView, from: number, to: number): Speaker | null {
  for (let k = from; k < to - 1; k++) {
    const by = view.tokens[k + 1]!.text;
    if (!words.statementMakingVerbs.has(view.tokens[k]!.text) || (by !== 'by' && by !== 'through')) continue;
    const speaker = classify(view, k + 2, phraseEndingAfter(view, k + 2));
    if (speaker.cls === 'named' || speaker.cls === 'anonymous') return speaker;
  }
  return null;
}

/** The noun's owner: a possessive pronoun (the speaker of the paragraph so far) or a possessive phrase. */
function owner(view: SentenceView, noun: number, memory: BlockMemory): Speaker | null {
  const { tokens } = view;
  let k = noun - 1;
  while (k > view.from && noun - k <= MODIFIERS && tokens[k]!.word && !isPossessive(tokens[k]!) && !tokens[k]!.cap) k--;
  const token = tokens[k];
  if (!token || k < view.from) return null;
  if (words.possessive.has(token.text) && token.text !== 'my' && token.text !== 'our' && token.text !== 'your') {
    return { cls: memory.resolve(false), from: k, to: k };
  }
  const end = token.text === "'" ? k - 1 : token.poss ? k : -1;
  if (end < view.from) return null;
  const speaker = classify(view, ownerStart(view, end), end);
  return speaker.cls === 'named' || speaker.cls === 'anonymous' ? speaker : null;
}

/**
 * "would undercut the attorney general's": a possessive phrase starts at its article, not at the
 * verb before it; "at odds with Mr Grant's": nor at the preposition that governs it (one inside a
 * capitalised name, "the Office of the Director's", stays). An "of" after a noun is part of a
 * title ("the chief of staff's", "the mayor of Springfield's"): the owner runs on past it.
 */
function ownerStart(view: SentenceView, end: number): number {
  let start = phraseStartingBefore(view, end);
  for (let k = end - 1; k > start; k--) {
    if (words.prepositions.has(view.tokens[k]!.text) && !view.tokens[k - 1]!.cap && !ofAfterNoun(view, k, start)) {
      start = k + 1;
      break;
    }
  }
  for (let k = end - 1; k > start; k--) {
    if (words.definite.has(view.tokens[k]!.text) && !ofAfterNoun(view, k - 1, start)) return k;
  }
  return start;
}

/** How far back a determiner may stand before the noun an "of" follows ("the former deputy chief of"). */
const TITLE_REACH = 3;

/**
 * "the chief of", "a former minister of": an "of" after a title its determiner opens; not after
 * an adjective ("skeptical of") nor another noun ("in the face of Mr Grant's").
 */
function ofAfterNoun(view: SentenceView, of: number, start: number): boolean {
  if (view.tokens[of]!.text !== 'of' || !namesSpeakers(view.tokens[of - 1]?.text ?? '')) return false;
  for (let k = of - 2; k >= Math.max(start, of - 1 - TITLE_REACH); k--) {
    const token = view.tokens[k]!;
    if (isDeterminer(token.text)) return true;
    if (!token.word || words.prepositions.has(token.text)) return false;
  }
  return false;
}

/**
 * "was to question the figures", "was to attack the sourcing": the statement disputes; "was to
 * accept the findings" does not (a verb of acceptance denies only when negated).
 */
function disputes(view: SentenceView, verb: number): boolean {
  const objectVerb = hitAt(view, 'objectVerb', verb);
  return hitAt(view, 'denialVerb', verb) !== undefined || (objectVerb !== undefined && !deniesOnlyWhenNegated(objectVerb));
}
