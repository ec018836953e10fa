/**
 * Shared steps of the content-script end-to-end tests: reading the highlights a page shows
 * (the registry is visible to the page, so plain page evaluation does it), waiting for them to
 * settle, pointing at a painted sentence, and making ContentApi calls the way the background
 * does (from an extension page, since tests have no handle on the background in Firefox).
 */
import type { ExtensionBrowser, TestPage } from './harness/browsers.js';

export interface PaintedRange {
  /** `claim`, `possible`, `active` or `cue-<kind>`: the part of the random highlight name after its prefix. */
  kind: string;
  text: string;
}

/** Every range in every Sourcelight highlight of the page's main document, with whitespace collapsed. */
export function readHighlights(page: TestPage): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: { kind: string; text: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      const match = /^sl[0-9a-f]{16}-(.+)$/.exec(name);
      if (!match) return;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        out.push({ kind: match[1]!, text: (range as Range).toString().replace(/[\t\n\f\r ]+/g, ' ').trim() });
      }
    });
    return out;
  });
}

export function claimTexts(ranges: readonly PaintedRange[]): string[] {
  return ranges.filter((range) => range.kind === 'claim' || range.kind === 'possible').map((range) => range.text).sort();
}

/** Waits until the claim highlights hold `count` ranges and stay so for a moment. */
export async function waitForClaims(page: TestPage, count: number, timeoutMs = 20_000): Promise<PaintedRange[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = 0;
  let ranges: PaintedRange[] = [];
  while (Date.now() < deadline) {
    ranges = await readHighlights(page);
    const key = JSON.stringify(claimTexts(ranges));
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (claimTexts(ranges).length === count && Date.now() - stableSince > 400) {
      return ranges;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected ${count} painted claims, saw ${JSON.stringify(claimTexts(ranges), null, 1)}`);
}

/** The centre of the first line box of the painted claim range whose text starts with `prefix`. */
export function claimPoint(page: TestPage, prefix: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    let point: { x: number; y: number } | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (point || !/^sl[0-9a-f]{16}-(claim|possible)$/.test(name)) return;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const text = (range as Range).toString().replace(/\s+/g, ' ').trim();
        if (!text.startsWith(wanted)) continue;
        const rect = (range as Range).getClientRects()[0];
        if (rect) point = { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
      }
    });
    return point;
  }, prefix);
}

/**
 * Sends a ContentApi call to every tab's top frame from an extension page, as the background and
 * popup do. Returns true when any tab answered true, else the last answer (other tabs, such as an
 * about:blank one, may run the content script too and answer false).
 */
export function callContent(browser: ExtensionBrowser, type: string, args: unknown): Promise<unknown> {
  return browser.inExtension(
    async (ext, call) => {
      let answer: unknown;
      for (const tab of await ext.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply: unknown = await ext.tabs.sendMessage(tab.id, call, { frameId: 0 });
          if (reply === true) return true;
          if (reply !== undefined) answer = reply;
        } catch {
          // No content script in this tab (an extension page).
        }
      }
      return answer;
    },
    { type, args },
  );
}

/** Changes the reader's settings the way the options page does; the background refreshes every tab. */
export async function updateSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.inExtension((ext, change) => ext.runtime.sendMessage({ type: 'updateSettings', args: { patch: change } }), patch);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TabReportView {
  url: string;
  claims: { id: string; anchored: boolean }[];
}

/** The background's report for the tab showing `url` (as the popup reads it), or null. */
export function tabReportFor(browser: ExtensionBrowser, url: string): Promise<TabReportView | null> {
  return browser.inExtension(async (ext, wanted) => {
    for (const tab of await ext.tabs.query({})) {
      if (tab.id === undefined) continue;
      const report = (await ext.runtime.sendMessage({ type: 'getTabReport', args: { tabId: tab.id } })) as { url: string; claims: { id: string; anchored: boolean }[] } | null;
      if (report && report.url.split('#')[0] === wanted) return { url: report.url, claims: report.claims.map(({ id, anchored }) => ({ id, anchored })) };
    }
    return null;
  }, url.split('#')[0]);
}

/** Polls `read` until `accept` holds, and returns that value. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`${what}; last seen: ${JSON.stringify(value)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}
