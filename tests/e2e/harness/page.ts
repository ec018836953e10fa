/**
 * One page interface over Playwright's (Chromium) and Puppeteer's (Firefox) pages, so every
 * end-to-end test drives both browsers with the same calls.
 */
import type { Page as PwPage } from 'playwright';
import type { Page as PpPage } from 'puppeteer-core';
import type Browser from 'webextension-polyfill';

/** The extension API namespace as an extension page sees it (promise-based in both browsers). */
export type ExtensionApi = typeof Browser;

/** A page under test: the part of Playwright's and Puppeteer's Page that tests use. */
export interface TestPage {
  readonly url: () => string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, and returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<NonNullable<R>>;
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

export const DEFAULT_TIMEOUT = 15_000;

/**
 * A call of `fn(arg)` as source text. tsx compiles tests with esbuild's keepNames, which wraps
 * named inner functions in `__name(...)`, a helper that exists only in Node; the expression
 * brings its own. `arg` travels as JSON.
 */
export function callExpression(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  const list = args.map((arg) => JSON.stringify(arg) ?? 'undefined').join(', ');
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${list}); })()`;
}

/** Evaluates until the value is truthy; a check cut short by a navigation is tried again. */
async function pollFromOutside(check: () => Promise<unknown>, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (!/context was destroyed|navigat/i.test(String(error))) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`waitFor: still falsy after ${timeoutMs} ms${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

interface ConsoleMessage {
  type(): string;
  text(): string;
}

/** The page's console errors and uncaught exceptions, as they come (both drivers report them alike). */
function collectErrors(onConsole: (listener: (msg: ConsoleMessage) => void) => void, onPageError: (listener: (error: unknown) => void) => void): string[] {
  const errors: string[] = [];
  onConsole((msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  onPageError((error) => errors.push(String(error)));
  return errors;
}

export function wrapPlaywright(page: PwPage): TestPage {
  const errors = collectErrors((listener) => page.on('console', listener), (listener) => page.on('pageerror', listener));
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)),
    waitFor: async (fn, arg, timeoutMs = DEFAULT_TIMEOUT) => {
      const expression = callExpression(fn, arg);
      // waitForFunction polls with eval inside the page, which an extension page's CSP refuses
      // whenever the first check is falsy: poll from here instead, through the DevTools protocol.
      if (page.url().startsWith('chrome-extension://')) return (await pollFromOutside(() => page.evaluate(expression), timeoutMs)) as never;
      return (await (await page.waitForFunction(expression, undefined, { timeout: timeoutMs, polling: 50 })).jsonValue()) as never;
    },
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

export function wrapPuppeteer(page: PpPage): TestPage {
  const errors = collectErrors((listener) => page.on('console', listener), (listener) => page.on('pageerror', listener));
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(callExpression(fn, arg)) as never,
    waitFor: async (fn, arg, timeoutMs = DEFAULT_TIMEOUT) =>
      (await (await page.waitForFunction(callExpression(fn, arg), { timeout: timeoutMs, polling: 50 })).jsonValue()) as never,
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

/**
 * Opens an extension page in a Puppeteer (Firefox) page: `page.goto` never sees a load event
 * for moz-extension pages over BiDi, so navigate and poll for the document instead (polling
 * tolerates the evaluation errors BiDi raises while the old document goes away).
 */
export async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  const loaded = () => page.evaluate(callExpression((want: string) => document.readyState === 'complete' && location.href === want, url)).catch(() => false);
  await pollFromOutside(loaded, DEFAULT_TIMEOUT).catch(() => {
    throw new Error(`${url} did not load`);
  });
}

/** Calls `fn(api, arg)` in an extension page, `api` being the page's `browser` or `chrome`. */
export function evaluateWithApi<R, A>(page: TestPage, fn: (ext: ExtensionApi, arg: A) => R | Promise<R>, arg: A | undefined): Promise<R> {
  const withApi = `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg) ?? 'undefined'})`;
  return (page.raw as { evaluate(expression: string): Promise<R> }).evaluate(`(() => { const __name = (target) => target; return ${withApi}; })()`);
}
