/**
 * One measured page load in the extension's browser: trace the load, wait until the highlights
 * settle, run the bare extraction baseline on the same page (a script of its own, in the same
 * trace), then read from the trace the extension's main-thread tasks between the content
 * script's start and the last paint, and the baseline's task.
 */
import type { Page } from 'playwright';
import type { ExtensionBrowser } from '../../tests/e2e/harness/browsers.js';
import { analyseScript, tasksUntil, type PageTrace, type Task } from './attribute.js';
import { installHighlightWatcher, runBaseline, waitForHighlights } from './page-probes.js';
import { startTrace, stopTrace, type TraceEvent } from './trace.js';

export interface PageLoad {
  /** Main-thread CPU time of the extension's tasks from script start to all highlights painted. */
  mainThreadMs: number;
  /** The same tasks' wall-clock time. */
  mainThreadWallMs: number;
  taskCount: number;
  /** The longest extension task of the whole load (until the highlights settled and after). */
  longestTaskMs: number;
  firstHighlightMs: number;
  /** From the instrumented build's own mark. */
  markedFirstHighlightMs: number | null;
  /** Script start to the last highlight change (wall time, includes waiting for the background). */
  paintedAfterMs: number;
  highlights: number;
  /** The baseline's first (cold) task: one bare TreeWalker pass, evaluation included (CPU time). */
  extractMs: number;
  extractWallMs: number;
  /** Its second, warm run (CPU time). */
  warmExtractMs: number;
  extractChars: number;
}

export interface LoadOptions {
  quietMs: number;
  timeoutMs: number;
  /** URL the bench serves `BASELINE_SCRIPT` at, on the page's origin. */
  baselineUrl: string;
  /** Records the V8 sampling profiler too (profiling only: it slows the extension's code). */
  sampler?: boolean;
  /** Sees the trace and the extension's tasks up to the paint (for profiling). */
  onTrace?: (trace: PageTrace, tasks: Task[], events: TraceEvent[]) => void;
}

/** The baseline run's one task. */
function baselineTask(events: readonly TraceEvent[], url: string): Task {
  const tasks = analyseScript(events, url, { extension: false }).tasks;
  if (tasks.length !== 1) throw new Error(`the baseline ran in ${tasks.length} tasks, expected 1`);
  return tasks[0]!;
}

export async function measurePageLoad(browser: ExtensionBrowser, url: string, options: LoadOptions): Promise<PageLoad> {
  const testPage = await browser.openPage('about:blank');
  const page = testPage.raw as Page;
  try {
    await installHighlightWatcher(page);
    const cdp = await page.context().newCDPSession(page);
    await startTrace(cdp, { sampler: options.sampler ?? false });
    await page.goto(url, { waitUntil: 'load' });
    let highlights: number;
    try {
      highlights = await waitForHighlights(page, options.quietMs, options.timeoutMs);
    } catch (error) {
      await stopTrace(cdp).catch(() => undefined);
      throw new Error(`no highlights settled on ${url} within ${options.timeoutMs / 1000} s (${(error as Error).message.split('\n')[0]})`);
    }
    const extractChars = await runBaseline(page, options.baselineUrl, 2);
    const events = await stopTrace(cdp);
    const trace = analyseScript(events, `${browser.origin}/content.js`, { extension: true });
    const changes = trace.marks.get('bench:highlights-changed') ?? [];
    const painted = trace.marks.get('sourcelight:painted')?.[0] ?? 0;
    const end = Math.max(changes[changes.length - 1] ?? 0, painted);
    const tasks = tasksUntil(trace, end);
    options.onTrace?.(trace, tasks, events);
    const firstSeen = trace.marks.get('bench:first-highlight')?.[0];
    const firstMarked = trace.marks.get('sourcelight:first-highlight')?.[0];
    if (firstSeen === undefined) throw new Error('the highlight watcher saw no highlight in the trace');
    const cold = baselineTask(events, `${options.baselineUrl}?run=1`);
    return {
      mainThreadMs: tasks.reduce((sum, task) => sum + task.cpuMs, 0),
      mainThreadWallMs: tasks.reduce((sum, task) => sum + task.ms, 0),
      taskCount: tasks.length,
      longestTaskMs: Math.max(0, ...trace.tasks.map((task) => task.ms)),
      firstHighlightMs: (firstSeen - trace.scriptStart) / 1000,
      markedFirstHighlightMs: firstMarked === undefined ? null : (firstMarked - trace.scriptStart) / 1000,
      paintedAfterMs: (end - trace.scriptStart) / 1000,
      highlights,
      extractMs: cold.cpuMs,
      extractWallMs: cold.ms,
      warmExtractMs: baselineTask(events, `${options.baselineUrl}?run=2`).cpuMs,
      extractChars,
    };
  } finally {
    await testPage.close();
  }
}
