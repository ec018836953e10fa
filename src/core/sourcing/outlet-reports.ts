/**
 * Another outlet's report named in a sentence: "the Post's report Friday that ..." or a report
 * nobody owns, "a new report that ..." (whose content follows its "that"), and "has not
 * independently verified the Post's report" (a story checked, not this outlet's own). The clause
 * reader (clauses.ts) and the free cues (cues.ts) both ask.
 */
import { isLyAdverb, isTimeWord, words } from './lexicon.js';
import { hitAt, hitEndingAt, type CueHit, type SentenceView } from './sentence.js';
import { finiteClauseAt } from './clause-ahead.js';
import { isPastForm } from './verb-frames.js';
import { classify, isOutletOrWire } from './speaker.js';
import { phraseStartingBefore } from './speaker-phrases.js';
import { outletOwner } from './act-recipients.js';

/** Time words that may stand between a report and its "that" ("the Post's report Friday that"). */
const REPORT_TIME = 3;
/** A report's content may follow a copula: "the Post's account was that ...". */
const COPULAS = new Set(['is', 'was']);

/** A report followed by what it says: where the report's phrase starts and the index of its "that". */
export interface ReportThat {
  from: number;
  that: number;
}

/**
 * "The Post's report Friday that ...", "a Reuters story that ...", "after news reports that ...":
 * another outlet's report, or one nobody owns, followed by what it says; undefined when none.
 */
export function outletReportThat(view: SentenceView, hit: CueHit): ReportThat | undefined {
  const { tokens } = view;
  let that = hit.to;
  while (that < view.to && that - hit.to < REPORT_TIME && isReportTime(view, that)) that++; // "news reports from May that"
  if (COPULAS.has(tokens[that]?.text ?? '')) that++; // "the gist of the Post's story is that ..."
  if (tokens[that]?.text !== 'that' || tokens[hit.from]!.quoted) return undefined;
  const start = phraseStartingBefore(view, hit.to - 1);
  const cls = classify(view, start, hit.to - 1).cls;
  if (isOutletOrWire(cls) || outletOwner(view, ownerStart(view, start, hit.from), hit.from) >= 0) return { from: start, that };
  const unowned = unownedReportStart(view, hit);
  if (unowned < 0 || !contentClauseAt(view, that + 1) || refuted(view, hit, that + 1)) return undefined;
  return { from: unowned, that };
}

/** A time word after a report, not its "that" ("the Post's report Friday that", "reports from May that"). */
function isReportTime(view: SentenceView, k: number): boolean {
  const text = view.tokens[k]!.text;
  return text !== 'that' && (isTimeWord(text) || (text === 'from' && isTimeWord(view.tokens[k + 1]?.text ?? '')));
}

/** Report nouns whose "that" opens their content even with no press word before them. */
const REPORT_HEADS = new Set(['report', 'reports']);

/**
 * "a new report that", "several news reports that", a headline's "Report that", "amid reports
 * that": a report hedged as reported, owned by nobody. Before it only press or newness words, then
 * "a" or a quantifier, then the sentence's start (or punctuation), a citing verb ("the complaint
 * cites news reports that") or a lead-in: a circumstance ("after", "amid", "asked about") or the
 * one it was put to ("put to him a news report that"). A verb's object is its subject's own report
 * ("she filed a report that") or an incident reported to it ("police responded to reports that"),
 * a disputed or answered one ("denied news reports that"). Where the report's phrase starts, or -1.
 */
