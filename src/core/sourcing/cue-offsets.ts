/**
 * A sentence's token cues turned into the tagger's result: offsets in the block's original text,
 * in reading order, one cue per kind and span (a cue inside a longer one of its kind is dropped).
 */
import type { SourcingCue } from '../report.js';
import { SOURCING_KINDS } from '../sourcing-kinds.js';
import type { TokenCue } from './cues.js';
import type { Token } from './tokens.js';

/** Shared by every sentence without a cue: callers only read it. */
export const NO_CUES: SourcingCue[] = [];

function byStartThenLength(a: TokenCue, b: TokenCue): number {
  return a.from - b.from || b.to - a.to;
}

/** Stable insertion sort in place (a sentence has a few cues; Array.sort would allocate). */
function sortCues(cues: TokenCue[]): TokenCue[] {
  for (let k = 1; k < cues.length; k++) {
    const cue = cues[k]!;
    let j = k - 1;
    while (j >= 0 && byStartThenLength(cues[j]!, cue) > 0) {
      cues[j + 1] = cues[j]!;
      j--;
    }
    cues[j + 1] = cue;
  }
  return cues;
}

/**
 * How far the cues of each kind (by index in SOURCING_KINDS) reach in the sentence being
 * converted, reset for each: a typed array, as clearing a Map allocates a new table every sentence.
 */
const reach = new Int32Array(SOURCING_KINDS.length);

/** Token cues to offsets in the original text; one cue per kind and span, in reading order. */
export function toSourcingCues(text: string, tokens: readonly Token[], cues: TokenCue[]): SourcingCue[] {
  if (cues.length === 0) return NO_CUES;
  const out: SourcingCue[] = [];
  // Sorted by start, longest first: a cue inside an earlier one of its kind ends by that one's end.
  reach.fill(-1);
  for (const cue of sortCues(cues)) {
    const start = tokens[cue.from]!.start;
    const end = tokens[cue.to]!.end;
    const kind = SOURCING_KINDS.indexOf(cue.kind);
    if (reach[kind]! >= end) continue;
    reach[kind] = end;
    out.push({ kind: cue.kind, cue: text.slice(start, end), start, end });
  }
  return out;
}
