/**
 * `npm start`: builds the extension, serves the demo article (demo/, written in the project's
 * own words) on 127.0.0.1 and opens it in Chromium with Sourcelight loaded.
 *
 *   npm start                 a browser window when a display exists; close it to stop
 *   npm start -- --headless   (or no $DISPLAY) headless: hovers the first highlight, saves
 *                             artifacts/demo.png with the tooltip open, prints the page's report
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import type { TabReport } from '../src/platform/messages.js';
import { DIST, launch } from '../tests/e2e/harness/browsers.js';
import { CHROMIUM_BIN, chromiumArgs } from '../tests/e2e/harness/chromium.js';
import { badgeText, openPopup, tabIdFor } from '../tests/e2e/harness/extension.js';
import { serve, type FixtureServer } from '../tests/e2e/harness/server.js';
import { firstHighlightPoint, waitForHighlights, waitForTooltip } from './lib/demo-page.js';
import { formatReport } from './lib/demo-report.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const screenshot = join(root, 'artifacts/demo.png');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function buildExtension(): void {
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits spelled a-p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A window the reader uses; the demo ends when they close it (or press Ctrl+C). */
async function runVisible(url: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-demo-'));
  // Pin Sourcelight's button to the toolbar, so its icon and badge show without a trip to the
  // extensions menu.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(DIST)] } }));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: false,
      viewport: null,
      ignoreDefaultArgs: ['--disable-extensions'],
      // --test-type: no "unsupported command-line flag" bar for the --no-sandbox Playwright adds.
      args: [...chromiumArgs(DIST), '--test-type'],
    });
    // Open the article once Sourcelight's service worker runs, in the window's first tab
    // (Playwright takes no start URL).
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log(`Demo article: ${url}\nHover a highlighted sentence, or open Sourcelight from the toolbar. Close the window or press Ctrl+C to stop.`);
    const stop = () => void context.close();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise<void>((closed) => context.once('close', () => closed()));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Headless: screenshot with the tooltip open, then the report as the background and popup see it. */
async function runHeadless(url: string): Promise<void> {
  const browser = await launch('chromium');
  try {
    const page = await browser.openPage(url);
    const raw = page.raw as Page;
    const painted = await waitForHighlights(raw, 20_000).catch(() => 0);
    if (!painted) throw new Error('no highlights appeared on the demo article within 20 s');
    const point = await firstHighlightPoint(raw);
    if (!point) throw new Error('the first highlight has no visible box to hover');
    await raw.mouse.move(point.x - 30, point.y + 30);
    await raw.mouse.move(point.x, point.y, { steps: 5 });
    const tooltip = await waitForTooltip(raw, 5_000);
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    // The tooltip fades in over 120 ms (in a closed shadow root, out of reach of Playwright's
    // animation control): the picture is taken once it has, as a reader sees it.
    await raw.waitForTimeout(300);
    await raw.screenshot({ path: screenshot });

    const tabId = await tabIdFor(browser, page);
    const report = await browser.inExtension((api, id) => api.runtime.sendMessage({ type: 'getTabReport', args: { tabId: id } }), tabId);
    const popup = await openPopup(browser, tabId);
    const popupClaims = await popup.waitFor(() => {
      const listed = [...document.querySelectorAll('[data-claim-id]')].map((element) => element.getAttribute('data-claim-id') ?? '');
      return listed.length > 0 || document.querySelector('main') ? listed : null;
    });
    const facts = {
      url,
      report: report as TabReport | null,
      badge: await badgeText(browser, tabId),
      popupClaims: [...new Set(popupClaims)],
      tooltip,
      network: browser.network && {
        total: browser.network.requests.length,
        unexpected: browser.network.unexpected().map((request) => `${request.method} ${request.url}`),
      },
    };
    console.log(`\n${formatReport(facts)}`);
    console.log(`\nScreenshot${tooltip ? ' with the tooltip open' : ' (no tooltip opened on hover)'}: ${relative(root, screenshot)}`);
    if (!tooltip) throw new Error(`hovering the first highlight ("${point.text.slice(0, 60)}") opened no tooltip`);
    if (facts.network?.unexpected.length) throw new Error('the browser made requests outside the demo server');
  } finally {
    await browser.close();
  }
}

let server: FixtureServer | undefined;
try {
  buildExtension();
  server = await serve(join(root, 'demo'));
  const url = server.url('article.html');
  await (headless ? runHeadless(url) : runVisible(url));
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server?.close();
}
