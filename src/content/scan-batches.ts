/**
 * How a read's blocks go to the background: in messages within the background's limits, and,
 * on a long page, the blocks on screen first in a small message of their own, so the reader's
 * part of the page is answered (and painted) first while the rest is scanned.
 */
import { splitOnScreen } from '../page/viewport-order.js';
import type { BlockRecord } from './records.js';

/** Message limits, well inside what the background accepts in one scan. */
const BATCH_BLOCKS = 4_000;
const BATCH_CHARS = 1_500_000;
/** Above this much text, the blocks on screen go in a message of their own. */
const SCREEN_FIRST_CHARS = 20_000;

export function scanBatches(records: readonly BlockRecord[], viewportHeight: number): BlockRecord[][] {
  let chars = 0;
  for (const record of records) chars += record.block.text.length;
  if (chars <= SCREEN_FIRST_CHARS) return [...withinLimits(records)];
  const { onScreen, rest } = splitOnScreen(records, (record) => record.block.element, viewportHeight);
  return [...withinLimits(onScreen), ...withinLimits(rest)];
}

function* withinLimits(records: readonly BlockRecord[]): Generator<BlockRecord[]> {
  let batch: BlockRecord[] = [];
  let chars = 0;
  for (const record of records) {
    if (batch.length > 0 && (batch.length >= BATCH_BLOCKS || chars + record.block.text.length > BATCH_CHARS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(record);
    chars += record.block.text.length;
  }
  if (batch.length > 0) yield batch;
}
