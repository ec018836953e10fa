/**
 * Steps the extension-UI end-to-end tests share on top of the harness (tab ids, popup, badge and
 * service worker come from harness/extension.ts): importing a file through the options page's
 * real file input, reading what the options page and the popup show, reading stored state.
 */
import type { ExtensionBrowser, TestPage } from './harness/browsers.js';

/** Imports through the options page's file input (a File in a DataTransfer, then "change"). */
export async function chooseFile(optionsPage: TestPage, fileName: string, text: string): Promise<void> {
  await optionsPage.evaluate(
    ({ name, body }: { name: string; body: string }) => {
      const input = document.querySelector<HTMLInputElement>('#pack-file');
      if (!input) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name: fileName, body: text },
  );
}

/** Waits for the options page's import outcome. */
export async function importOutcome(optionsPage: TestPage): Promise<{ ok: boolean; text: string; problems: string[] }> {
  const outcome = await pollPage(
    optionsPage,
    () => {
      const success = document.querySelector<HTMLElement>('[data-testid="import-success"]');
      const failure = document.querySelector<HTMLElement>('[data-testid="import-error"]');
      const node = success ?? failure;
      if (!node) return null;
      const problems = [...document.querySelectorAll<HTMLElement>('[data-testid="import-problems"] li')].map((li) => li.innerText);
      return { ok: Boolean(success), text: node.innerText, problems };
    },
    (value) => value !== null,
  );
  return outcome!;
}

export async function openOptions(browser: ExtensionBrowser): Promise<TestPage> {
  const page = await browser.openExtensionPage('options.html');
  // The whole text on failure says whether it is still loading or showing an error.
  await pollPage(page, () => (document.querySelector('.pack-list') ? true : document.body.innerText.slice(0, 300)), (ready) => ready === true);
  return page;
}

export function packNames(optionsPage: TestPage): Promise<string[]> {
  return optionsPage.evaluate(() => [...document.querySelectorAll('.pack h3')].map((h) => h.textContent ?? ''));
}

export function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.inExtension(async (api) => (await api.storage.local.get('settings'))['settings']);
}

/** Everything in the extension's pack database, read straight from IndexedDB. */
export function storedPacks(browser: ExtensionBrowser): Promise<unknown> {
  return browser.inExtension(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sourcelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['packs', 'enabled'], 'readonly');
          const packs = tx.objectStore('packs').getAll();
          const keys = tx.objectStore('enabled').getAllKeys();
          const flags = tx.objectStore('enabled').getAll();
          tx.oncomplete = () => {
            resolve({ packs: packs.result, enabled: keys.result.map((key, i) => [key, flags.result[i]]) });
            open.result.close();
          };
        };
      }),
  );
}

/**
 * Polls `read` in the page until `accept` holds. Used instead of `TestPage.waitFor` on extension
 * pages: Playwright's waitForFunction polls by evaluating strings, which the extension pages'
 * CSP forbids (intermittent EvalError); plain evaluate calls are not affected.
 */
export async function pollPage<R>(page: TestPage, read: () => R, accept: (value: R) => boolean, timeoutMs = 15_000): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  let value = await page.evaluate(read);
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`page never reached the expected state; last: ${JSON.stringify(value)}`);
    await new Promise((wait) => setTimeout(wait, 50));
    value = await page.evaluate(read);
  }
  return value;
}

/** The claim ids a popup lists, once it lists at least `min` of them. */
export function listedClaimIds(popup: TestPage, min = 1): Promise<string[]> {
  return pollPage(
    popup,
    () => [...document.querySelectorAll('[data-claim-id]')].map((el) => el.getAttribute('data-claim-id') ?? ''),
    (ids) => ids.length >= min,
  );
}
