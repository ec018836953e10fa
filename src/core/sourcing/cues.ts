/**
 * Cues that need no speaker: hedges and relays ("reportedly", "first reported by"), intercepted
 * communications, and documents. Words inside quotations are the quoted speaker's, not the
 * article's sourcing, so they are skipped.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { words } from './lexicon.js';
import { hitAt, hitStartingIn, inLawName, isQuotedHit, type CueHit, type SentenceView } from './sentence.js';
import { classify } from './speaker.js';
import { outletAfter, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';

export interface TokenCue {
  kind: SourcingKind;
  /** Token range, inclusive. */
  from: number;
  to: number;
}

const INTERCEPT_CONTEXT = 8;
const NOT_ADJECTIVE_AFTER = new Set(['by', 'that', 'to', 'on', 'in', 'for', 'at', 'from', 'with', 'as', 'earlier', 'last', 'this']);
const HEADLINE_SEPARATORS = new Set([':', '-', '\u2014', '\u2013', '|']);

export function freeCues(view: SentenceView): TokenCue[] {
  const cues: TokenCue[] = [];
  for (const hit of view.hits) {
    if (isQuotedHit(view, hit)) continue;
    switch (hit.category) {
      case 'hedge':
        cues.push(hitCue('relayed', hit));
        hedgedSubject(view, hit, cues);
        break;
      case 'relayPhrase':
      case 'passiveRelay':
        cues.push(hitCue('relayed', hit));
        break;
      case 'hedgeAdj':
        if (isAttributiveReported(view, hit)) cues.push(hitCue('relayed', hit));
        break;
      case 'interceptStrong':
        if (!onlyMentioned(view, hit) && !soughtFor(view, hit) && !inLawName(view, hit)) cues.push(hitCue('intercept', hit));
        break;
      case 'interceptWeak':
        if (hasInterceptContext(view, hit) && !onlyMentioned(view, hit)) cues.push(hitCue('intercept', hit));
        break;
      case 'docPhrase':
        cues.push(hitCue('document', hit));
        break;
      case 'ownAccount':
        cues.push(hitCue('on-record', hit)); // "by his own account": the person's own telling
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
        pushAgent(view, hit.to, cues, view.tokens[hit.from]!.text !== 'described');
        break;
      case 'writtenNoun': {
        const opening = writtenOpening(view, hit);
        if (opening >= 0) cues.push({ kind: 'document', from: opening, to: hit.to - 1 });
        break;
      }
      case 'findingNoun': {
        const opening = officialFinding(view, hit);
        if (opening >= 0) cues.push({ kind: 'document', from: opening, to: hit.to });
        break;
      }
    }
  }
  const headline = headlineReport(view);
  if (headline >= 0) cues.push({ kind: 'relayed', from: headline, to: headline });
  const credit = outletCredit(view);
  if (credit >= 0) cues.push({ kind: 'relayed', from: credit, to: view.to - 1 });
  return cues;
}

/** The speaker named by a passive's agent from token `start`: people, not documents or outlets. */
function pushAgent(view: SentenceView, start: number, cues: TokenCue[], needsAs = false): void {
  const end = phraseEndingAfter(view, start);
  if (needsAs && view.tokens[end + 1]?.text !== 'as') return;
  const agent = classify(view, start, end);
  if (agent.cls === 'anonymous') cues.push({ kind: 'anonymous', from: start, to: end });
  else if (agent.cls === 'named') cues.push({ kind: 'on-record', from: start, to: end });
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
  if (tokens[hit.to]?.text !== 'that') return -1;
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= FINDING_MODIFIERS; k--) {
    if (words.findingModifiers.has(tokens[k]!.text)) return k;
    if (!tokens[k]!.word) break;
  }
  return -1;
}

/** Modifiers a written source may have after its article ("in a one-page letter"). */
const WRITTEN_MODIFIERS = 3;

