/**
 * Extracts a page's visible text as blocks with an offset map back to the DOM, by one walk over
 * the rendered tree: open shadow roots are entered (their slots take the host's light children),
 * skipped elements are left with their whole subtree. The same walk serves the content script
 * (computed-style rules) and the CLI (markup rules on a linkedom document).
 *
 * The walk does as little as it can per node, since it runs once per page, before the engine
 * has optimised anything: a text node is only collected with its text. At the end of a block,
 * text whose whitespace is ordinary is joined and collapsed in one go (pending-block.ts), and its
 * offset map is left to be built if the block is ever painted (`runsOf`); a block with a `<br>`
 * or preformatted text is built character by character, map included.
 *
 * The walk is a generator so the content script can spread it over many short tasks: it yields
 * each finished block, and `undefined` every few hundred nodes as a chance to pause.
 */
import type { ElementInfo, LayoutRules } from './layout-rules.js';
import { PendingBlock } from './pending-block.js';
import type { TextBlock } from './text-block.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;
const NODES_PER_PAUSE = 256;

export interface ExtractOptions {
  /** Elements left out with their subtree (Sourcelight's own UI). */
  skip?: (element: Element) => boolean;
  /** Info of the root's parent, when the root is not the top of the page (see `describeParent`). */
  parentInfo?: ElementInfo | null;
  /** Told of each open shadow root the walk enters (to watch and style it). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** One element being walked: its info and a cursor over its (flat-tree) children. */
interface Frame {
  info: ElementInfo;
  /** The element, when it starts a block of its own. */
  block: Element | null;
  list: readonly Node[] | null;
  index: number;
  next: Node | null;
}

export function* extractBlocks(root: Element, rules: LayoutRules, options: ExtractOptions = {}): Generator<TextBlock | undefined> {
  const rootInfo = rules.describe(root, options.parentInfo ?? null);
  if (rootInfo.role === 'skip' || options.skip?.(root)) return;
  const skip = options.skip;
  const pending = new PendingBlock();
  const blocks: Element[] = [root];
  const stack: Frame[] = [frameFor(root, rootInfo, root, options)];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    let node: Node | null;
    if (frame.list) node = frame.index < frame.list.length ? frame.list[frame.index++]! : null;
    else if ((node = frame.next)) frame.next = node.nextSibling;
    if (!node) {
      stack.pop();
      if (frame.block) {
        const block = pending.take(frame.block);
        if (block) yield block;
        blocks.pop();
      }
      continue;
    }
    if (++visited % NODES_PER_PAUSE === 0) yield undefined;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      if (frame.info.visible) pending.add(node as Text, frame.info.keepsWhitespace);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (skip?.(element)) continue;
    const info = rules.describe(element, frame.info);
    const role = info.role;
    if (role === 'skip') continue;
    if (role === 'break') {
      pending.addBreak();
      continue;
    }
    if (role === 'block') {
      const block = pending.take(blocks[blocks.length - 1]!);
      if (block) yield block;
      blocks.push(element);
    }
    stack.push(frameFor(element, info, role === 'block' ? element : null, options));
  }
}

/** Every block of `root`, for callers that need not pause (the CLI, tests). */
export function extractAllBlocks(root: Element, rules: LayoutRules, options: ExtractOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of extractBlocks(root, rules, options)) if (block) blocks.push(block);
  return blocks;
}

/**
 * The info of `element`'s parent, built down from the top of the page (null at the top), or
 * 'hidden' when an ancestor is skipped so the element is not visible text at all. Needed to
 * extract part of a page: visibility and white-space are inherited, and a hidden ancestor
 * hides everything below it.
 */
export function describeParent(element: Element, rules: LayoutRules, skip?: (element: Element) => boolean): ElementInfo | null | 'hidden' {
  const chain: Element[] = [];
  for (let parent = flatParent(element); parent; parent = flatParent(parent)) chain.push(parent);
  let info: ElementInfo | null = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const ancestor = chain[i]!;
    if (skip?.(ancestor)) return 'hidden';
    info = rules.describe(ancestor, info);
    if (info.role === 'skip') return 'hidden';
  }
  return info;
}

/** The element that renders `node`'s box around it: its slot, its shadow host, or its parent. */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

function frameFor(element: Element, info: ElementInfo, block: Element | null, options: ExtractOptions): Frame {
  const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) {
    options.onShadowRoot?.(shadow);
    return { info, block, list: null, index: 0, next: shadow.firstChild };
  }
  if (element.localName === 'slot' && typeof (element as HTMLSlotElement).assignedNodes === 'function') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) return { info, block, list: assigned, index: 0, next: null };
  }
  return { info, block, list: null, index: 0, next: element.firstChild };
}
