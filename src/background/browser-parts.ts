/**
 * The background's parts that talk to the browser: bundled database, content-script channel,
 * what keyboard commands need. Kept apart from the logic so everything else runs under unit tests.
 */
import type { ClaimPack } from '../core/claims/schema.js';
import type { Settings } from '../core/settings.js';
import { browser, callContent } from '../platform/browser.js';
import type { CommandParts } from './commands.js';
import type { ContentChannel } from './service.js';

/** The bundled database, validated and compiled by the build into `claims/bundled.json`. */
export async function loadBundledPacks(): Promise<ClaimPack[]> {
  const response = await fetch(browser.runtime.getURL('claims/bundled.json'));
  const packs: unknown = await response.json();
  if (!Array.isArray(packs)) throw new Error('claims/bundled.json is not a list of packs');
  return packs as ClaimPack[];
}

function noReceiver(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection|no tab with id|invalid tab id/i.test(String((error as Error)?.message ?? error));
}

export const contentChannel: ContentChannel = {
  async refresh(tabId: number, settings: Settings) {
    try {
      // No frameId: every frame of the tab with a content script gets it.
      await browser.tabs.sendMessage(tabId, { type: 'refresh', args: { settings } });
      return true;
    } catch (error) {
      return !noReceiver(error);
    }
  },
};

export const commandParts: CommandParts = {
  activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  stepClaim: (tabId, direction) => callContent(tabId, 'stepClaim', { direction }),
};
