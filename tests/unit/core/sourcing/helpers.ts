/** Tags a block the way the scanner does (segmented sentences) and reads the result back. */
import { segmentBlock } from '../../../../src/core/segment.js';
import { tagBlock } from '../../../../src/core/sourcing/tag.js';
import type { SourcingCue } from '../../../../src/core/report.js';

export interface TaggedSentence {
  text: string;
  kinds: string[];
  cues: SourcingCue[];
}

export function tag(block: string): TaggedSentence[] {
  const spans = segmentBlock(block);
  const cues = tagBlock(block, spans);
  return spans.map((span, i) => ({
    text: block.slice(span.start, span.end),
    kinds: [...new Set(cues[i]!.map((cue) => cue.kind))].sort(),
    cues: cues[i]!,
  }));
}

/** The sorted kinds of a one-sentence block. */
export function kindsOf(sentence: string): string[] {
  const tagged = tag(sentence);
  if (tagged.length !== 1) throw new Error(`expected one sentence, got ${tagged.length}: ${JSON.stringify(tagged.map((t) => t.text))}`);
  return tagged[0]!.kinds;
}

/** The cue text shown for a kind in a one-sentence block. */
export function cueOf(sentence: string, kind: string): string | undefined {
  return tag(sentence)[0]?.cues.find((cue) => cue.kind === kind)?.cue;
}
