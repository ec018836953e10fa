/**
 * Debian's Chromium under Playwright, with the unpacked extension loaded into a fresh profile.
 * With a network observer, every request (pages, extension pages, the service worker, the
 * browser's own) goes through its proxy, loopback included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright';
import type { ExtensionBrowser, LauncherSettings } from './browsers.js';
import { evaluateWithApi, wrapPlaywright, type TestPage } from './page.js';
import { serviceWorkerControl } from './service-worker.js';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';

/**
 * Chromium's own background traffic, silenced. Playwright already passes
 * --disable-background-networking, --disable-component-update, --disable-sync and --no-first-run;
 * still, a fresh profile asks accounts.google.com for signed-in accounts and installs an
 * on-demand component from update.googleapis.com. Pointing both at port 9 (a port browsers
 * refuse to use) keeps them on the machine without needing a Google-specific allow-list.
 */
const QUIET = [
  '--gaia-url=http://localhost:9/',
  '--component-updater=url-source=http://localhost:9/',
  '--autofill-server-url=http://localhost:9/',
  '--disable-quic',
];

/** Command-line switches: the extension loaded, the browser quiet, optionally every request through a proxy. */
export function chromiumArgs(dist: string, proxyPort?: number): string[] {
  const proxy = proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'] : [];
  return [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...QUIET, ...proxy];
}

export async function launchChromium(options: LauncherSettings): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_BIN,
      headless: options.headless,
      viewport: options.headless ? { width: 1280, height: 800 } : null,
      // Media emulation for every page of the context, extension pages included.
      colorScheme: options.colorScheme,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(options.dist, options.proxyPort),
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      throw new Error(`the extension in ${options.dist} started no service worker: is it built (npm run build)?`);
    }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;

  const openExtensionPage = async (path: string): Promise<TestPage> => {
    const page = wrapPlaywright(await context.newPage());
    await page.goto(`${origin}/${path}`);
    return page;
  };
  // The control tab runs the harness's extension API calls; opened on first use, so a demo
  // that needs none shows none.
  let control: Promise<TestPage> | undefined;
  const controlPage = () => (control ??= openExtensionPage('options.html'));

  return {
    name: 'chromium',
    origin,
    openPage: async (url) => {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    inExtension: async (fn, arg) => evaluateWithApi(await controlPage(), fn, arg),
    serviceWorker: serviceWorkerControl(
      origin,
      async () => context.newCDPSession((await controlPage()).raw as PwPage),
      async () => evaluateWithApi(await controlPage(), (api) => api.runtime.sendMessage({ type: 'getSettings', args: {} }), undefined),
    ),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