function unownedReportStart(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  let k = hit.from - 1;
  while (k >= view.from && isReportModifier(tokens[k]!.text)) k--;
  // "a story that his aunt told" is a story told; a bare "report that" states what it reports.
  if (k === hit.from - 1 && !REPORT_HEADS.has(tokens[hit.from]!.text)) return -1;
  // "a report", "several reports", "unconfirmed reports": only an article or a quantifier leaves a
  // report nobody's; "the" or an owner ("the news reports that", "the agency's new reports") names whose it is.
  if (k >= view.from && (tokens[k]!.text === 'a' || tokens[k]!.text === 'an' || words.indefinite.has(tokens[k]!.text))) k--;
  if (k < view.from) return view.from;
  // "Washington (USNT) A new report that", "— a report that": punctuation opens a phrase like the sentence's start.
  return !tokens[k]!.word || words.reportLeadIns.has(tokens[k]!.text) || hitEndingAt(view, 'citing', k) !== undefined ? k + 1 : -1;
}

/** "news", "press", "new", "unconfirmed": words that leave a report unowned. */
function isReportModifier(text: string): boolean {
  return words.mediaModifiers.has(text) || words.reportModifiers.has(text);
}

/** How far after a report's "that" the verb of a relative clause may stand ("that the county's board had released"). */
const RELATIVE_VERB_REACH = 6;

/**
 * After a report's "that", a clause with its own subject ("that the envoy told"), not a relative
 * one: "that found", or one whose verb makes or handles the report and lacks its object ("that
 * the committee released on Tuesday", "that the city commissioned shows", "that his aunt told him").
 */
function contentClauseAt(view: SentenceView, from: number): boolean {
  const first = view.tokens[from];
  if (!first?.word || words.finiteVerbs.has(first.text) || isPastForm(first)) return false;
  return !hitAt(view, 'speech', from) && !hitAt(view, 'docVerb', from) && finiteClauseAt(view, from) && !madeReport(view, from);
}

/**
 * "that the committee released on Tuesday", "that Congress ordered in 2019 was": the clause's
 * first verb makes or handles the report and has no object of its own.
 */
function madeReport(view: SentenceView, from: number): boolean {
  const { tokens } = view;
  let verb = from + 1;
  for (; verb < view.to && verb - from < RELATIVE_VERB_REACH && tokens[verb]!.word; verb++) {
    const text = tokens[verb]!.text;
    if (words.reportMakingVerbs.has(text)) break;
    if (isPastForm(tokens[verb]!) && !words.pastAuxiliaries.has(text)) return false; // "that the agency wasted millions it received"
  }
  if (!words.reportMakingVerbs.has(tokens[verb]?.text ?? '')) return false;
  let next = verb + 1;
  if (words.pronouns.has(tokens[next]?.text ?? '') || tokens[next]?.text === 'her') next++; // "that his aunt told him": whom it was told
  const after = tokens[next];
  if (!after?.word || next >= view.to) return true;
  const text = after.text;
  // A time ("released last week"; "the" opens an object, not a time) or the sentence's own verb ("commissioned shows").
  return words.prepositions.has(text) || (isTimeWord(text) && !words.definite.has(text)) || words.finiteVerbs.has(text) || isPastForm(after) || hitAt(view, 'docVerb', next) !== undefined || hitAt(view, 'speech', next) !== undefined;
}

/** Copulas before which a dispute word refutes their subject ("were false", "turned out to be untrue"). */
const PLURAL_COPULAS = new Set(['are', 'were', 'be']);
const SINGULAR_COPULAS = new Set(['is', 'was', 'be']);

/**
 * "Reports that he had died were false.": the sentence's own predicate, a copula that agrees with
 * the report and a dispute word that closes the sentence or its clause, refutes the report.
 */
function refuted(view: SentenceView, report: CueHit, from: number): boolean {
  const { tokens } = view;
  const copulas = tokens[report.from]!.plural ? PLURAL_COPULAS : SINGULAR_COPULAS;
  for (let k = from; k < view.to - 1; k++) {
    if (!copulas.has(tokens[k]!.text)) continue;
    const complement = isLyAdverb(tokens[k + 1]!) ? k + 2 : k + 1; // "were entirely false"
    const dispute = hitAt(view, 'disputeWord', complement);
    if (dispute && (dispute.to >= view.to || !tokens[dispute.to]!.word)) return true;
  }
  return false;
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
