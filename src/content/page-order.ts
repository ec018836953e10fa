/**
 * The blocks read, in the page's order, kept in step as parts of the page are read again: the
 * text before a run that a scan takes as context (scan-runs.ts), and the order a report lists
 * blocks and claims in. Record keys follow the order read, not the page: a paragraph a live page
 * inserts near the top is read last. A re-read's blocks come root by root, each root's in page
 * order, so they are placed as a few sorted runs merged into the rest, at a DOM comparison or
 * two per block, not a sort of the page.
 */
import { flatParent } from '../page/extract.js';
import type { TextBlock } from '../page/text-block.js';

/** Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING: unit tests run in Node, which has no global Node. */
const PRECEDING = 2;
const FOLLOWING = 4;

export class PageOrder<R extends { block: TextBlock }> {
  private order: R[] = [];

  /** Every record, in page order. */
  records(): readonly R[] {
    return this.order;
  }

  /** Their blocks, in page order. */
  blocks(): TextBlock[] {
    return this.order.map((record) => record.block);
  }

  /** Takes out records about to be read again (or gone from the page). */
  remove(records: readonly R[]): void {
    if (records.length === 0) return;
    const removed = new Set(records);
    this.order = this.order.filter((record) => !removed.has(record));
  }

  /**
   * Puts the records of one read (in the order read) where their blocks are in the page; those
   * of a read of the whole page (`wholePage`) are the page's order already.
   */
  place(read: readonly R[], wholePage: boolean): void {
    if (wholePage && this.order.length === 0) {
      this.order = [...read];
      return;
    }
    const merged: R[] = [];
    let next = 0;
    for (const record of sortedRuns(read)) {
      const at = this.firstAfter(record.block, next);
      while (next < at) merged.push(this.order[next++]!);
      merged.push(record);
    }
    while (next < this.order.length) merged.push(this.order[next++]!);
    this.order = merged;
  }

  /**
   * The first index from `from` on whose block starts after `block` (so the pieces of one long
   * text node keep the order they were read in): a galloping search, one comparison when the
   * place is `from` itself, as it is for every block of a run but the first.
   */
  private firstAfter(block: TextBlock, from: number): number {
    let low = from;
    let high = from;
    for (let step = 1; high < this.order.length && compare(this.order[high]!.block, block) <= 0; step *= 2) {
      low = high + 1;
      high = Math.min(high + step, this.order.length);
    }
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(this.order[middle]!.block, block) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** `read` in page order: split where a block does not follow the one before (a new root), the runs sorted by their first block. */
function sortedRuns<R extends { block: TextBlock }>(read: readonly R[]): R[] {
  const runs: R[][] = [];
  for (const [index, record] of read.entries()) {
    if (index > 0 && compare(read[index - 1]!.block, record.block) <= 0) runs.at(-1)!.push(record);
    else runs.push([record]);
  }
  if (runs.length > 1) runs.sort((a, b) => compare(a[0]!.block, b[0]!.block));
  return runs.flat();
}

/** Negative when block `a` starts before block `b` in the page as rendered, positive after, 0 where it does. */
function compare(a: TextBlock, b: TextBlock): number {
  const [first, second] = inOneTree(positionOf(a), positionOf(b));
  if (first === second) return 0;
  const position = first.compareDocumentPosition(second);
  return position & FOLLOWING ? -1 : position & PRECEDING ? 1 : 0;
}

/** The block's first text node, or its element once that node has left the page (a re-read of it is on its way). */
function positionOf(block: TextBlock): Node {
  const node = block.nodes[0];
  return node?.isConnected ? node : block.element;
}

/**
 * `a` and `b`, or for nodes of different trees (a web component's own text, text slotted into
 * it) what stands for them just below their nearest common ancestor in the rendered tree: the
 * page reads a component's text where it renders, and compareDocumentPosition orders one tree only.
 */
function inOneTree(a: Node, b: Node): [Node, Node] {
  if (a.getRootNode() === b.getRootNode()) return [a, b];
  const aroundA = rendered(a);
  const aroundB = rendered(b);
  const inB = new Set(aroundB);
  const common = aroundA.findIndex((node) => inB.has(node));
  if (common <= 0) return [a, b];
  return [aroundA[common - 1]!, aroundB[aroundB.indexOf(aroundA[common]!) - 1] ?? aroundA[common]!];
}

/** `node` and the elements that render boxes around it, innermost first. */
function rendered(node: Node): Node[] {
  const chain = [node];
  for (let parent = flatParent(node); parent; parent = flatParent(parent)) chain.push(parent);
  return chain;
}
