/**
 * Everything the popup and the options page ask of the extension, behind one interface: the
 * browser implementation talks to the background and content scripts, the mock keeps state in
 * memory so the UI can be developed and unit-tested without a browser.
 */
import type { Settings } from '../../core/settings.js';
import type { ImportResult, Notice, PackInfo, TabReport } from '../../platform/messages.js';

export interface Connector {
  /** The tab whose report the popup shows when no `?tab=` is given. */
  activeTabId(): Promise<number | null>;
  getTabReport(tabId: number): Promise<TabReport | null>;
  /** Calls `listener` whenever the tab's report or the notices change; returns the unsubscribe. */
  watchTabReport(tabId: number, listener: () => void): () => void;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  listPacks(): Promise<PackInfo[]>;
  importPack(fileName: string, text: string): Promise<ImportResult>;
  setPackEnabled(packId: string, enabled: boolean): Promise<PackInfo[]>;
  removePack(packId: string): Promise<PackInfo[]>;
  getNotices(): Promise<Notice[]>;
  dismissNotice(id: string): Promise<Notice[]>;
  /** Scrolls the tab to the claim and opens its tooltip; false when it is not painted there. */
  showClaim(tabId: number, frameId: number, claimId: string): Promise<boolean>;
  openOptions(): Promise<void>;
}
