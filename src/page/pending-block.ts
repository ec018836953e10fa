/**
 * The block the extraction walk (extract.ts) is reading: its text nodes are only collected on the
 * way, and joined into a TextBlock when the block ends, in one go when its whitespace is ordinary.
 */
import { BlockBuilder, COLLAPSIBLE, SPACE, UNUSUAL_SPACE } from './block-builder.js';
import type { TextBlock } from './text-block.js';

/**
 * The text of the block being read: its visible text nodes, their text, and whether it needs
 * the character-by-character builder (a `<br>`, or text that keeps its whitespace).
 */
export class PendingBlock {
  nodes: Text[] = [];
  data: string[] = [];
  /** Per node, whether its whitespace is kept; null for a `<br>`. Only filled once `exact`. */
  kinds: (boolean | null)[] = [];
  exact = false;

  add(node: Text, keepsWhitespace: boolean): void {
    if (keepsWhitespace && !this.exact) this.becomeExact();
    if (this.exact) this.kinds.push(keepsWhitespace);
    this.nodes.push(node);
    this.data.push(node.data);
  }

  addBreak(): void {
    if (!this.exact) this.becomeExact();
    this.kinds.push(null);
  }

  /** The finished block, or null when it holds no visible character; starts afresh. */
  take(element: Element): TextBlock | null {
    const block = this.exact ? this.build(element) : this.join(element);
    this.nodes = [];
    this.data = [];
    this.kinds = [];
    this.exact = false;
    return block;
  }

  private becomeExact(): void {
    this.exact = true;
    this.kinds = this.nodes.map(() => false);
  }

  /** Ordinary whitespace: runs become one space, none at either end (as `BlockBuilder` does). */
  private join(element: Element): TextBlock | null {
    if (this.nodes.length === 0) return null;
    let text = this.data.join('');
    // Half the pending texts of a page are the markup's indentation between blocks: trim() (the
    // white space of \s) drops them without the regexes below, slow in a walk that runs once,
    // unoptimised. Any other character survives the collapsing, so the block is never blank.
    if (text.trim() === '') return null;
    const plain = !UNUSUAL_SPACE.test(text);
    if (!plain) text = text.replace(COLLAPSIBLE, ' ');
    const from = text.charCodeAt(0) === SPACE ? 1 : 0;
    const to = text.length > from && text.charCodeAt(text.length - 1) === SPACE ? text.length - 1 : text.length;
    if (from > 0 || to < text.length) text = text.slice(from, to);
    return { text, element, nodes: this.nodes, runs: null, plainFrom: plain ? from : null };
  }

  private build(element: Element): TextBlock | null {
    const builder = new BlockBuilder();
    let node = 0;
    for (const kind of this.kinds) {
      if (kind === null) builder.addBreak();
      else builder.addText(this.nodes[node++]!, kind);
    }
    return builder.take(element);
  }
}
