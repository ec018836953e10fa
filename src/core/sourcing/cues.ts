/**
 * Cues that need no speaker: hedges and relays ("reportedly", "first reported by"), intercepted
 * communications, and documents. Words inside quotations are the quoted speaker's, not the
 * article's sourcing, so they are skipped.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { words } from './lexicon.js';
import { hitAt, isQuotedHit, type CueHit, type SentenceView } from './sentence.js';
import { outletAfter } from './speaker.js';

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
      case 'relayPhrase':
      case 'passiveRelay':
        cues.push(hitCue('relayed', hit));
        break;
      case 'hedgeAdj':
        if (isAttributiveReported(view, hit)) cues.push(hitCue('relayed', hit));
        break;
      case 'interceptStrong':
        cues.push(hitCue('intercept', hit));
        break;
      case 'interceptWeak':
        if (hasInterceptContext(view, hit)) cues.push(hitCue('intercept', hit));
        break;
      case 'docPhrase':
        cues.push(hitCue('document', hit));
        break;
      case 'outletAccess': {
        // "reviewed by the Gazette", "as described to the paper"
        const outlet = outletAfter(view, hit.to);
        const paper = outlet ? undefined : hitAt(view, 'recipientOutlet', hit.to);
        if (outlet) cues.push({ kind: 'relayed', from: hit.from, to: outlet.to });
        else if (paper) cues.push({ kind: 'relayed', from: hit.from, to: paper.to - 1 });
        break;
      }
    }
  }
  const headline = headlineReport(view);
  if (headline >= 0) cues.push({ kind: 'relayed', from: headline, to: headline });
  return cues;
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
