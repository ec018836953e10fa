/**
 * `forEachBrowser(title, fn)`: registers a node:test `describe` block per browser, each with the
 * extension loaded, a fixture server, and the zero-network observer. Consecutive blocks for the
 * same browser in a file share one launch; the browser closes when the file's tests end.
 *
 *   forEachBrowser('popup', (t) => {
 *     it('lists the claims', async () => {
 *       const page = await t.open('article.html');
 *       const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
 *       ...
 *     });
 *   });
 *
 * After each test: pages the test opened are closed, and the test fails if the browser asked
 * for anything but the tests' own loopback servers (issue #8's zero-network rule).
 */
import { after, afterEach, beforeEach, before, describe } from 'node:test';
import { BROWSERS, launch, type BrowserName, type LaunchOptions, type ObservedBrowser, type TestPage } from './browsers.js';
import type { NetworkObserver } from './proxy.js';
import { PAGES, serve, type FixtureServer } from './server.js';

export interface BrowserSuite {
  readonly name: BrowserName;
  readonly browser: ObservedBrowser;
  readonly server: FixtureServer;
  readonly network: NetworkObserver;
  /** Opens a fixture page by path, e.g. `t.open('article.html')`. */
  open(path: string): Promise<TestPage>;
}

export interface SuiteOptions {
  /** Default both. */
  browsers?: BrowserName[];
  /** Folder the fixture server serves; default tests/fixtures/pages. */
  pages?: string;
  /** Default true: fail a test on any request that is not to a loopback test server. */
  zeroNetwork?: boolean;
  launch?: Omit<LaunchOptions, 'observeNetwork'>;
}

let shared: { key: string; browser: ObservedBrowser } | undefined;
// node:test (Node 20) runs a file's top-level `after` before its suites, so the last suite to
// finish closes the shared browser instead.
let suites = 0;
let finished = 0;

async function acquire(name: BrowserName, options: SuiteOptions['launch']): Promise<ObservedBrowser> {
  const key = JSON.stringify([name, options ?? {}]);
  if (shared?.key === key) return shared.browser;
  // One browser at a time: two cores, half a gigabyte each.
  await shared?.browser.close();
  shared = { key, browser: await launch(name, options) };
  return shared.browser;
}

export function forEachBrowser(title: string, fn: (suite: BrowserSuite) => void, options: SuiteOptions = {}): void {
  for (const name of options.browsers ?? BROWSERS) {
    suites++;
    describe(`${title} [${name}]`, () => {
      let browser: ObservedBrowser | undefined;
      let server: FixtureServer | undefined;
      let opened: TestPage[] | null = null;
      const required = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) throw new Error(`${what} is available inside tests and hooks only`);
        return value;
      };
      // Pages opened during a test are closed after it; pages from `before` hooks stay.
      const track = async (page: Promise<TestPage>) => {
        const ready = await page;
        opened?.push(ready);
        return ready;
      };
      const suite: BrowserSuite = {
        name,
        get browser() {
          const launched = required(browser, 'the browser');
          return {
            ...launched,
            openPage: (url: string) => track(launched.openPage(url)),
            openExtensionPage: (path: string) => track(launched.openExtensionPage(path)),
          };
        },
        get server() {
          return required(server, 'the fixture server');
        },
        get network() {
          return required(required(browser, 'the browser').network ?? undefined, 'the network observer');
        },
        open: (path) => suite.browser.openPage(suite.server.url(path)),
      };

      before(async () => {
        browser = await acquire(name, options.launch);
        server = await serve(options.pages ?? PAGES);
      });
      after(async () => {
        await server?.close();
        if (++finished === suites) {
          await shared?.browser.close();
          shared = undefined;
        }
      });
      beforeEach(() => {
        opened = [];
        browser?.network?.clear();
      });
      afterEach(async () => {
        const pages = opened ?? [];
        opened = null;
        for (const page of pages) await page.close().catch(() => undefined);
        const unexpected = browser?.network?.unexpected() ?? [];
        if (options.zeroNetwork !== false && unexpected.length > 0) {
          throw new Error(`requests outside the test servers:\n${unexpected.map((r) => `  ${r.method} ${r.url}`).join('\n')}`);
        }
      });
      fn(suite);
    });
  }
}
