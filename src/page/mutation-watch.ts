/**
 * Watches the page for text that appears, changes or disappears (lazy paragraphs, "load more",
 * infinite scroll, framework re-renders, content shown by a class or style change) and reports
 * the elements to re-read, batched: after `quietMs` without changes, or at the latest `maxWaitMs`
 * after the first one, so a page that never stops changing is still followed.
 */
import { BLOCK_TAGS } from './layout-rules.js';

const OBSERVED_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

export interface MutationWatchOptions {
  /** Changes inside these nodes are ignored (Sourcelight's own UI). */
  ignore: (node: Node) => boolean;
  /** Called with the nodes whose rendered text may have changed; see `changedNodes`. */
  onChange: (changed: Node[]) => void;
  quietMs?: number;
  maxWaitMs?: number;
}

export class MutationWatch {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Counts the changes seen so far. Observer callbacks run right after the task that changed
   * the page, so text read when the count was n is still exactly there while it is still n.
   */
  epoch = 0;

  constructor(
    private readonly options: MutationWatchOptions,
    signal: AbortSignal,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Watches a tree: the document, or an open shadow root found while reading the page. */
  observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, attributes: true, attributeFilter: OBSERVED_ATTRIBUTES, subtree: true });
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.options.ignore(record.target)) continue;
      this.epoch++;
      for (const node of changedNodes(record)) this.pending.add(node);
    }
    if (this.pending.size === 0) return;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), this.options.quietMs ?? 250);
    this.maxTimer ??= setTimeout(() => this.flush(), this.options.maxWaitMs ?? 1000);
  }

  private flush(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.quietTimer = this.maxTimer = undefined;
    const changed = [...this.pending];
    this.pending = new Set();
    if (changed.length > 0) this.options.onChange(changed);
  }

  private stop(): void {
    this.observer.disconnect();
    clearTimeout(this.quietTimer);
    clearTimeout(this.maxTimer);
    this.pending.clear();
  }
}

/**
 * The nodes to re-read for one mutation. An added block element is re-read by itself (the
 * common case of paragraphs appended to a list, cheap); added or removed inline content and
 * changed text make their parent's block change; a removed element is reported so what was
 * read from it is dropped; a changed attribute may show, hide or restyle the element itself.
 */
export function changedNodes(record: MutationRecord): Node[] {
  if (record.type === 'characterData') return [record.target];
  if (record.type === 'attributes') return [record.target];
  const nodes: Node[] = [];
  let parentChanged = false;
  for (const node of record.addedNodes) {
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName)) nodes.push(node);
    else if (node.nodeType === 1 || (node.nodeType === 3 && /\S/.test((node as Text).data))) parentChanged = true;
  }
  for (const node of record.removedNodes) {
    // A removed node is reported too: no longer in the page, it is not re-read, but what was read
    // from it is dropped.
    if (node.nodeType === 1) nodes.push(node);
    if (node.nodeType === 3 || (node.nodeType === 1 && !BLOCK_TAGS.has((node as Element).localName))) parentChanged = true;
  }
  if (parentChanged) nodes.push(record.target);
  return nodes;
}
