/**
 * Cues that need no speaker: hedges and relays ("reportedly", "first reported by"), intercepted
 * communications, and documents. Words inside quotations are the quoted speaker's, not the
 * article's sourcing, so they are skipped.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { words } from './lexicon.js';
import { hitAt, isQuotedHit, type CueHit, type SentenceView } from './sentence.js';
import { hasInterceptContext, isInterceptSource } from './intercept-context.js';
import { onlyMentioned } from './intercept-mentions.js';
import { checkingVerb, outletReportThat } from './outlet-reports.js';
import { creditCues } from './credits.js';
import { claimsImpersonally } from './impersonal-claims.js';
import { classify, isOutletOrWire } from './speaker.js';
import { isDeterminer, outletAfter, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';
import { outletOwner } from './act-recipients.js';
import { setOff } from './source-acts.js';
import { derivedSource, writtenOpening } from './written-sources.js';
import { marksPossession } from './tokens.js';
import { heldPaper } from './held-papers.js';
import { hedgedPassiveStart } from './hedged-passives.js';

export interface TokenCue {
  kind: SourcingKind;
  /** Token range, inclusive. */
  from: number;
  to: number;
}

const NOT_ADJECTIVE_AFTER = new Set(['by', 'that', 'to', 'on', 'in', 'for', 'at', 'from', 'with', 'as', 'earlier', 'last', 'this']);

export function freeCues(view: SentenceView): TokenCue[] {
  const cues: TokenCue[] = [];
  for (const hit of view.hits) {
    if (isQuotedHit(view, hit)) continue;
    switch (hit.category) {
      case 'hedge':
        cues.push(hitCue('relayed', hit));
        hedgedSubject(view, hit, cues);
        break;
      case 'speech': {
        const hedge = hedgedPassiveStart(view, hit); // "is also said to"
        if (hedge >= 0) cues.push({ kind: 'relayed', from: hedge, to: hit.to });
        break;
      }
      case 'relayPhrase':
        // "lawyers interviewed by Bench & Bar Report said": "Report" ends a name here, the act says who speaks.
        if (!endsName(view, hit.from)) cues.push(hitCue('relayed', hit));
        break;
      case 'passiveRelay':
        cues.push(hitCue('relayed', hit));
        break;
      case 'impersonalClaim':
        if (claimsImpersonally(view, hit)) cues.push(hitCue('anonymous', hit)); // "it is stressed that": someone unnamed says so
        break;
      case 'hedgeAdj':
        if (isAttributiveReported(view, hit)) cues.push(hitCue('relayed', hit));
        break;
      case 'interceptStrong':
      case 'intelligenceFinding':
        if (isInterceptSource(view, hit)) cues.push(hitCue('intercept', hit));
        break;
      case 'interceptWeak':
        if (hasInterceptContext(view, hit) && !onlyMentioned(view, hit)) cues.push(hitCue('intercept', hit));
        break;
      case 'docPhrase':
        cues.push(hitCue('document', hit));
        break;
      case 'ownAccount':
        // "by his own account": the person's own telling; a bare "by his account" only set off
        // from its clause ("paid by his account" is a bank's, cue-table.ts).
        if (!hit.phrase.data.setOff || setOff(view, hit.from, hit.to)) cues.push(hitCue('on-record', hit));
        break;
      case 'outletAccess': {
        // "reviewed by the Gazette", "as described to the paper"
        const outlet = outletAfter(view, hit.to);
        const paper = outlet ? undefined : hitAt(view, 'recipientOutlet', hit.to);
        const end = outlet ? outlet.to : paper ? paper.to - 1 : -1;
        if (end < 0) break;
        cues.push({ kind: 'relayed', from: hit.from, to: end });
        // "described to the Gazette by two officials": who described it.
        if (view.tokens[end + 1]?.text === 'by') pushAgent(view, end + 2, cues);
        break;
      }
      case 'judgedBy':
        // "viewed by some officials as a breach": their view.
        pushAgent(view, hit.to, cues, view.tokens[hit.from]!.text !== 'described', hit.from);
        break;
      case 'writtenNoun': {
        const opening = writtenOpening(view, hit);
        if (opening >= 0) cues.push({ kind: 'document', from: opening, to: hit.to - 1 });
        break;
      }
      case 'docNoun': {
        const source = derivedSource(view, hit);
        const from = source >= 0 ? source : heldPaper(view, hit); // "learned of it from a memo", "has obtained a memo"
        if (from >= 0) cues.push({ kind: 'document', from, to: hit.to - 1 });
        break;
      }
      case 'reportNoun': {
        const report = outletReportThat(view, hit);
        const checked = checkingVerb(view, hit);
        if (report || checked >= 0) cues.push({ kind: 'relayed', from: Math.max(report?.from ?? phraseStartingBefore(view, hit.to - 1), checked + 1), to: hit.to - 1 });
        break;
      }
      case 'findingNoun': {
        const opening = officialFinding(view, hit);
        if (opening >= 0) cues.push({ kind: 'document', from: opening, to: hit.to });
        break;
      }
      case 'sourceNoun': {
        // "If the Post's sources are right": the unnamed people another outlet relies on, with no verb needed.
        let start = phraseStartingBefore(view, hit.from - 1);
        const owner = start < hit.from ? outletOwner(view, start, hit.from) : -1;
        if (owner < 0) break;
        for (let k = owner - 1; k > start; k--) if (isDeterminer(view.tokens[k]!.text)) start = k; // "Assuming the Herald's"
        cues.push({ kind: 'relayed', from: start, to: owner });
        cues.push({ kind: 'anonymous', from: start, to: hit.from });
        break;
      }
    }
  }
  for (const cue of creditCues(view)) cues.push(cue); // no spread: a generic call per sentence
  return cues;
}

