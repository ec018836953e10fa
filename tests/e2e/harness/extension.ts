/**
 * What end-to-end tests ask of the extension from outside: a page's tab id, the popup for a tab,
 * the toolbar badge, and a service-worker restart. Everything runs in the harness's control tab
 * through the extension's own APIs, so it needs no permission the extension does not have.
 */
import type { ExtensionBrowser, TestPage } from './browsers.js';

/**
 * The tab id of a page a test opened. Without the `tabs` permission Chromium hides tab URLs,
 * so the page is brought to the front and the active tab of the control tab's window is read;
 * when the URL is visible (Firefox grants it for content-script hosts) it must agree.
 */
export async function tabIdFor(browser: ExtensionBrowser, page: TestPage): Promise<number> {
  // The control tab must exist before the page is brought forward: opening it would take the front.
  await browser.inExtension(() => true);
  await page.bringToFront();
  const found = await browser.inExtension(async (api) => {
    const self = await api.tabs.getCurrent();
    if (!self) return { error: 'the control page is not in a tab' };
    const active = await api.tabs.query({ active: true, windowId: self.windowId });
    const tab = active[0];
    if (!tab || tab.id === undefined || tab.id === self.id) return { error: 'no other active tab in the control window' };
    return { id: tab.id, url: tab.url };
  });
  if ('error' in found) throw new Error(`tabIdFor: ${found.error}`);
  if (found.url !== undefined) {
    // Asked of the document: Puppeteer's page.url() can lag behind extension-page navigations.
    const actual = await page.evaluate(() => location.href);
    if (found.url !== actual) throw new Error(`tabIdFor: the active tab shows ${found.url}, not ${actual}`);
  }
  return found.id;
}

/** Opens `popup.html?tab=ID` in a tab of its own: the popup as it shows tab ID's report. */
export function openPopup(browser: ExtensionBrowser, tabId: number): Promise<TestPage> {
  return browser.openExtensionPage(`popup.html?tab=${tabId}`);
}

/** The toolbar badge text on a tab ('' when none). */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls the badge until it reads `want` (the background updates it asynchronously). */
export async function waitForBadge(browser: ExtensionBrowser, tabId: number, want: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await badgeText(browser, tabId);
  while (seen !== want) {
    if (Date.now() > deadline) throw new Error(`badge on tab ${tabId} reads "${seen}", expected "${want}"`);
    await new Promise((wait) => setTimeout(wait, 50));
    seen = await badgeText(browser, tabId);
  }
}

/**
 * Chromium only: stops the extension's service worker (as the browser does when it is idle) and
 * wakes it the way the browser does, with an extension event (a message from an extension page),
 * so a test can check what survives. DevTools' own startWorker is not used: on a loaded machine
 * it is sometimes dropped while the browser settles the stop. `browser.serviceWorker.stop()`
 * alone leaves it stopped until the next message or event wakes it.
 */
export async function restartServiceWorker(browser: ExtensionBrowser): Promise<void> {
  if (!browser.serviceWorker) throw new Error(`restartServiceWorker: ${browser.name} has no service worker (its background is an event page)`);
  await browser.serviceWorker.stop();
  await browser.serviceWorker.wake();
  await browser.serviceWorker.untilRunning();
}
