/**
 * The one module that imports webextension-polyfill: everything else reaches the browser API
 * through here, so both browsers get the same promise-based `browser` namespace.
 */
import browser from 'webextension-polyfill';
import type { Args, BackgroundApi, ContentApi, Result } from './messages.js';
import { whenReachable } from './patient-call.js';

export { browser };

/** Waits for a background that is not listening yet (see patient-call.ts); any other failure is final. */
export function callBackground<K extends keyof BackgroundApi>(type: K, args: Args<BackgroundApi, K>): Promise<Result<BackgroundApi, K>> {
  return whenReachable(() => browser.runtime.sendMessage({ type, args }) as Promise<Result<BackgroundApi, K>>);
}

export function callContent<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  args: Args<ContentApi, K>,
  frameId = 0,
): Promise<Result<ContentApi, K>> {
  return browser.tabs.sendMessage(tabId, { type, args }, { frameId }) as Promise<Result<ContentApi, K>>;
}
