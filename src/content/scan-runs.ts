/**
 * The page's text just before each run of a batch's blocks, so the background reads a pronoun
 * opening a run ("He told senators ...") as a scan of the whole page would: the person it stands
 * for was named in the paragraph before, which went in another batch, or was painted from the
 * cache and not sent at all. A run is a stretch of the batch's blocks that follow one another in
 * the page; one that opens the page starts afresh, as the page does.
 */
import type { ScanRequest } from '../platform/messages.js';

/**
 * How much of the text before a run goes with it. A person's salience halves with every sentence
 * (core/match/salience.ts), so a few paragraphs decide a pronoun; this is far more, and it still
 * keeps a batch of one screen small. Over a longer page, people named further back are missed.
 */
export const CONTEXT_CHARS = 20_000;

/**
 * The runs of `batch` (blocks in the order sent) with the text before each in `page` (the
 * blocks read, in document order). None for a batch that opens the page and runs on without a gap.
 */
export function batchRuns<B extends { text: string }>(batch: readonly B[], page: readonly B[]): NonNullable<ScanRequest['runs']> {
  const place = new Map<B, number>();
  page.forEach((block, index) => place.set(block, index));
  const runs: NonNullable<ScanRequest['runs']> = [];
  for (let start = 0; start < batch.length; start++) {
    const at = place.get(batch[start]!);
    const previous = start > 0 ? place.get(batch[start - 1]!) : -1;
    if (at !== undefined && previous !== undefined && at === previous + 1) continue;
    if (start === 0 && !at) continue;
    runs.push({ start, before: at === undefined ? [] : textBefore(page, at) });
  }
  return runs;
}

/** The texts of the blocks just before `page[at]`, in document order, within CONTEXT_CHARS. */
function textBefore(page: readonly { text: string }[], at: number): string[] {
  let chars = 0;
  let from = at;
  while (from > 0 && chars + page[from - 1]!.text.length <= CONTEXT_CHARS) chars += page[--from]!.text.length;
  return page.slice(from, at).map((block) => block.text);
}
