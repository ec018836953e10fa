/**
 * A label before a colon at the start of a block: a transcript's speaker ("Ferreira: ...",
 * "SESSIONS: ...") or a headline's source ("Report: ...", "Officials: ...", "Study: ...",
 * "Governor to Tribune: ..."). A kicker ("BOMBSHELL:", "Up Next:", "Autoplay:") names no source:
 * a capitalised word the lexicons do not know speaks only when what follows is said in the first
 * person or quoted. A recurring label (a transcript's speaker) is no source of its own.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { hitAt, type SentenceView } from './sentence.js';
import { classify, type SpeakerClass } from './speaker.js';
import { isSkippable, outletAfter } from './speaker-phrases.js';
import { isTimeWord, words } from './lexicon.js';
import { LABEL_REACH, labelKeyOf } from './label-keys.js';
import { clipSpeaker, isClipLabel, namesSpeaker } from './clip-labels.js';
import { titledColumn } from './column-titles.js';
import type { Token } from './tokens.js';
import { inCapitals } from './characters.js';

/** Words before a time word that make it the time the label's speaker spoke. */
const SAYS_WHEN = new Set(['in', 'on', 'last']);

/** Words that, after a comma, open the topic a label's speaker talks about ("Ruiz, on the vote:"). */
const TOPIC_WORDS = new Set(['on', 'about']);

/** Most words a label may have before its colon ("Justice Dept. fires back"). */
const LABEL_WORDS = 6;

const BULLETS = new Set(['-', '\u2013', '\u2014', '\u2022', '*', '\u00b7']);

/**
 * Where a block's label may start: after a list item's bullet ("- Trump, to NYT: ...") and a
 * show's time stamp ("12:40 — Ruiz on the vote: ..."). openingLabel (label-keys.ts) skips the same.
 */
export function labelStart(text: string, tokens: readonly Token[]): number {
  const start = afterTimeStamp(text, tokens);
  return tokens.length > start + 1 && BULLETS.has(tokens[start]!.text) ? start + 1 : start;
}

/** The tokens of a leading time stamp ("04:12", "1:02:33"), or 0. */
function afterTimeStamp(text: string, tokens: readonly Token[]): number {
  let k = 0;
  while (k < 5 && isNumber(text, tokens[k]) && tokens[k + 1]?.text === ':' && isNumber(text, tokens[k + 2])) k += 2;
  return k === 0 ? 0 : k + 1;
}

/** A time word after "in", "on" or "last" in a label from token `from`: when its speaker spoke ("Ruiz in January:"). */
function tellsWhen(tokens: readonly Token[], from: number, k: number): boolean {
  return k > from + 1 && words.timeWords.has(tokens[k]!.text) && SAYS_WHEN.has(tokens[k - 1]!.text);
}

function isNumber(text: string, token: Token | undefined): boolean {
  const code = token?.word ? text.charCodeAt(token.start) : 0;
  return code >= 48 && code <= 57;
}

/** The colon token of a block-opening label in tokens [from, to), or -1: its shape only. */
export function labelColon(text: string, tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first?.word || !first.cap) return -1;
  let toSeen = false;
  for (let i = from; i < to - 1 && i - from <= LABEL_WORDS; i++) {
    const token = tokens[i]!;
    if (token.text === ':' && !token.word) return i > from && token.start - first.start <= LABEL_REACH ? i : -1;
    // "Trump, to NYT:": a comma only before the outlet the speaker talked to.
    // "Ruiz, on the vote:": a comma before the topic the speaker talks about.
    const toOutlet = token.text === ',' && (tokens[i + 1]?.text === 'to' || TOPIC_WORDS.has(tokens[i + 1]?.text ?? ''));
    if (token.quote || (!token.word && token.text !== "'" && token.text !== '&' && !toOutlet)) return -1;
    // "July 2016:", "6:41": a date or a time, not a source; but a time after "to NYT" says when the speaker talked to it.
    // "Ruiz in January:" says when the speaker spoke, like "Ruiz to NYT last week:".
    const when = words.timeWords.has(token.text) && !toSeen && !tellsWhen(tokens, from, i);
    const kicker = words.notSpeakerLabels.has(token.text) && tokens[i + 1]?.text !== 'to'; // "Also:" is a kicker, "Also to NYT:" is not
    // "Sessions and the envoy: what we know": a topic, not a speaker.
    if (isNumber(text, token) || kicker || when || token.text === 'and') return -1;
    if (token.text === 'to' && i > from) toSeen = true;
  }
  return -1;
}

/** How a label is matched across a document's blocks: its words in lower case. */
export function labelKey(text: string, tokens: readonly Token[], from: number, colon: number): string {
  return labelKeyOf(text.slice(tokens[from]!.start, tokens[colon - 1]!.end));
}

export interface Label {
  kinds: SourcingKind[];
  /** What follows the colon is the label's content, with no speakers of its own. */
  content: boolean;
}

const NO_LABEL: Label = { kinds: [], content: false };

/** Report nouns that, closing a label, name a feature of the page rather than a source. */
const KICKER_NOUNS = new Set(['story', 'stories']);

