/**
 * Launches Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core over WebDriver BiDi)
 * with the built extension loaded, behind one small interface so every end-to-end test runs
 * the same steps in both browsers. Helpers built on it: extension.ts (tab ids, popup, badge),
 * suite.ts (`forEachBrowser`), proxy.ts (the zero-network observer), server.ts (test pages).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { ExtensionApi, TestPage } from './page.js';
import { startNetworkObserver, type NetworkObserver } from './proxy.js';
import { isTestServer } from './server.js';

export type { ExtensionApi, TestPage } from './page.js';
export { GECKO_ID, FIREFOX_UUID } from './firefox.js';
export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The unpacked extension tests load: dist/, or a private build named by SOURCELIGHT_DIST (so a session can test its own build while others rebuild dist/). */
export const DIST = resolve(process.env.SOURCELIGHT_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url)));

export interface LaunchOptions {
  /** The unpacked extension to load; default dist/. */
  dist?: string;
  /** Default true; the demo shows a window. */
  headless?: boolean;
  /** Route every request through a network observer (default true). */
  observeNetwork?: boolean;
  /** `prefers-color-scheme` of every page, extension pages included (default light). */
  colorScheme?: 'light' | 'dark';
  /** `prefers-reduced-motion: reduce` for every page (default no preference). */
  reducedMotion?: boolean;
}

/** What every browser launcher gets. */
export interface LauncherSettings {
  dist: string;
  headless: boolean;
  proxyPort?: number;
  colorScheme: 'light' | 'dark';
  reducedMotion: boolean;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  readonly origin: string;
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a tab of its own. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Runs `fn` in an extension page (a control tab the harness opens first) with the extension
   * API namespace (`browser` in Firefox, `chrome` in Chromium) and a JSON-serialisable `arg`.
   * `fn` is sent as source text: it can use nothing from the test's scope.
   */
  inExtension<R, A = undefined>(fn: (ext: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Control over the MV3 service worker (Chromium); null where the background is an event page (Firefox). */
  readonly serviceWorker: ServiceWorkerControl | null;
  close(): Promise<void>;
}

export interface ServiceWorkerControl {
  /** Stops it, as the browser does when it is idle; the next event or message starts it again. */
  stop(): Promise<void>;
  /** Sends the background a message, as an extension page would: that starts a stopped worker. */
  wake(): Promise<void>;
  running(): Promise<boolean>;
  /** Resolves once DevTools reports it running (its status event may trail the event that woke it). */
  untilRunning(): Promise<void>;
}

/** A launched browser plus the observer its requests go through. */
export interface ObservedBrowser extends ExtensionBrowser {
  /** Every request the browser made; null when launched with `observeNetwork: false`. */
  readonly network: NetworkObserver | null;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ObservedBrowser> {
  const network = options.observeNetwork === false ? null : await startNetworkObserver(isTestServer);
  const settings: LauncherSettings = {
    dist: options.dist ?? DIST,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? false,
    ...(network ? { proxyPort: network.port } : {}),
  };
  try {
    const browser = name === 'chromium' ? await launchChromium(settings) : await launchFirefox(settings);
    return {
      ...browser,
      network,
      close: async () => {
        await browser.close();
        await network?.close();
      },
    };
  } catch (error) {
    await network?.close();
    throw error;
  }
}
