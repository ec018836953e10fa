/**
 * The in-browser figures, in Chromium (one browser at a time) with the bench's own instrumented
 * build of the extension (the shipped one leaves no marks; see scripts/lib/extension-build.ts):
 *   content-vs-extract, first-highlight  on a long article page,
 *   longest-task                         on a 100,000-word page,
 *   heap-per-tab                         with the bundled database and with a 100,000-claim pack.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { buildExtensionInto } from '../../scripts/lib/extension-build.js';
import { launch, type ExtensionBrowser } from '../../tests/e2e/harness/browsers.js';
import { serve, type FixtureServer } from '../../tests/e2e/harness/server.js';
import { articlePage } from '../article/article-page.js';
import { generatePack } from '../generate-pack.js';
import { ROOT, wants, type BenchOptions } from '../options.js';
import { failed, median, result, type BenchResult, type FigureName } from '../result.js';
import { compareHeaps, launchBare, tabHeapBytes, type BareBrowser, type HeapComparison } from './heap.js';
import { importPack } from './import-packs.js';
import { measurePageLoad, type PageLoad } from './page-load.js';
import { BASELINE_SCRIPT, installHighlightWatcher, waitForHighlights } from './page-probes.js';

const MB = 1024 * 1024;

function progress(message: string): void {
  process.stderr.write(`  browser: ${message}\n`);
}

function servePage(server: FixtureServer, path: string, words: number, seed: number): string {
  const html = articlePage({ words, seed });
  server.route(path, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  return server.url(path);
}

/** Serves the baseline script on the test server (the page's origin); returns its URL. */
export function serveBaseline(server: FixtureServer): string {
  server.route('bench-extract.js', (_req, res) => void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(BASELINE_SCRIPT));
  return server.url('bench-extract.js');
}

/** The extension as the bench measures it: the shipped sources, built with the bench's marks, in a directory of its own. */
export async function buildInstrumented(options: { readable?: boolean } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-extension-'));
  await buildExtensionInto(ROOT, dir, { instrumented: true, ...options });
  return dir;
}

async function loads(browser: ExtensionBrowser, url: string, baselineUrl: string, runs: number, timeoutMs: number): Promise<PageLoad[]> {
  const out: PageLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const load = await measurePageLoad(browser, url, { quietMs: 1500, timeoutMs, baselineUrl });
    progress(`  ${url.split('/').pop()}: ${load.mainThreadMs.toFixed(1)} ms CPU (${load.mainThreadWallMs.toFixed(1)} wall) in ${load.taskCount} tasks, longest ${load.longestTaskMs.toFixed(1)} ms, first highlight ${load.firstHighlightMs.toFixed(0)} ms, ${load.highlights} ranges; baseline ${load.extractMs.toFixed(2)} ms CPU cold (${load.extractWallMs.toFixed(2)} wall), ${load.warmExtractMs.toFixed(2)} warm`);
    out.push(load);
  }
  return out;
}

function articleFigures(runs: PageLoad[], words: number): BenchResult[] {
  const extract = median(runs.map((run) => run.extractMs));
  const marked = runs.map((run) => run.markedFirstHighlightMs).filter((ms): ms is number => ms !== null);
  return [
    result({
      name: 'content-vs-extract',
      value: median(runs.map((run) => run.mainThreadMs)),
      baseline: extract,
      detail: `extension main-thread CPU time, script start to all ${runs[0]?.highlights} ranges painted (${median(runs.map((r) => r.taskCount))} tasks; wall ${median(runs.map((r) => r.mainThreadWallMs)).toFixed(1)} ms), ${words.toLocaleString('en')}-word page / its bare TreeWalker pass as a script (cold; wall ${median(runs.map((r) => r.extractWallMs)).toFixed(2)} ms; warm ${median(runs.map((r) => r.warmExtractMs)).toFixed(2)} ms), both timed as whole trace tasks; median of ${runs.length} loads`,
    }),
    result({
      name: 'first-highlight',
      value: median(runs.map((run) => run.firstHighlightMs)),
      baseline: extract,
      detail: `script start to first highlight painted (${marked.length ? `content script's own mark: ${median(marked).toFixed(0)} ms; ` : ''}all painted after ${median(runs.map((r) => r.paintedAfterMs)).toFixed(0)} ms); baseline = bare extraction`,
    }),
  ];
}

function longestTask(runs: PageLoad[], words: number): BenchResult {
  const worst = Math.max(...runs.map((run) => run.longestTaskMs));
  return result({
    name: 'longest-task',
    value: median(runs.map((run) => run.longestTaskMs)),
    baseline: median(runs.map((run) => run.extractMs)),
    detail: `longest extension task on a ${words.toLocaleString('en')}-word page (median of ${runs.length} loads, worst ${worst.toFixed(1)} ms); baseline = one bare extraction of it`,
  });
}

