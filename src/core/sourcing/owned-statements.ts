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
import { isTimeWord, words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import { classify, type Speaker } from './speaker.js';
import { isDeterminer, namesSpeakers, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';

/** Adjectives between the owner and the noun ("his shifting explanation"). */
const MODIFIERS = 2;
/** Longest aside between the noun and its content ("..., issued through a spokeswoman, was"). */
const ASIDE = 12;
/** How far into its sentence a noun may stand and still open it as a label ("The president's first response:"). */
const LABEL_REACH = 5;
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who', 'which', 'whether']);
const DASHES = new Set(['\u2014', '\u2013', '-']);
const COPULAS = new Set(['was', 'is', 'has been', 'had been', 'remains', 'remained']);
/** "the statement that was issued": a relative clause about the noun, not its content. */
const RELATIVE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'would', 'will', 'could', 'came', 'followed']);
const AGENT_VERBS = new Set(['delivered', 'issued', 'given', 'relayed', 'offered', 'conveyed']);

/**
 * On-record or anonymous (and denial) cues of owned statements in the sentence; `skip(i)`: token
 * i is already accounted for. The content of each on-record statement is added to `says`.
 */
export function ownedStatements(view: SentenceView, memory: BlockMemory, skip: (i: number) => boolean, says: Range[]): TokenCue[] {
  const cues: TokenCue[] = [];
  for (const hit of view.hits) {
    if (hit.category !== 'speechNoun' || view.tokens[hit.from]!.quoted || skip(hit.from)) continue;
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

/** Where the statement's content starts: after "was that", "was to", "— that", ": "; -1 when the noun has none. */
function contentStart(view: SentenceView, noun: CueHit): number {
  const { tokens } = view;
  // "Her phone line since May: disconnected": after a noun, "line" is a thing; a position is the
  // owner's own "line" or "bottom line".
  const positionOnly = words.positionOnlyNouns.has(tokens[noun.to - 1]!.text);
  if (positionOnly && !ownerJustBefore(view, noun.from)) return -1;
  let k = pastSince(view, noun.to);
  const opener = tokens[k]?.text ?? '';
  // "His excuse — that ...", "Her answer, that she never saw it, ...": the content is the aside itself.
  if ((DASHES.has(opener) || opener === ':' || opener === ',') && tokens[k + 1]?.text === 'that') return k + 2;
  // "The mayor's answer: a two-line email.": a label opening the sentence, its content after the colon ("Her testimony: what we know" asks).
  if (opener === ':' && noun.from - view.from <= LABEL_REACH && tokens[k + 1]?.word && !QUESTION_WORDS.has(tokens[k + 1]!.text)) return k + 1;
  // "her repeated insistence that she never met him": the content follows at once.
  if (opener === 'that' && !tokens[k + 1]?.ed && !RELATIVE_VERBS.has(tokens[k + 1]?.text ?? '')) return k + 1;
  if (opener === ',' || DASHES.has(opener)) {
    let close = k + 1;
    while (close < view.to && close - k <= ASIDE && tokens[close]!.text !== opener && !(DASHES.has(opener) && DASHES.has(tokens[close]!.text))) close++;
    if (close >= view.to || close - k > ASIDE) return -1;
    k = close + 1;
  }
  // "The firm's line of credit was to expire": with a complement, "line" is a thing.
  if (!positionOnly) k = pastComplement(view, k);
  const copula = tokens[k]?.text === 'has' || tokens[k]?.text === 'had' ? `${tokens[k]!.text} ${tokens[k + 1]?.text}` : tokens[k]?.text ?? '';
  if (!COPULAS.has(copula)) return -1;
  k += copula.includes(' ') ? 2 : 1;
  while (k < view.to && tokens[k]!.ly && !tokens[k]!.cap) k++; // "was simply that"
  const next = tokens[k]?.text;
  return next === 'that' || next === 'to' || next === ':' ? k + 1 : -1;
}

/** "her line", "the mayor's line", "the unions' line": the noun at `noun` follows its owner at once. */
function ownerJustBefore(view: SentenceView, noun: number): boolean {
  const before = view.tokens[noun - 1];
  return noun > view.from && before !== undefined && (before.poss || before.text === "'" || words.possessive.has(before.text));
}

/** "His line since March: ...", "her position ever since July, ..., is that": where what follows the time after "since" starts, else `k`. */
function pastSince(view: SentenceView, k: number): number {
  const { tokens } = view;
  const since = tokens[k]?.text === 'ever' ? k + 1 : k;
  if (tokens[since]?.text !== 'since' || !isTimeWord(tokens[since + 1]?.text ?? '')) return k;
  let j = since + 1;
  while (j < view.to && isTimeWord(tokens[j]!.text)) j++;
  return j;
}

/** Longest complement between the noun and its copula ("for the meetings themselves"). */
const COMPLEMENT = 5;
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'about', 'on', 'to']);
const COPULA_STARTS = new Set(['was', 'is', 'has', 'had', 'remains', 'remained']);

/** "His explanation for the meetings has been that": where the copula after a short complement of the noun stands, else `k`. */
function pastComplement(view: SentenceView, k: number): number {
  const { tokens } = view;
  if (!COMPLEMENT_PREPOSITIONS.has(tokens[k]?.text ?? '')) return k;
  for (let j = k + 1; j < view.to && j - k <= COMPLEMENT; j++) {
    if (COPULA_STARTS.has(tokens[j]!.text)) return j;
    if (!tokens[j]!.word || tokens[j]!.quoted || words.breakers.has(tokens[j]!.text)) return k;
  }
  return k;
}

/** The last token of the content: up to the dash or comma that closes "— that ... —", else the sentence's end. */
function contentEnd(view: SentenceView, noun: number, content: number): number {
  const opener = view.tokens[noun]!.text;
  const closes = (text: string) => (opener === ',' ? text === ',' : DASHES.has(text));
  if (!DASHES.has(opener) && !(opener === ',' && view.tokens[noun + 1]?.text === 'that')) return view.to - 1;
  let k = content;
  while (k < view.to && !closes(view.tokens[k]!.text)) k++;
  return k - 1;
}

/** "delivered by spokesman Eli Grant", "issued through a spokeswoman": who gave the statement. */
function agent(view: SentenceView, from: number, to: number): Speaker | null {
  for (let k = from; k < to - 1; k++) {
    const by = view.tokens[k + 1]!.text;
    if (!AGENT_VERBS.has(view.tokens[k]!.text) || (by !== 'by' && by !== 'through')) continue;
    const speaker = classify(view, k + 2, phraseEndingAfter(view, k + 2));
    if (speaker.cls === 'named' || speaker.cls === 'anonymous') return speaker;
  }
  return null;
}

/** The noun's owner: a possessive pronoun (the speaker of the paragraph so far) or a possessive phrase. */
function owner(view: SentenceView, noun: number, memory: BlockMemory): Speaker | null {
  const { tokens } = view;
  let k = noun - 1;
  while (k > view.from && noun - k <= MODIFIERS && tokens[k]!.word && !tokens[k]!.poss && !words.possessive.has(tokens[k]!.text) && !tokens[k]!.cap) k--;
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
