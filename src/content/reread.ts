/**
 * What survives a re-read of part of the page (an SPA re-render, a paragraph edited or moved):
 * the changed nodes name the block elements to read again, the records read from under them
 * are taken out, and those that read exactly the same with their painted ranges intact are put
 * back as they were. The rest are unpainted and read as new.
 */
import { flatParent } from '../page/extract.js';
import type { LayoutRules } from '../page/layout-rules.js';
import { sameBlock, type TextBlock } from '../page/text-block.js';
import { paintIntact, unpaintRecord, type PaintTools } from './paint-record.js';
import type { BlockRecord } from './records.js';

/** The nearest rendered block element around each changed node, without nesting. */
export function blockRoots(changed: readonly Node[], doc: Document, rules: LayoutRules, skip: (element: Element) => boolean): Element[] {
  const roots = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected) continue;
    let element: Element | null = node.nodeType === 1 ? (node as Element) : flatParent(node);
    while (element && element !== doc.documentElement && rules.describe(element, null).role !== 'block') element = flatParent(element);
    if (element && !skip(element)) roots.add(element);
  }
  return [...roots].filter((root) => !isUnder(flatParent(root), roots));
}

/** Takes out of `records` those read from inside `roots` or no longer in the page. */
export function takeRecordsUnder(records: Map<number, BlockRecord>, roots: readonly Element[]): BlockRecord[] {
  const rootSet = new Set<Element>(roots);
  const taken: BlockRecord[] = [];
  for (const record of records.values()) {
    if (record.block.element.isConnected && !isUnder(record.block.element, rootSet)) continue;
    records.delete(record.key);
    taken.push(record);
  }
  return taken;
}

/**
 * Puts back into `records` the previous records whose block reads exactly the same and whose
 * painted ranges are intact, and makes new records (from `newRecord`) for the other blocks.
 * Returns the record of every block, in the order read, and the new ones among them. (A
 * paragraph the page moved reads the same, but taking it out of the page collapsed its live
 * ranges: it is painted afresh where it now is.)
 */
export function keepUnchanged(
  blocks: readonly TextBlock[],
  previous: readonly BlockRecord[],
  records: Map<number, BlockRecord>,
  tools: PaintTools,
  newRecord: (block: TextBlock) => BlockRecord,
): { read: BlockRecord[]; fresh: BlockRecord[] } {
  if (previous.length === 0) {
    const fresh = blocks.map(newRecord);
    return { read: fresh, fresh };
  }
  const byElement = new Map<Element, BlockRecord[]>();
  for (const record of previous) byElement.set(record.block.element, [...(byElement.get(record.block.element) ?? []), record]);
  const read: BlockRecord[] = [];
  const fresh: BlockRecord[] = [];
  const kept = new Set<BlockRecord>();
  for (const block of blocks) {
    const same = byElement.get(block.element)?.find((record) => !kept.has(record) && sameBlock(record.block, block) && paintIntact(record));
    if (same) {
      kept.add(same);
      records.set(same.key, same);
      read.push(same);
    } else {
      const record = newRecord(block);
      fresh.push(record);
      read.push(record);
    }
  }
  for (const record of previous) if (!kept.has(record)) unpaintRecord(record, tools, records.values());
  return { read, fresh };
}

/** Whether `element` is one of `roots` or lies inside one (across shadow boundaries). */
function isUnder(element: Element | null, roots: ReadonlySet<Element>): boolean {
  for (let node = element; node; node = flatParent(node)) if (roots.has(node)) return true;
  return false;
}
