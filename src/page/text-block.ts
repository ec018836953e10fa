/**
 * A block of visible text (headline, paragraph, caption, list item, table cell...) with a map
 * from offsets in its text back to DOM positions. Offsets are UTF-16 code units, as in the
 * core's `SentenceResult`.
 */

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
  /** Sorted by `start`; characters in no run (a `<br>`'s "\n") have no DOM position. */
  runs: TextRun[];
}

export interface DomPosition {
  node: Text;
  offset: number;
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
  const { runs } = block;
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
  for (const run of block.runs) {
    if (run.start >= end) break;
    if (run.start + run.length > start && nodes[nodes.length - 1] !== run.node) nodes.push(run.node);
  }
  return nodes;
}

/** Whether two readings of the same element found the very same text in the very same nodes. */
export function sameBlock(a: TextBlock, b: TextBlock): boolean {
  if (a.element !== b.element || a.text !== b.text || a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i]!;
    return run.node === other.node && run.start === other.start && run.offset === other.offset && run.length === other.length;
  });
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
  for (const run of block.runs) {
    const start = Math.max(run.start, from);
    const end = Math.min(run.start + run.length, to);
    if (end > start) runs.push({ start: start - from, node: run.node, offset: run.offset + (start - run.start), length: end - start });
  }
  return { text: block.text.slice(from, to), element: block.element, runs };
}