async function extensionHeap(browser: ExtensionBrowser, url: string, timeoutMs: number): Promise<number> {
  const testPage = await browser.openPage('about:blank');
  const page = testPage.raw as Page;
  try {
    await installHighlightWatcher(page);
    await page.goto(url, { waitUntil: 'load' });
    await waitForHighlights(page, 1500, timeoutMs);
    return await tabHeapBytes(page);
  } finally {
    await testPage.close();
  }
}

async function heapFigures(browser: ExtensionBrowser, url: string, options: BenchOptions): Promise<BenchResult[]> {
  const reps = options.quick ? 1 : 5;
  const claims = options.quick ? 2_000 : 100_000;
  const patienceMs = options.quick ? 120_000 : 900_000;
  let bare: BareBrowser | undefined;
  try {
    bare = await launchBare();
    const bareHeap = () => (bare as BareBrowser).heapOf(url, 1500);
    const bundled = await compareHeaps(reps, bareHeap, () => extensionHeap(browser, url, 60_000));
    progress(`heap: bundled DB ${(bundled.extra / MB).toFixed(2)} MB extra per tab`);
    const bundledResult = result({
      name: 'heap-per-tab-bundled',
      value: bundled.extra / MB,
      baseline: bundled.bare / MB,
      detail: 'extra JS heap per tab with the bundled DB / the whole tab heap without the extension',
    });
    let large: HeapComparison;
    let parts: number;
    try {
      const started = Date.now();
      parts = await withTimeout(importPack(browser, generatePack({ claims, seed: 21 })), patienceMs, `importing ${claims} claims took over ${patienceMs / 60_000} minutes`);
      progress(`heap: imported ${claims} claims in ${parts} part(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      large = await compareHeaps(reps, bareHeap, () => extensionHeap(browser, url, patienceMs));
    } catch (error) {
      return [failed('heap-per-tab', (error as Error).message.split('\n')[0] ?? 'unknown error'), bundledResult];
    }
    progress(`heap: ${claims}-claim pack ${(large.extra / MB).toFixed(2)} MB extra per tab`);
    return [
      result({
        name: 'heap-per-tab',
        value: large.extra / MB,
        baseline: bundled.extra / MB,
        detail: `extra JS heap per tab with ${claims.toLocaleString('en')} more claims (${parts} imported pack${parts > 1 ? 's' : ''}) / with the bundled DB; tab without extension ${(bundled.bare / MB).toFixed(1)} MB`,
      }),
      bundledResult,
    ];
  } finally {
    await bare?.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Words of the article page content-vs-extract loads: long, so constant costs amortise as on a long read. */
export const ARTICLE_WORDS = 50_000;

export async function runBrowser(options: BenchOptions): Promise<BenchResult[]> {
  const articleWords = options.quick ? 2_000 : ARTICLE_WORDS;
  const longWords = options.quick ? 10_000 : 100_000;
  const server = await serve();
  let browser: ExtensionBrowser | undefined;
  let dist: string | undefined;
  const results: BenchResult[] = [];
  try {
    const articleUrl = servePage(server, 'bench-article.html', articleWords, 5);
    const longUrl = servePage(server, 'bench-long.html', longWords, 6);
    const baselineUrl = serveBaseline(server);
    if (!options.dist) dist = await buildInstrumented();
    browser = await launch('chromium', { dist: options.dist ?? dist, observeNetwork: false });
    // A warm-up load, so the first measured one does not pay for the background's start.
    await loads(browser, articleUrl, baselineUrl, 1, 60_000);
    if (wants(options, 'content-vs-extract') || wants(options, 'first-highlight')) {
      progress(`article page, ${articleWords} words`);
      results.push(...articleFigures(await loads(browser, articleUrl, baselineUrl, options.quick ? 2 : 7, 120_000), articleWords));
    }
    if (wants(options, 'longest-task')) {
      progress(`long page, ${longWords} words`);
      results.push(longestTask(await loads(browser, longUrl, baselineUrl, options.quick ? 1 : 3, 300_000), longWords));
    }
    if (wants(options, 'heap-per-tab') || wants(options, 'heap-per-tab-bundled')) results.push(...(await heapFigures(browser, articleUrl, options)));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'unknown error';
    const names: FigureName[] = ['content-vs-extract', 'first-highlight', 'longest-task', 'heap-per-tab', 'heap-per-tab-bundled'];
    for (const name of names.filter((n) => wants(options, n) && !results.some((r) => r.name === n))) results.push(failed(name, reason));
  } finally {
    await browser?.close();
    await server.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  }
  return results;
}
