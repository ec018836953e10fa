/**
 * Another outlet's report named in a sentence: "the Post's report Friday that ..." or a report
 * nobody owns, "a new report that ..." (whose content follows its "that"), and "has not independently verified the Post's report" (a story checked,
 * not this outlet's own). The clause reader (clauses.ts) and the free cues (cues.ts) both ask.
 */
import { isTimeWord, words } from './lexicon.js';
import { hitAt, hitEndingAt, type CueHit, type SentenceView } from './sentence.js';
import { finiteClauseAt } from './clause-ahead.js';
import { isPastForm } from './verb-frames.js';
import { classify } from './speaker.js';
import { phraseStartingBefore } from './speaker-phrases.js';
import { outletOwner } from './act-recipients.js';

/** Time words that may stand between a report and its "that" ("the Post's report Friday that"). */
const REPORT_TIME = 3;
/** A report's content may follow a copula: "the Post's account was that ...". */
const COPULAS = new Set(['is', 'was']);

/**
 * "The Post's report Friday that ...", "a Reuters story that ...", "after news reports that ...":
 * another outlet's report, or one nobody owns, followed by what it says. The index of its "that", or -1.
 */
export function outletReportThat(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  let that = hit.to;
  const isTime = (k: number) => tokens[k]!.text !== 'that' && (isTimeWord(tokens[k]!.text) || (tokens[k]!.text === 'from' && isTimeWord(tokens[k + 1]?.text ?? '')));
  while (that < view.to && that - hit.to < REPORT_TIME && isTime(that)) that++; // "news reports from May that"
  if (COPULAS.has(tokens[that]?.text ?? '')) that++; // "the gist of the Post's story is that ..."
  if (tokens[that]?.text !== 'that' || tokens[hit.from]!.quoted) return -1;
  const start = phraseStartingBefore(view, hit.to - 1);
  const cls = classify(view, start, hit.to - 1).cls;
  if (cls === 'outlet' || cls === 'wire' || outletOwner(view, ownerStart(view, start, hit.from), hit.from) >= 0) return that;
  return unownedReportStart(view, hit) >= 0 && contentClauseAt(view, that + 1) ? that : -1;
}

/** Report nouns whose "that" opens their content even with no press word before them. */
const REPORT_HEADS = new Set(['report', 'reports']);
/** Verbs that dispute or dismiss a report: "disputed reports that", "brushed aside reports that" keep the disputer's reading. */
const DISPUTING = ['denialVerb', 'objectVerb'] as const;

/**
 * "a new report that", "news reports that", a headline's "Report that" or "over report that": a
 * report hedged as reported, owned by nobody. Only "a" and press or newness words may come before
 * it ("a January report that", "Friday's report that" may be a body's or a speaker's own), and
 * not "in" ("concluded in a report that": the agencies' own report), a verb that disputes it or
 * a comment on it.
 * Where the report's phrase starts, or -1.
 */
export function unownedReportStart(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  const modifier = (text: string) => words.mediaModifiers.has(text) || words.reportModifiers.has(text);
  let k = hit.from - 1;
  while (k >= view.from && modifier(tokens[k]!.text)) k--;
  // "a story that his aunt told" is a story told; a bare "report that" states what it reports.
  if (k === hit.from - 1 && !REPORT_HEADS.has(tokens[hit.from]!.text)) return -1;
  const plural = tokens[hit.from]!.plural;
  if (k >= view.from && (tokens[k]!.text === 'a' || tokens[k]!.text === 'an')) k--;
  else if (k >= view.from && !words.prepositions.has(tokens[k]!.text) && !(plural && k < hit.from - 1)) return -1;
  if (k < view.from) return view.from;
  return tokens[k]!.text !== 'in' && !DISPUTING.some((category) => hitEndingAt(view, category, k)) && !answered(view, k) ? k + 1 : -1;
}

/** "declined to comment on reports that", "would not discuss reports that": the report is what a party answers (or not), ending at token `k`. */
function answered(view: SentenceView, k: number): boolean {
  const verb = view.tokens[k]!.text === 'on' ? k - 1 : k;
  return verb >= view.from && hitEndingAt(view, 'refusalObject', verb) !== undefined;
}

/** After a report's "that", a clause with its own subject ("that the envoy told"), not a relative one ("that found"). */
function contentClauseAt(view: SentenceView, from: number): boolean {
  const first = view.tokens[from];
  if (!first?.word || words.finiteVerbs.has(first.text) || isPastForm(first)) return false;
  return !hitAt(view, 'speech', from) && !hitAt(view, 'docVerb', from) && finiteClauseAt(view, from);
}

/** Verbs of checking another outlet's story, after "independently". */
const CHECK_VERBS = new Set(['verify', 'verified', 'confirm', 'confirmed']);
/** How far before a report noun its checking verb may stand ("verified the Post's report"). */
const CHECK_REACH = 5;

/** "has not independently verified the Post's report": the report is another outlet's; the checking verb's index, or -1. */
export function checkingVerb(view: SentenceView, hit: CueHit): number {
  for (let k = hit.from - 1; k > view.from && hit.from - k <= CHECK_REACH; k--) {
    const token = view.tokens[k]!;
    if (CHECK_VERBS.has(token.text)) return view.tokens[k - 1]!.text === 'independently' ? k : -1;
    if (!token.word && token.text !== "'") return -1;
  }
  return -1;
}

/** "the core of the Post's story": the owner's phrase starts after the last preposition before the report. */
function ownerStart(view: SentenceView, start: number, report: number): number {
  let from = start;
  for (let k = start; k < report; k++) if (words.prepositions.has(view.tokens[k]!.text)) from = k + 1;
  return from;
}
