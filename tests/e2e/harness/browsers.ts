/**
 * Launches Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core over WebDriver BiDi)
 * with the built extension loaded, behind one small interface so every end-to-end test runs
 * the same steps in both browsers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const DIST = resolve(fileURLToPath(new URL('../../../dist', import.meta.url)));
export const GECKO_ID = 'sourcelight@sourcelight.dev';
const FIREFOX_UUID = '6f1d3c2e-5b7a-4e21-9c4d-8a0b1e2f3c4d';

const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium';
const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** A page under test: the part of Playwright's and Puppeteer's Page that tests use. */
export interface TestPage {
  readonly url: () => string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, and returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  goto(url: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** The underlying Playwright or Puppeteer page, for what the interface does not cover. */
  readonly raw: PwPage | PpPage;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  readonly origin: string;
  openPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a tab of its own. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Every URL the browser requested, in order (for the zero-network test). */
  readonly requests: string[];
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT = 15_000;

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = DEFAULT_TIMEOUT) =>
      (await (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 })).jsonValue()) as never,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    errors,
    raw: page,
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = DEFAULT_TIMEOUT) =>
      (await (await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg)).jsonValue()) as never,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 2 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
    errors,
    raw: page,
  };
}

async function launchChromium(dist: string): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  for (const page of context.pages()) await page.close();
  return {
    name: 'chromium',
    origin,
    requests,
    async openPage(url) {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(`${origin}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(dist: string): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox's own background traffic off the closed network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
    args: ['--remote-allow-system-access'],
  });
  await browser.installExtension(dist);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const requests: string[] = [];
  const track = (page: PpPage) => page.on('request', (request) => requests.push(request.url()));
  for (const page of await browser.pages()) track(page);
  browser.on('targetcreated', async (target) => {
    const page = await target.page();
    if (page) track(page);
  });
  return {
    name: 'firefox',
    origin,
    requests,
    async openPage(url) {
      const raw = await browser.newPage();
      const page = wrapPuppeteer(raw);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const raw = await browser.newPage();
      // Extension pages never fire a load event for page.goto over BiDi: navigate the frame's
      // browsing context and wait for the document instead.
      raw.goto(`${origin}/${path}`).catch(() => undefined);
      await raw.waitForFunction(() => document.readyState === 'complete' && location.protocol === 'moz-extension:', {
        timeout: DEFAULT_TIMEOUT,
        polling: 50,
      });
      return wrapPuppeteer(raw);
    },
    async close() {
      await browser.close();
    },
  };
}

export function launch(name: BrowserName, dist = DIST): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(dist) : launchFirefox(dist);
}
