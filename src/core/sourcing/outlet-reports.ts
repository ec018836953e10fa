/**
 * Another outlet's report named in a sentence: "the Post's report Friday that ..." (whose content
 * follows its "that") and "has not independently verified the Post's report" (a story checked,
 * not this outlet's own). The clause reader (clauses.ts) and the free cues (cues.ts) both ask.
 */
import { isTimeWord, words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';
import { classify } from './speaker.js';
import { phraseStartingBefore } from './speaker-phrases.js';
import { outletOwner } from './act-recipients.js';

/** Time words that may stand between a report and its "that" ("the Post's report Friday that"). */
const REPORT_TIME = 3;
/** A report's content may follow a copula: "the Post's account was that ...". */
const COPULAS = new Set(['is', 'was']);

/**
 * "The Post's report Friday that ...", "a Reuters story that ...": another outlet's report
 * followed by what it says. The index of its "that", or -1.
 */
export function outletReportThat(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  let that = hit.to;
  const isTime = (text: string) => text !== 'that' && isTimeWord(text);
  while (that < view.to && that - hit.to < REPORT_TIME && isTime(tokens[that]!.text)) that++;
  if (COPULAS.has(tokens[that]?.text ?? '')) that++; // "the gist of the Post's story is that ..."
  if (tokens[that]?.text !== 'that' || tokens[hit.from]!.quoted) return -1;
  const start = phraseStartingBefore(view, hit.to - 1);
  const cls = classify(view, start, hit.to - 1).cls;
  return cls === 'outlet' || cls === 'wire' || outletOwner(view, ownerStart(view, start, hit.from), hit.from) >= 0 ? that : -1;
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
