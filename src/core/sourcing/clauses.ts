/**
 * Where the clauses of a sentence end, and which stretches are content rather than attribution:
 * what a document, an intercept or another outlet is said to hold ("records show that ...",
 * "after reports that ...", "..., intercepts suggest") has no speakers of its own.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { Act } from './acts.js';
import type { Range } from './denial.js';
import { isTimeWord, words } from './lexicon.js';
import type { SentenceView } from './sentence.js';
import { outletReportThat } from './outlet-reports.js';

/** Acts whose content (what follows their verb) is reported matter, not speakers of their own. */
const CONTENT_KINDS: ReadonlySet<SourcingKind> = new Set<SourcingKind>(['document', 'intercept', 'relayed']);

/** The act names a document, an intercept or an outlet: what it holds has no speakers of its own. */
function holdsContent(kinds: readonly SourcingKind[]): boolean {
  return kinds.length === 1 && CONTENT_KINDS.has(kinds[0]!);
}

/**
 * Reporting relayed to the reader ("the Post reported that", "a rights group's report said"),
 * as against a document or an intercept: its kinds are relayed alone.
 */
export function relaysReporting(kinds: readonly SourcingKind[]): boolean {
  return holdsContent(kinds) && kinds[0] === 'relayed';
}

/** The kinds of unnamed people speaking, not a named speaker. */
export function isUnnamed(kinds: readonly SourcingKind[]): boolean {
  return kinds.includes('anonymous') && !kinds.includes('on-record');
}

/** A document, an intercept or an outlet before its verb ("records show", "the Post reported that"). */
export function isContentAct(act: Act, kinds: readonly SourcingKind[]): boolean {
  return holdsContent(kinds) && act.speaker.to < act.verb.from;
}

/**
 * What a source is said to hold. `relayed`: the source is reporting relayed to the reader (another
 * outlet's, or a report read the same way, such as a rights group's), whose unnamed people are
 * the sources it relays; not a document or an intercept, whose content has no speakers.
 */
export interface Content extends Range {
  relayed: boolean;
}

/** The content of relay phrases ending in "that" ("after reports that ...") or of an outlet's report ("the Post's story that"), in order. */
export function relayedContents(view: SentenceView, breaks: Int32Array): Content[] {
  const ranges: Content[] = [];
  for (const hit of view.hits) {
    if (hit.category === 'relayPhrase' && view.tokens[hit.to - 1]!.text === 'that') ranges.push({ from: hit.to, to: clauseEnd(view, breaks, hit.to, true), relayed: true });
    const that = hit.category === 'reportNoun' ? outletReportThat(view, hit)?.that : undefined;
    if (that !== undefined) ranges.push({ from: that + 1, to: clauseEnd(view, breaks, that + 1, true), relayed: true });
  }
  return ranges;
}

/**
 * "Sessions, per WaPo: the envoy told Moscow ...": what follows the colon is the source's, added to
 * `contents` in order.
 */
export function sourcedAfterColon(view: SentenceView, acts: readonly Act[], kindsOf: (act: Act) => readonly SourcingKind[], contents: Content[]): void {
  for (const act of acts) {
    if (act.kind !== 'source' || act.speaker.from < act.verb.from || view.tokens[act.speaker.to + 1]?.text !== ':') continue;
    const kinds = kindsOf(act);
    if (holdsContent(kinds)) insertInOrder(contents, { from: act.speaker.to + 2, to: view.to, relayed: relaysReporting(kinds) });
  }
}

/** Adds a range to ranges kept in order of start. */
export function insertInOrder(ranges: Content[], range: Content): void {
  let k = ranges.length;
  while (k > 0 && ranges[k - 1]!.from > range.from) k--;
  ranges.splice(k, 0, range);
}

/** How many tokens may follow a trailing attribution's verb ("the Post reported late Friday"). */
const TRAILING_REACH = 3;

/**
 * Where a trailing attribution by a document, an intercept or an outlet starts ("..., intercepts
 * suggest", "..., The Washington Post reported Friday"): everything before it is what they hold.
 * view.from when there is none.
 */
export function trailingContentStart(view: SentenceView, acts: readonly Act[], kindsOf: (act: Act) => readonly SourcingKind[]): number {
  const according = closingAccording(view, acts);
  if (according) return trailingSource(view, according, kindsOf(according));
  // "..., the Post reported, citing two officials": the outlet's act comes before its citing.
  const citing = closingCiting(view, acts);
  const act = acts[acts.length - (citing ? 2 : 1)];
  const end = citing ? citing.verb.from - 1 : view.to;
  if (!act || act.speaker.to >= act.verb.from || end - act.verb.to > TRAILING_REACH) return view.from;
  const comma = act.speaker.from - 1;
  if (comma <= view.from || view.tokens[comma]!.text !== ',') return view.from;
  for (let k = act.verb.to; k < end; k++) if (view.tokens[k]!.word && !isTimeWord(view.tokens[k]!.text)) return view.from;
  return isContentAct(act, kindsOf(act)) ? comma : view.from;
}

