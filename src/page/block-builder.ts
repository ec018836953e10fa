/**
 * Accumulates the text of one block as the page renders it: runs of collapsible whitespace
 * become one space (or nothing at the start of a line), `<br>` becomes "\n", preformatted text
 * stays as written. Every character kept remembers where it came from, so the collapsed text
 * can be mapped back to the DOM; soft hyphens, zero-width characters, NBSP and the like are
 * kept as they are (the core normalises them and maps back itself).
 */
import type { TextBlock, TextRun } from './text-block.js';

/** Whitespace a renderer collapses (not NBSP and the like, which stay as written). */
export const COLLAPSIBLE = /[\t\n\f\r ]+/g;
/** Whitespace that collapses into something else than itself: any but single spaces. */
export const UNUSUAL_SPACE = /[\t\n\f\r]| {2}/;
export const SPACE = 32;

export class BlockBuilder {
  private parts: string[] = [];
  private length = 0;
  private runs: TextRun[] = [];
  private nodes: Text[] = [];
  /** The first whitespace character of a run not yet emitted: it becomes a space if text follows. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  /** True at the start of a line, where collapsible whitespace disappears. */
  private lineStart = true;

  addText(node: Text, keepsWhitespace: boolean): void {
    this.nodes.push(node);
    const data = node.data;
    if (!data) return;
    if (keepsWhitespace) {
      this.emitPendingSpace();
      this.emit(data, node, 0);
      this.lineStart = data.endsWith('\n');
      return;
    }
    if (!UNUSUAL_SPACE.test(data)) return this.addPlainText(data, node);
    let from = 0;
    for (const match of data.matchAll(COLLAPSIBLE)) {
      if (match.index > from) this.emitWord(data, node, from, match.index);
      if (!this.lineStart && !this.pendingSpace) this.pendingSpace = { node, offset: match.index };
      from = match.index + match[0].length;
    }
    if (from < data.length) this.emitWord(data, node, from, data.length);
  }

  /**
   * The common case, text whose only whitespace is single spaces: it reads as written, so it
   * becomes one run (a leading or trailing space only waits, as in `addText`).
   */
  private addPlainText(data: string, node: Text): void {
    let from = 0;
    let to = data.length;
    if (data.charCodeAt(0) === SPACE) {
      if (!this.lineStart && !this.pendingSpace) this.pendingSpace = { node, offset: 0 };
      from = 1;
    }
    if (to <= from) return;
    const trailing = data.charCodeAt(to - 1) === SPACE;
    if (trailing) to--;
    this.emitWord(data, node, from, to);
    if (trailing && !this.pendingSpace) this.pendingSpace = { node, offset: to };
  }

  addBreak(): void {
    this.pendingSpace = null;
    if (this.length === 0) return;
    this.parts.push('\n');
    this.length++;
    this.lineStart = true;
  }

  /** The finished block, or null when it holds no visible character; the builder starts afresh. */
  take(element: Element): TextBlock | null {
    let text = this.parts.join('');
    const trimmed = text.replace(/\n+$/, '');
    const hasText = /\S/.test(trimmed);
    text = trimmed;
    const block = hasText ? { text, element, nodes: this.nodes, runs: this.runs } : null;
    this.parts = [];
    this.length = 0;
    this.runs = [];
    this.nodes = [];
    this.pendingSpace = null;
    this.lineStart = true;
    return block;
  }

  private emitWord(data: string, node: Text, from: number, to: number): void {
    this.emitPendingSpace();
    this.emit(from === 0 && to === data.length ? data : data.slice(from, to), node, from);
    this.lineStart = false;
  }

  private emitPendingSpace(): void {
    if (!this.pendingSpace) return;
    this.emit(' ', this.pendingSpace.node, this.pendingSpace.offset);
    this.pendingSpace = null;
  }

  private emit(text: string, node: Text, offset: number): void {
    const previous = this.runs[this.runs.length - 1];
    const adjoins =
      previous && previous.node === node && previous.offset + previous.length === offset && previous.start + previous.length === this.length;
    if (adjoins) previous.length += text.length;
    else this.runs.push({ start: this.length, node, offset, length: text.length });
    this.parts.push(text);
    this.length += text.length;
  }
}