/**
 * What the label in tokens [from, colon) of a block's `text` shows; `recurs`: it opens other
 * blocks of the document too.
 */
export function readLabel(view: SentenceView, text: string, from: number, colon: number, recurs: boolean): Label {
  const { tokens } = view;
  // "SOUNDBITE: RUIZ, at the hearing: "..."": a recording's label names whose recording plays.
  if (isClipLabel(view, from, colon)) return topicSpeaker(clipSpeaker(view, colon));
  // "Governor to Tribune:": the governor speaking to an outlet.
  for (let k = from + 1; k < colon - 1; k++) {
    if (tokens[k]!.text !== 'to') continue;
    const paper = hitAt(view, 'recipientOutlet', k + 1);
    let last = paper ? paper.to - 1 : outletAfter(view, k + 1)?.to ?? -1;
    if (last < 0) continue;
    while (last < colon - 1 && isTimeWord(tokens[last + 1]!.text)) last++; // "to NYT last week:"
    if (last < colon - 1) continue;
    // "Also to NYT:": the speaker of the item before, speaking again.
    if (onlySkippable(view, from, k)) return { kinds: ['on-record'], content: false };
    const speaker = classify(view, from, tokens[k - 1]!.text === ',' ? k - 2 : k - 1);
    if (speaker.cls === 'named') return { kinds: ['on-record'], content: false };
    // Unnamed people quoted by an outlet: the outlet's reporting too.
    if (speaker.cls === 'anonymous') return { kinds: ['anonymous', 'relayed'], content: true };
  }
  const topic = topicComma(view, from, colon);
  if (topic > 0) return speaksAfter(view, colon) ? topicSpeaker(classify(view, from, topic - 1).cls) : NO_LABEL;
  // "Police on Friday: what we know" heads a story; "Ruiz in January: 'We won'" quotes a speaker.
  if (saysWhen(view, from, colon) && !speaksAfter(view, colon)) return NO_LABEL;
  // "Top story:", "Inside story:": a kicker. "New report:", "Reports:": another outlet's reporting.
  const last = tokens[colon - 1]!.text;
  if (KICKER_NOUNS.has(last)) return NO_LABEL;
  if (colon - from <= 3 && hitAt(view, 'reportNoun', colon - 1)) return { kinds: ['relayed'], content: true };
  const speaker = classify(view, from, colon - 1);
  switch (speaker.cls) {
    case 'report':
    case 'outlet':
    case 'wire':
      return { kinds: ['relayed'], content: true };
    case 'anonymous':
      return { kinds: ['anonymous'], content: true };
    case 'document':
      // "Capitol Brief:", "Morning Memo:": a column's title, not a document; case tells nothing in capitals.
      return titledColumn(view, from, colon, inCapitals(text, tokens[from]!.start, tokens[colon - 1]!.end)) ? NO_LABEL : { kinds: ['document'], content: true };
    case 'intercept':
      return { kinds: ['intercept'], content: true };
    case 'named':
      // A transcript's speaker: labelers tag the attributions inside a turn, not the speaker's own talk.
      if (recurs || !(namesSpeaker(view, from, colon) || speaksAfter(view, colon))) return NO_LABEL;
      return { kinds: ['on-record'], content: false };
    default:
      return NO_LABEL;
  }
}

/**
 * Where a label's speaker ends before its topic ("Ruiz, on the vote:" at the comma), or -1.
 * Without a comma ("Ruiz on the vote story: 'We won'") only when a quotation follows the colon.
 */
function topicComma(view: SentenceView, from: number, colon: number): number {
  const { tokens } = view;
  const quoted = tokens[colon + 1]?.quote === 'open';
  for (let k = from + 1; k < colon - 1; k++) {
    if (tokens[k]!.text === ',' && TOPIC_WORDS.has(tokens[k + 1]!.text)) return k;
    if (quoted && TOPIC_WORDS.has(tokens[k]!.text) && tokens[k - 1]!.cap) return k;
  }
  return -1;
}

/** Whether the label says when its speaker spoke ("Ruiz in January:", "Police on Friday:"). */
function saysWhen(view: SentenceView, from: number, colon: number): boolean {
  const { tokens } = view;
  for (let k = from + 2; k < colon; k++) if (tellsWhen(tokens, from, k)) return true;
  return false;
}

/** What a label's speaker shows before a topic followed by a quotation or the first person, or in a clip. */
function topicSpeaker(cls: SpeakerClass): Label {
  if (cls === 'named') return { kinds: ['on-record'], content: false };
  return cls === 'anonymous' ? { kinds: ['anonymous'], content: true } : NO_LABEL;
}

function onlySkippable(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSkippable(view.tokens[k]!)) return false;
  return true;
}

/** What follows the colon is said: a quotation, or the first person ("Ruiz: I never met him."). */
function speaksAfter(view: SentenceView, colon: number): boolean {
  const next = view.tokens[colon + 1];
  const text = next?.text ?? '';
  // "Washington: US officials ...": a capitalised "US" after a dateline is the country, not "us".
  const country = text === 'us' && next?.cap === true;
  return next?.quote === 'open' || (words.firstPerson.has(text) && !country) || text === 'my' || text === 'our';
}
