/**
 * Per-tab memory: the JS heap of a tab's renderer (V8 heap of every world, the content script's
 * isolated world included, plus the DOM objects V8 wraps), read after forced garbage collection.
 * The extra heap per tab is that figure with the extension minus the same page in a browser
 * without it, with loads interleaved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright';
import { median } from '../result.js';
import { installHighlightWatcher } from './page-probes.js';

export async function tabHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: the first pass leaves weakly held objects for the second to free.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
  } finally {
    await cdp.detach();
  }
}

/** Chromium with the same flags as the harness's, and no extension: the heap baseline. */
export interface BareBrowser {
  heapOf(url: string, settleMs: number): Promise<number>;
  close(): Promise<void>;
}

export async function launchBare(): Promise<BareBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-bare-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 }, // as the harness's extension browser
    args: ['--gaia-url=http://localhost:9/', '--component-updater=url-source=http://localhost:9/', '--disable-quic'],
  });
  return {
    async heapOf(url, settleMs) {
      const page = await context.newPage();
      try {
        await installHighlightWatcher(page); // the same probe as in the extension's tabs
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(settleMs);
        return await tabHeapBytes(page);
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface HeapComparison {
  extension: number;
  bare: number;
  /** Median of (extension - bare) over interleaved pairs. */
  extra: number;
}

/** Runs `reps` interleaved pairs of loads (bare, then with the extension). */
export async function compareHeaps(reps: number, bare: () => Promise<number>, withExtension: () => Promise<number>): Promise<HeapComparison> {
  const bareRuns: number[] = [];
  const extensionRuns: number[] = [];
  for (let i = 0; i < reps; i++) {
    bareRuns.push(await bare());
    extensionRuns.push(await withExtension());
  }
  return {
    extension: median(extensionRuns),
    bare: median(bareRuns),
    extra: median(extensionRuns.map((value, i) => value - (bareRuns[i] as number))),
  };
}