/** "In a two-page letter to the court, ...": where the phrase naming the written source starts, or -1. */
function writtenOpening(view: SentenceView, hit: CueHit): number {
  const { tokens } = view;
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= WRITTEN_MODIFIERS + 2; k--) {
    const token = tokens[k]!;
    if (token.text === 'in' && words.indefinite.has(tokens[k + 1]?.text ?? '') || (token.text === 'in' && (words.definite.has(tokens[k + 1]?.text ?? '') || words.possessive.has(tokens[k + 1]?.text ?? '')))) {
      return k + 1 < hit.from ? k : -1;
    }
    if (!token.word || token.quoted || words.breakers.has(token.text) || words.prepositions.has(token.text)) return -1;
  }
  return -1;
}

/** Longest outlet name in a credit. */
const CREDIT = 5;

/** "Layoffs at Ohio plant (Bloomberg)", "Envoy spoke of campaign - Post": an outlet credited at the end. */
function outletCredit(view: SentenceView): number {
  const { tokens } = view;
  let last = view.to - 1;
  if (tokens[last]?.text === '.') last--;
  const parenthesis = tokens[last]?.text === ')';
  if (parenthesis) last--;
  let open = last;
  while (open > view.from && last - open < CREDIT && tokens[open]!.word) open--;
  const mark = tokens[open]?.text ?? '';
  if (open <= view.from || open === last || !(parenthesis ? mark === '(' : HEADLINE_SEPARATORS.has(mark))) return -1;
  const outlet = outletAfter(view, open + 1);
  return outlet && outlet.to === last ? open : -1;
}

function hitCue(kind: SourcingKind, hit: CueHit): TokenCue {
  return { kind, from: hit.from, to: hit.to - 1 };
}

/** "the company's reported offer", "the reported meeting": the adjective hedges what follows. */
function isAttributiveReported(view: SentenceView, hit: CueHit): boolean {
  const before = view.tokens[hit.from - 1];
  const after = view.tokens[hit.to];
  if (!before || !after || !after.word || after.quoted || NOT_ADJECTIVE_AFTER.has(after.text)) return false;
  return words.definite.has(before.text) || words.possessive.has(before.text) || words.indefinite.has(before.text) || before.text === "'" || before.poss;
}

/** "intercepted" means surveillance only near communications or intelligence words (not "intercepted a pass"). */
/** How near a bare intercept noun a word must be to show it is only talked about. */
const MENTION_REACH = 4;

/**
 * "the intercepts have not been released", "has seen the underlying intercepts", "an
 * uncorroborated intercept": the bare noun talked about, not a source the sentence rests on.
 */
function onlyMentioned(view: SentenceView, hit: CueHit): boolean {
  if (hit.to - hit.from !== 1 || !words.interceptNouns.has(view.tokens[hit.from]!.text)) return false;
  return hitStartingIn(view, 'interceptMention', hit.from - MENTION_REACH, hit.to + MENTION_REACH) !== undefined;
}

/** Lower-case words that may stand between "for" and the surveillance it names ("for foreign eavesdroppers"). */
const SOUGHT_MODIFIERS = 2;

/**
 * "applied for wiretaps", "planted stories for foreign eavesdroppers to find": surveillance
 * sought or aimed at, not a source the sentence rests on.
 */
function soughtFor(view: SentenceView, hit: CueHit): boolean {
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= SOUGHT_MODIFIERS + 1; k--) {
    const token = view.tokens[k]!;
    if (token.text === 'for') return true;
    if (!token.word || token.cap || words.breakers.has(token.text) || words.prepositions.has(token.text)) return false;
  }
  return false;
}

function hasInterceptContext(view: SentenceView, hit: CueHit): boolean {
  for (let k = hit.from - INTERCEPT_CONTEXT; k <= hit.to + INTERCEPT_CONTEXT; k++) {
    const other = hitAt(view, 'interceptContext', k) ?? hitAt(view, 'interceptStrong', k);
    if (other && other !== hit && !isQuotedHit(view, other)) return true;
  }
  return false;
}

/** A headline ending in ": Report" or "- report" rests on another outlet's report. */
function headlineReport(view: SentenceView): number {
  let last = view.to - 1;
  while (last > view.from && !view.tokens[last]!.word) last--;
  const token = view.tokens[last]!;
  if (token.quoted || (token.text !== 'report' && token.text !== 'reports')) return -1;
  const before = view.tokens[last - 1];
  return before && HEADLINE_SEPARATORS.has(before.text) ? last : -1;
}
