/**
 * Finds the painted sentence under a pointer without a listener per highlight: the caret
 * position under the point gives a text node, an index from text nodes to the sentences that
 * cover them gives candidates, and the candidates' line boxes decide. Where the browser cannot
 * give a caret inside an open shadow tree, every sentence's boxes are checked instead.
 */

export interface Hittable {
  /** Items without a range are never hit. */
  range: Range | null;
  /** Text nodes the range covers. */
  nodes: readonly Text[];
}

/** Slack around line boxes, in CSS pixels, so the gap between lines still counts. */
const SLACK = 2;

export class HitIndex<T extends Hittable> {
  private readonly byNode = new Map<Text, Set<T>>();
  private readonly items = new Set<T>();

  get size(): number {
    return this.items.size;
  }

  add(item: T): void {
    this.items.add(item);
    for (const node of item.nodes) {
      let set = this.byNode.get(node);
      if (!set) this.byNode.set(node, (set = new Set()));
      set.add(item);
    }
  }

  delete(item: T): void {
    this.items.delete(item);
    for (const node of item.nodes) {
      const set = this.byNode.get(node);
      set?.delete(item);
      if (set?.size === 0) this.byNode.delete(node);
    }
  }

  at(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): T | null {
    const node = caretNode(doc, x, y, shadowRoots);
    const candidates = node?.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    if (candidates) return find(candidates, x, y);
    // A shadow host under the caret: the caret API could not see into its tree, so check every box.
    return node && (node as Element).shadowRoot ? find(this.items, x, y) : null;
  }
}

function find<T extends Hittable>(items: Iterable<T>, x: number, y: number): T | null {
  for (const item of items) {
    if (!item.range) continue;
    for (const rect of item.range.getClientRects()) {
      if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) return item;
    }
  }
  return null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretNode(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[]): Node | null {
  const caretDoc = doc as CaretDocument;
  if (caretDoc.caretPositionFromPoint) return caretDoc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] })?.offsetNode ?? null;
  return caretDoc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}
