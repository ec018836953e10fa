/**
 * DOM Ranges for spans of a block's text, checked before they are trusted: the nodes must still
 * be in the page, the offsets inside them, and, unless the page is known not to have changed
 * since the block was read, the range must still read as the text it was made for.
 */
import { domSpan, type TextBlock } from './text-block.js';

/** Whitespace as a renderer collapses it, so a range's raw text compares with the block's. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/** `unchanged`: nothing in the page changed since `block` was read, so its text is certain. */
export function rangeFor(block: TextBlock, start: number, end: number, unchanged = false): Range | null {
  const span = domSpan(block, start, end);
  if (!span) return null;
  const { start: from, end: to } = span;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  if (from.offset > from.node.length || to.offset > to.node.length) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  if (range.collapsed) return null;
  return unchanged || stillReads(range, block.text.slice(start, end)) ? range : null;
}

/** Whether a range still covers the text it was made for. */
export function stillReads(range: Range, text: string): boolean {
  return collapseWhitespace(range.toString()) === collapseWhitespace(text.replace(/\n/g, ' '));
}

/** Whether any part of a range is drawn with a size (hidden, clipped-away or empty text is not). */
export function isRendered(range: Range): boolean {
  for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) return true;
  return false;
}