/** Who a passive's agent from token `start` names: people, or an outlet ("as described by the Post", shown from `cueFrom`), not documents. */
function pushAgent(view: SentenceView, start: number, cues: TokenCue[], needsAs = false, cueFrom = start): void {
  const end = phraseEndingAfter(view, start);
  if (needsAs && view.tokens[end + 1]?.text !== 'as') return;
  const agent = classify(view, start, end);
  if (agent.cls === 'anonymous') cues.push({ kind: 'anonymous', from: start, to: end });
  else if (agent.cls === 'named') cues.push({ kind: 'on-record', from: start, to: end });
  else if (isOutletOrWire(agent.cls)) cues.push({ kind: 'relayed', from: cueFrom, to: end });
}

/** "Some intelligence officials reportedly viewed ...": unnamed people whose view is hedged as reported. */
function hedgedSubject(view: SentenceView, hit: CueHit, cues: TokenCue[]): void {
  const end = hit.from - 1;
  const start = phraseStartingBefore(view, end);
  if (start > end || (start > view.from && view.tokens[start - 1]!.word)) return;
  if (classify(view, start, end).cls === 'anonymous') cues.push({ kind: 'anonymous', from: start, to: hit.to - 1 });
}

/** How many words may name the body before a finding ("a U.S. intelligence assessment"). */
const FINDING_MODIFIERS = 3;

/** "despite a U.S. intelligence assessment that it did so": an official finding cited for its content; where its phrase starts, or -1. */
function officialFinding(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  if (tokens[hit.to]?.text === 'by') return officialAgentThat(view, hit.to + 1) ? hit.from : -1;
  if (tokens[hit.to]?.text !== 'that') return -1;
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= FINDING_MODIFIERS; k--) {
    if (words.findingModifiers.has(tokens[k]!.text)) return k;
    if (!tokens[k]!.word) break;
  }
  return -1;
}

/** How many words the body after "by" may take before "that" ("by U.S. intelligence agencies that"). */
const FINDING_AGENT = 6;

/** "the conclusion by U.S. intelligence agencies that ...": an official body from token `start`, then "that". */
function officialAgentThat(view: SentenceView, start: number): boolean {
  let official = false;
  for (let k = start; k < view.to && k - start <= FINDING_AGENT; k++) {
    const token = view.tokens[k]!;
    if (token.text === 'that') return official;
    if (!token.word || token.quoted || words.breakers.has(token.text)) return false;
    if (words.findingModifiers.has(token.text)) official = true;
  }
  return false;
}

/** A capitalised word after another inside the sentence ("Bar Report"): the end of a name, not a common noun. */
function endsName(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  return i > view.from && view.tokens[i]!.cap && before !== undefined && (before.cap || before.text === '&');
}

function hitCue(kind: SourcingKind, hit: CueHit): TokenCue {
  return { kind, from: hit.from, to: hit.to - 1 };
}

/** "the company's reported offer", "the reported meeting": the adjective hedges what follows. */
function isAttributiveReported(view: SentenceView, hit: CueHit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  if (!before || !after || !after.word || after.quoted || NOT_ADJECTIVE_AFTER.has(after.text)) return false;
  return isDeterminer(before.text) || marksPossession(before);
}
