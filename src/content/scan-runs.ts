/**
 * The page's text just before each run of a batch's blocks, so the background reads a pronoun
 * opening a run ("He told senators ...") as a scan of the whole page would: the person it stands
 * for was named in the paragraph before, which went in another batch, or was painted from the
 * cache and not sent at all. A run is a stretch of the batch's blocks that follow one another in
 * the page; one that opens the page starts afresh, as the page does.
 */
import type { ScanRequest } from '../platform/messages.js';

/**
 * How much of the text before its runs a batch may carry in all: one budget per batch, not per
 * run, bounds a batch of scattered runs (after cached blocks, say) well inside what the
 * background accepts. Runs past the budget start afresh.
 */
export interface ContextBudget {
  chars: number;
  blocks: number;
}

/**
 * A read of the page. A person's salience halves with every sentence (core/match/salience.ts),
 * so a few paragraphs decide a pronoun; this is far more, and it still keeps a batch of one
 * screen small. Over a longer page, people named further back are missed.
 */
export const PAGE_CONTEXT: ContextBudget = { chars: 20_000, blocks: 400 };

/**
 * A re-read of what a live page inserted or edited, which may come every second: a few
 * paragraphs, not kilobytes per message. Splitting the 210 independent articles at 2,063 points,
 * five paragraphs before a split left 2 first blocks reading otherwise than a whole scan.
 */
export const REREAD_CONTEXT: ContextBudget = { chars: 4_000, blocks: 6 };

/** The blocks read, in document order, shared by all the batches of a read. */
export class PageText<B> {
  private place: Map<B, number> | null = null;

  constructor(readonly blocks: readonly B[]) {}

  /** Where `block` stands; the index is built on first use, once for all of a read's batches. */
  indexOf(block: B): number | undefined {
    if (!this.place) {
      this.place = new Map();
      for (let index = 0; index < this.blocks.length; index++) this.place.set(this.blocks[index]!, index);
    }
    return this.place.get(block);
  }
}

/**
 * The runs of `batch` (blocks in the order sent) with the text before each in `page`. None for
 * a batch that opens the page and runs on without a gap.
 */
export function batchRuns<B extends { text: string }>(batch: readonly B[], page: PageText<B>, context: ContextBudget): NonNullable<ScanRequest['runs']> {
  const runs: NonNullable<ScanRequest['runs']> = [];
  const budget = { ...context };
  for (let start = 0; start < batch.length; start++) {
    const at = page.indexOf(batch[start]!);
    const previous = start > 0 ? page.indexOf(batch[start - 1]!) : -1;
    if (at !== undefined && previous !== undefined && at === previous + 1) continue;
    const opensPage = at === undefined || at === 0;
    if (start === 0 && opensPage) continue;
    runs.push({ start, before: opensPage ? [] : textBefore(page.blocks, at, budget) });
  }
  return runs;
}

/** The texts of the blocks just before `page[at]`, in document order, within what is left of `budget` (which they use up). */
function textBefore(page: readonly { text: string }[], at: number, budget: ContextBudget): string[] {
  let from = at;
  while (from > 0 && budget.blocks > 0 && page[from - 1]!.text.length <= budget.chars) {
    budget.chars -= page[--from]!.text.length;
    budget.blocks--;
  }
  return page.slice(from, at).map((block) => block.text);
}
