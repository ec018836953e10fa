/**
 * A block of visible text (headline, paragraph, caption, list item, table cell...) with a map
 * from offsets in its text back to DOM positions. Offsets are UTF-16 code units, as in the
 * core's `SentenceResult`.
 *
 * The map is built when first needed: most blocks are only read and sent, and never painted.
 */
import { BlockBuilder } from './block-builder.js';

/** `length` characters of the block starting at `start` are `node.data` from `offset` on, one to one. */
export interface TextRun {
  start: number;
  node: Text;
  offset: number;
  length: number;
}

export interface TextBlock {
  /** What the reader sees: whitespace collapsed as the page renders it, `<br>` as "\n". */
  text: string;
  /** The nearest block-level element holding the text (several blocks may share one). */
  element: Element;
  /** The visible text nodes the text was read from, in order. */
  nodes: readonly Text[];
  /**
   * Sorted by `start`; characters in no run (a `<br>`'s "\n") have no DOM position. Null until
   * built: only blocks whose text is the nodes' text with ordinary whitespace collapsing (no
   * `<br>`, nothing preformatted) are read without it, and `runsOf` builds it from the nodes.
   */
  runs: TextRun[] | null;
  /**
   * For a block read the fast way whose nodes hold no whitespace but single spaces: the text is
   * their joined text less this many leading characters (0, or 1 for a space) and perhaps a
   * trailing space, so its map is plain arithmetic. Null otherwise.
   */
  plainFrom?: number | null;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

/** The block's offset map, built on first use; empty when the nodes no longer read as the block. */
export function runsOf(block: TextBlock): TextRun[] {
  if (block.runs) return block.runs;
  if (typeof block.plainFrom === 'number') return (block.runs = plainRuns(block, block.plainFrom));
  const builder = new BlockBuilder();
  for (const node of block.nodes) builder.addText(node, false);
  const rebuilt = builder.take(block.element);
  const runs = rebuilt && rebuilt.text === block.text ? rebuilt.runs! : [];
  block.runs = runs;
  return runs;
}

/** One run per node, each node's text where the joined text puts it. */
function plainRuns(block: TextBlock, from: number): TextRun[] {
  const runs: TextRun[] = [];
  let at = -from;
  for (const node of block.nodes) {
    const length = node.data.length;
    const start = Math.max(at, 0);
    const end = Math.min(at + length, block.text.length);
    if (end > start) runs.push({ start, node, offset: start - at, length: end - start });
    at += length;
  }
  // The nodes must still add up to the text (a trailing space at most beyond it).
  const extra = at - block.text.length;
  return extra === 0 || extra === 1 ? runs : [];
}

/** Index of the last run starting at or before `offset`, or -1. */
function runAtOrBefore(runs: readonly TextRun[], offset: number): number {
  let low = 0;
  let high = runs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (runs[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Where a range covering block characters [start, end) begins and ends in the DOM; null if it covers no mapped character. */
export function domSpan(block: TextBlock, start: number, end: number): { start: DomPosition; end: DomPosition } | null {
  const runs = runsOf(block);
  if (end <= start || runs.length === 0) return null;
  let first = runAtOrBefore(runs, start);
  if (first < 0 || runs[first]!.start + runs[first]!.length <= start) first++;
  const last = runAtOrBefore(runs, end - 1);
  if (first >= runs.length || last < first) return null;
  const head = runs[first]!;
  const tail = runs[last]!;
  return {
    start: { node: head.node, offset: head.offset + Math.max(0, start - head.start) },
    end: { node: tail.node, offset: tail.offset + Math.min(tail.length, end - tail.start) },
  };
}

/** The distinct text nodes holding block characters [start, end). */
export function nodesIn(block: TextBlock, start: number, end: number): Text[] {
  const nodes: Text[] = [];
  for (const run of runsOf(block)) {
    if (run.start >= end) break;
    if (run.start + run.length > start && nodes[nodes.length - 1] !== run.node) nodes.push(run.node);
  }
  return nodes;
}

/**
 * Whether two readings of the same element found the very same text in the very same nodes,
 * cut the same way (a page may move text from one node to the next without changing what it reads).
 */
export function sameBlock(a: TextBlock, b: TextBlock): boolean {
  if (a.element !== b.element || a.text !== b.text || a.nodes.length !== b.nodes.length) return false;
  if (!a.nodes.every((node, i) => node === b.nodes[i])) return false;
  const before = runsOf(a);
  const now = runsOf(b);
  return (
    before.length === now.length &&
    before.every((run, i) => {
      const other = now[i]!;
      return run.node === other.node && run.start === other.start && run.offset === other.offset && run.length === other.length;
    })
  );
}

/**
 * Splits a block longer than `max` characters into pieces cut at whitespace (a message to the
 * background has a size limit; real paragraphs are far shorter, a pathological text node is not).
 */
export function splitLongBlock(block: TextBlock, max: number): TextBlock[] {
  if (block.text.length <= max) return [block];
  const pieces: TextBlock[] = [];
  let from = 0;
  while (from < block.text.length) {
    let to = Math.min(block.text.length, from + max);
    if (to < block.text.length) {
      const space = block.text.lastIndexOf(' ', to);
      if (space > from) to = space + 1;
    }
    pieces.push(sliceBlock(block, from, to));
    from = to;
  }
  return pieces;
}

function sliceBlock(block: TextBlock, from: number, to: number): TextBlock {
  const runs: TextRun[] = [];
  for (const run of runsOf(block)) {
    const start = Math.max(run.start, from);
    const end = Math.min(run.start + run.length, to);
    if (end > start) runs.push({ start: start - from, node: run.node, offset: run.offset + (start - run.start), length: end - start });
  }
  const nodes = [...new Set(runs.map((run) => run.node))];
  return { text: block.text.slice(from, to), element: block.element, nodes, runs };
}