/**
 * "..., the director told a friend to leave, according to an affidavit.": a closing "according
 * to" a document, an intercept or an outlet holds all that comes before its comma. Unnamed people
 * hold it too, even from an aside ("what the envoy described, according to an aide, was ...").
 */
function trailingSource(view: SentenceView, act: Act, kinds: readonly SourcingKind[]): number {
  let comma = act.verb.from - 1;
  if (view.tokens[comma]?.quote === 'close') comma--; // '..., "get out," according to'
  const unnamed = isUnnamed(kinds);
  if (recordsSpeech(view, act)) return view.from; // "..., he said, according to the transcript": still his words
  if (comma <= view.from || view.tokens[comma]!.text !== ',' || !(holdsContent(kinds) || unnamed)) return view.from;
  for (let k = act.verb.to; k < view.to; k++) {
    const token = view.tokens[k]!;
    if (unnamed && token.text === ',') break;
    if (token.text === ',' || token.text === ';' || token.quote) return view.from;
  }
  return comma;
}

/** The source is a record of what was said aloud ("the hearing transcript", "video of the meeting"). */
function recordsSpeech(view: SentenceView, act: Act): boolean {
  for (let k = act.speaker.from; k <= act.speaker.to; k++) if (words.speechRecords.has(view.tokens[k]!.text)) return true;
  return false;
}

/** The last act if it is a citing after a comma (", citing two officials"), else null. */
function closingCiting(view: SentenceView, acts: readonly Act[]): Act | null {
  const last = acts[acts.length - 1];
  return last?.kind === 'source' && last.verb.category === 'citing' && view.tokens[last.verb.from - 1]?.text === ',' ? last : null;
}

/** The last act if it is an "according to", or the one whose phrase holds the last act ("according to an aide quoted by the Post"). */
function closingAccording(view: SentenceView, acts: readonly Act[]): Act | null {
  const last = acts.length - 1;
  const isAccording = (act: Act | undefined) => act?.kind === 'source' && act.verb.category === 'according';
  if (isAccording(acts[last])) return acts[last]!;
  const before = acts[last - 1];
  if (!before || !isAccording(before)) return null;
  for (let k = before.verb.to; k < acts[last]!.verb.from; k++) if (view.tokens[k]!.text === ',') return null;
  return before;
}

/** What may stand before an "according to" that opens a clause ("The audit is silent: according to ..."). */
const CLAUSE_OPENERS = new Set([':', ';', '\u2014']);

/**
 * What an act says: the clause after its verb; for an opening "According to the Post's report,"
 * the clause after the source's comma.
 */
export function saidRange(view: SentenceView, breaks: Int32Array, act: Act, kinds: readonly SourcingKind[]): Range {
  const comma = act.speaker.to + 1;
  const opens = act.verb.from === view.from || CLAUSE_OPENERS.has(view.tokens[act.verb.from - 1]!.text);
  if (act.verb.category === 'according' && opens && act.speaker.from === act.verb.to && view.tokens[comma]?.text === ',' && comma + 1 < view.to) {
    return { from: comma + 1, to: clauseEnd(view, breaks, comma + 1, true) };
  }
  return { from: act.verb.to, to: clauseEnd(view, breaks, act.verb.to, isContentAct(act, kinds)) };
}

/** Words that start a new clause after a comma. */
const CLAUSE_STARTERS = new Set(['and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'although', 'though', 'which', 'who']);

/** Longest appositive read through ("the ambassador, Sergey Kislyak, told"), and how many in a row. */
const APPOSITIVE = 5;
const APPOSITIVES = 2;

/** Reused: for token from + k, the first comma or semicolon at or after it (view.to when none). */
let breakBuffer = new Int32Array(256);

/** The clause breaks of a sentence, found in one pass from its end (so each clause end costs one read). */
export function clauseBreaks(view: SentenceView): Int32Array {
  const length = view.to - view.from;
  if (breakBuffer.length < length + 1) breakBuffer = new Int32Array((length + 1) * 2);
  let next = view.to;
  breakBuffer[length] = next;
  for (let k = view.to - 1; k >= view.from; k--) {
    const text = view.tokens[k]!.text;
    if (text === ',' || text === ';') next = k;
    breakBuffer[k - view.from] = next;
  }
  return breakBuffer;
}

/**
 * Where the clause that starts at token `i` ends: its first comma or semicolon; with
 * `appositives`, a short phrase between two commas that the clause goes on after is read through.
 */
function clauseEnd(view: SentenceView, breaks: Int32Array, i: number, appositives = false): number {
  let k = breaks[i - view.from]!;
  for (let hops = 0; ; hops++) {
    // A comma right after the verb opens an aside ("reported, citing two officials, that"), not an appositive.
    if (!appositives || hops >= APPOSITIVES || k >= view.to || k === i || view.tokens[k]!.text !== ',') return k;
    const next = breaks[k + 1 - view.from]!;
    const after = view.tokens[next + 1];
    if (next >= view.to || next - k > APPOSITIVE + 1 || view.tokens[next]!.text !== ',' || !after?.word || CLAUSE_STARTERS.has(after.text)) return k;
    k = breaks[next + 1 - view.from]!;
  }
}
