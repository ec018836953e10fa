/** The real connector: background calls, content-script calls and storage change events. */
import { browser, callBackground, callContent } from '../../platform/browser.js';
import { NOTICES_KEY, tabReportKey } from '../../platform/storage-keys.js';
import type { Connector } from './connector.js';

export const browserConnector: Connector = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  getTabReport: (tabId) => callBackground('getTabReport', { tabId }),
  watchTabReport(tabId, listener) {
    const key = tabReportKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && (key in changes || NOTICES_KEY in changes)) listener();
      if (area === 'local' && 'settings' in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  getSettings: () => callBackground('getSettings', {}),
  updateSettings: (patch) => callBackground('updateSettings', { patch }),
  listPacks: () => callBackground('listPacks', {}),
  importPack: (fileName, text) => callBackground('importPack', { fileName, text }),
  setPackEnabled: (packId, enabled) => callBackground('setPackEnabled', { packId, enabled }),
  removePack: (packId) => callBackground('removePack', { packId }),
  getNotices: () => callBackground('getNotices', {}),
  dismissNotice: (id) => callBackground('dismissNotice', { id }),
  async showClaim(tabId, frameId, claimId) {
    try {
      return (await callContent(tabId, 'showClaim', { claimId }, frameId)) === true;
    } catch {
      return false;
    }
  },
  openOptions: () => browser.runtime.openOptionsPage(),
};
