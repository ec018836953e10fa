/**
 * Code the bench runs in the page's own (main) world. The highlight watcher sees the extension's
 * paint the way the reader does: the CSS highlight registry is shared between worlds, and a
 * change is painted in the frame whose animation callback saw it. It leaves User Timing marks
 * in the trace. The baseline is the floor the content script is compared with: one bare
 * TreeWalker pass over the page's text.
 */
import type { Page } from 'playwright';

declare global {
  interface Window {
    benchHighlights?: { count: number; changedAt: number };
    benchExtractions?: number[];
  }
}

/**
 * Source text, not a function: tsx's transform would wrap named inner functions in a helper
 * that does not exist in the page.
 */
const WATCH_HIGHLIGHTS = `(() => {
  let last = 0;
  const tick = () => {
    let count = 0;
    for (const highlight of CSS.highlights.values()) count += highlight.size;
    if (count !== last) {
      if (last === 0 && !performance.getEntriesByName('bench:first-highlight').length) performance.mark('bench:first-highlight');
      performance.mark('bench:highlights-changed', { detail: count });
      window.benchHighlights = { count, changedAt: performance.now() };
      last = count;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function installHighlightWatcher(page: Page): Promise<void> {
  await page.addInitScript({ content: WATCH_HIGHLIGHTS });
}

/**
 * Waits until highlights exist and have not changed for `quietMs`, and the content script has
 * marked its first scan painted when it does so; returns the number of highlighted ranges.
 */
export async function waitForHighlights(page: Page, quietMs: number, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (quiet) => {
      const state = window.benchHighlights;
      if (!state || state.count === 0 || performance.now() - state.changedAt < quiet) return 0;
      return state.count;
    },
    quietMs,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The baseline: one bare TreeWalker pass over the page's text nodes, reading each node's text
 * and joining it, as a script of its own. The bench serves it at a URL and the page loads it
 * like any script, so the trace shows its evaluation and compilation, and its task is timed
 * by exactly the rules the extension's tasks are (attribute.ts).
 */
export const BASELINE_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
  (window.benchExtractions ??= []).push(parts.join('').length);
})();
`;

/** Loads the baseline script from `url` `runs` times, one after the other; returns the text's length. */
export async function runBaseline(page: Page, url: string, runs: number): Promise<number> {
  for (let i = 1; i <= runs; i++) {
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    }, `${url}?run=${i}`);
    await page.waitForFunction((count) => (window.benchExtractions?.length ?? 0) >= count, i, { timeout: 10_000, polling: 50 });
  }
  return page.evaluate(() => window.benchExtractions?.[0] ?? 0);
}
