/**
 * What the headless demo does on the article page in Chromium: wait for Sourcelight's
 * highlights, hover the first claim highlight, and find the tooltip it opens. The tooltip lives
 * in a closed shadow root that page scripts cannot read; the DevTools protocol can (pierce).
 */
import type { Page } from 'playwright';

/** Waits until the page's CSS highlight registry holds painted ranges; returns how many. */
export async function waitForHighlights(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      let ranges = 0;
      for (const highlight of CSS.highlights.values()) ranges += highlight.size;
      return ranges > 0 ? ranges : false;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Scrolls the first range of the highest-priority painted highlight (claims are painted above
 * sourcing cues) into view and returns the centre of its first line box.
 */
export async function firstHighlightPoint(page: Page): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(() => {
    const painted = [...CSS.highlights.values()].filter((highlight) => highlight.size > 0);
    const top = Math.max(...painted.map((highlight) => highlight.priority));
    const ranges = painted.filter((highlight) => highlight.priority === top).flatMap((highlight) => [...highlight] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const first = ranges[0];
    if (!first) return null;
    const element = first.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    const box = [...first.getClientRects()].find((rect) => rect.width > 2 && rect.height > 2);
    if (!box) return null;
    return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2, text: first.toString() };
  });
}

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

const TEXT_NODE = 3;

function textOf(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join(' ');
}

/** The open tooltip inside a closed shadow root: its claim id and visible text, or null. */
export async function findTooltip(page: Page): Promise<{ claimId: string; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const search = (node: DomNode, inClosedShadow: boolean): { claimId: string; text: string } | null => {
      const claimId = attribute(node, 'data-claim-id');
      if (inClosedShadow && claimId && attribute(node, 'role') === 'dialog') return { claimId, text: textOf(node).replace(/\s+/g, ' ').trim() };
      for (const shadow of node.shadowRoots ?? []) {
        const found = search(shadow, inClosedShadow || shadow.shadowRootType === 'closed');
        if (found) return found;
      }
      for (const child of node.children ?? []) {
        const found = search(child, inClosedShadow);
        if (found) return found;
      }
      return null;
    };
    return search(root, false);
  } finally {
    await cdp.detach();
  }
}

/** Polls for the tooltip after a hover. */
export async function waitForTooltip(page: Page, timeoutMs: number): Promise<{ claimId: string; text: string } | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const tooltip = await findTooltip(page);
    if (tooltip || Date.now() > deadline) return tooltip;
    await new Promise((wait) => setTimeout(wait, 100));
  }
}
