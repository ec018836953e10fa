/**
 * One measured page load in the extension's browser: trace the load, wait until the highlights
 * settle, time the bare extraction baseline on the same page, then read from the trace the
 * extension's main-thread tasks between the content script's start and the last paint.
 */
import type { Page } from 'playwright';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browsers.js';
import { median } from '../result.js';
import { analysePage, extensionTasks, type PageTrace, type Task } from './attribute.js';
import { installHighlightWatcher, runBareExtraction, waitForHighlights } from './page-probes.js';
import { startTrace, stopTrace } from './trace.js';

export interface PageLoad {
  /** Sum of the extension's task durations from script start to all highlights painted. */
  mainThreadMs: number;
  longestTaskMs: number;
  taskCount: number;
  firstHighlightMs: number;
  /** From the content script's own marks, when it makes them. */
  markedFirstHighlightMs: number | null;
  /** Script start to the last highlight change (wall time, includes waiting for the background). */
  paintedAfterMs: number;
  highlights: number;
  /** The first (cold) bare extraction of the page, as the content script's own is. */
  extractMs: number;
  /** Median of the later, warm ones. */
  warmExtractMs: number;
  extractChars: number;
}

export interface LoadOptions {
  quietMs: number;
  timeoutMs: number;
  /** Sees the analysed trace and the extension's tasks (for profiling). */
  onTrace?: (trace: PageTrace, tasks: Task[]) => void;
}

export async function measurePageLoad(browser: ExtensionBrowser, url: string, options: LoadOptions): Promise<PageLoad> {
  const testPage = await browser.openPage('about:blank');
  const page = testPage.raw as Page;
  try {
    await installHighlightWatcher(page);
    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    let highlights: number;
    try {
      highlights = await waitForHighlights(page, options.quietMs, options.timeoutMs);
    } catch (error) {
      await stopTrace(cdp).catch(() => undefined);
      throw new Error(`no highlights settled on ${url} within ${options.timeoutMs / 1000} s (${(error as Error).message.split('\n')[0]})`);
    }
    const extractChars = await runBareExtraction(page, 5);
    const trace = analysePage(await stopTrace(cdp), browser.origin, `${browser.origin}/content.js`);
    const changes = trace.marks.get('bench:highlights-changed') ?? [];
    const painted = trace.marks.get('sourcelight:painted')?.[0] ?? 0;
    const end = Math.max(changes[changes.length - 1] ?? 0, painted);
    const tasks = extensionTasks(trace, end);
    options.onTrace?.(trace, tasks);
    const firstSeen = trace.marks.get('bench:first-highlight')?.[0];
    const firstMarked = trace.marks.get('sourcelight:first-highlight')?.[0];
    if (firstSeen === undefined) throw new Error('the highlight watcher saw no highlight in the trace');
    const extractEnds = trace.marks.get('bench:extract-end') ?? [];
    const extractions = (trace.marks.get('bench:extract-start') ?? []).map((start, i) => ((extractEnds[i] ?? Number.NaN) - start) / 1000);
    return {
      mainThreadMs: tasks.reduce((sum, task) => sum + task.ms, 0),
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.ms)),
      taskCount: tasks.length,
      firstHighlightMs: (firstSeen - trace.scriptStart) / 1000,
      markedFirstHighlightMs: firstMarked === undefined ? null : (firstMarked - trace.scriptStart) / 1000,
      paintedAfterMs: (end - trace.scriptStart) / 1000,
      highlights,
      extractMs: extractions[0] ?? Number.NaN,
      warmExtractMs: median(extractions.slice(1)),
      extractChars,
    };
  } finally {
    await testPage.close();
  }
}
