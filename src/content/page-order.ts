/**
 * The blocks read, in the page's order, kept in step as parts of the page are read again: the
 * text before a run that a scan takes as context (scan-runs.ts), and the order a report lists
 * blocks and claims in. Record keys follow the first read, not the page: a paragraph a live page
 * inserts near the top is read last. Each block read again is placed by its DOM position with a
 * binary search, so a re-read costs a few DOM comparisons per block, not a sort of the page.
 */
import type { TextBlock } from '../page/text-block.js';

/** Node.DOCUMENT_POSITION_FOLLOWING: unit tests run in Node, which has no global Node. */
const FOLLOWING = 4;
const DOCUMENT_FRAGMENT_NODE = 11;

export class PageOrder<R extends { block: TextBlock }> {
  private order: R[] = [];

  /** A read of the whole page: its records, in the order read (the page's). */
  reset(records: readonly R[]): void {
    this.order = [...records];
  }

  /** After a re-read: drops the records no longer `live` and puts each of `fresh` where its block is in the page. */
  update(fresh: readonly R[], live: (record: R) => boolean): void {
    this.order = this.order.filter(live);
    for (const record of fresh) this.order.splice(this.placeOf(record.block), 0, record);
  }

  /** Every record, in page order. */
  records(): readonly R[] {
    return this.order;
  }

  /** Their blocks, in page order. */
  blocks(): TextBlock[] {
    return this.order.map((record) => record.block);
  }

  /** `records` in page order; any not placed (none, normally) go last. */
  sort(records: Iterable<R>): R[] {
    const place = new Map<R, number>();
    this.order.forEach((record, index) => place.set(record, index));
    return [...records].sort((a, b) => (place.get(a) ?? Infinity) - (place.get(b) ?? Infinity));
  }

  /** The index before which `block` goes: after every record whose block precedes it. */
  private placeOf(block: TextBlock): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (precedes(this.order[middle]!.block, block)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Whether block `a` starts before block `b` in the page. */
function precedes(a: TextBlock, b: TextBlock): boolean {
  const [first, second] = inOneTree(a.nodes[0] ?? a.element, b.nodes[0] ?? b.element);
  return (first.compareDocumentPosition(second) & FOLLOWING) !== 0;
}

/**
 * `a` and `b`, or the shadow hosts around them, in one tree: compareDocumentPosition does not
 * order nodes in different trees (a web component's text against the page's).
 */
function inOneTree(a: Node, b: Node): [Node, Node] {
  const hostsOfB = withHosts(b);
  for (const node of withHosts(a)) {
    const root = node.getRootNode();
    const partner = hostsOfB.find((other) => other.getRootNode() === root);
    if (partner) return [node, partner];
  }
  return [a, b];
}

/** `node`, then the host of its shadow root, that host's host, and so on. */
function withHosts(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && !!(node as ShadowRoot).host;
}
