/**
 * Code the bench runs in the page's own (main) world. The highlight watcher sees the extension's
 * paint the way the reader does: the CSS highlight registry is shared between worlds, and a
 * change is painted in the frame whose animation callback saw it. It leaves User Timing marks
 * in the trace. The extraction is the floor the content script is compared with: one bare
 * TreeWalker pass over the page's text.
 */
import type { Page } from 'playwright';

declare global {
  interface Window {
    benchHighlights?: { count: number; changedAt: number };
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
 * Runs `runs` bare TreeWalker extractions of the page's text, each between the User Timing
 * marks `bench:extract-start` and `bench:extract-end`: their times are read from the trace,
 * in microseconds (the page's own clock is coarsened to 0.1 ms). Returns the text's length.
 */
export async function runBareExtraction(page: Page, runs: number): Promise<number> {
  return page.evaluate((count) => {
    let chars = 0;
    for (let i = 0; i < count; i++) {
      performance.mark('bench:extract-start');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
      chars = parts.join('').length;
      performance.mark('bench:extract-end');
    }
    return chars;
  }, runs);
}
