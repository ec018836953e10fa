/**
 * Reads the text blocks under a session's roots, in slices that yield to the page, skipping
 * roots inside hidden ancestors; a block longer than one scan accepts is split.
 */
import { describeParent, extractBlocks } from '../page/extract.js';
import type { LayoutRules } from '../page/layout-rules.js';
import type { TimeSlice } from '../page/scheduler.js';
import { splitLongBlock, type TextBlock } from '../page/text-block.js';

const MAX_BLOCK_CHARS = 50_000;

export interface ReadContext {
  rules: LayoutRules;
  /** Sourcelight's own UI, never read. */
  skip: (element: Element) => boolean;
  /** Told of each open shadow root found, to watch and style it. */
  onShadowRoot: (root: ShadowRoot) => void;
}

export async function readBlocks(roots: readonly Element[], ctx: ReadContext, slice: TimeSlice, signal: AbortSignal): Promise<TextBlock[]> {
  const blocks: TextBlock[] = [];
  for (const root of roots) {
    const parentInfo = describeParent(root, ctx.rules, ctx.skip);
    if (parentInfo === 'hidden') continue;
    for (const block of extractBlocks(root, ctx.rules, { skip: ctx.skip, parentInfo, onShadowRoot: ctx.onShadowRoot })) {
      if (block) {
        if (block.text.length > MAX_BLOCK_CHARS) blocks.push(...splitLongBlock(block, MAX_BLOCK_CHARS));
        else blocks.push(block);
      }
      if (slice.due()) await slice.pause(signal);
    }
  }
  return blocks;
}
