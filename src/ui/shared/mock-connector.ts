/**
 * An in-memory connector for developing and unit-testing the popup and options page without a
 * browser. It keeps settings, packs and notices, records every call, and lets a test decide
 * what imports and `showClaim` answer.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.js';
import type { ImportResult, Notice, PackInfo, TabReport } from '../../platform/messages.js';
import type { Connector } from './connector.js';

export interface MockState {
  activeTabId: number | null;
  reports: Record<number, TabReport>;
  settings: Settings;
  packs: PackInfo[];
  notices: Notice[];
  /** What the next imports answer, in order (an ok result is added to `packs`). */
  importResults: ImportResult[];
  /** Claim ids `showClaim` succeeds for. */
  shownClaims: Set<string>;
}

export type MockCall = { name: keyof Connector; args: unknown[] };

export class MockConnector implements Connector {
  readonly state: MockState;
  readonly calls: MockCall[] = [];
  readonly #listeners = new Set<() => void>();

  constructor(initial: Partial<MockState> = {}) {
    this.state = {
      activeTabId: 1,
      reports: {},
      settings: structuredClone(DEFAULT_SETTINGS) as Settings,
      packs: [],
      notices: [],
      importResults: [],
      shownClaims: new Set(),
      ...initial,
    };
  }

  #log(name: keyof Connector, ...args: unknown[]): void {
    this.calls.push({ name, args });
  }

  /** Simulates the background changing a report: watchers are told, as storage events would. */
  setReport(tabId: number, report: TabReport | null): void {
    if (report) this.state.reports[tabId] = report;
    else delete this.state.reports[tabId];
    for (const listener of this.#listeners) listener();
  }

  async activeTabId() {
    this.#log('activeTabId');
    return this.state.activeTabId;
  }
  async getTabReport(tabId: number) {
    this.#log('getTabReport', tabId);
    const report = this.state.reports[tabId];
    return report ? { ...structuredClone(report), paused: this.#paused(report.url) } : null;
  }
  watchTabReport(tabId: number, listener: () => void) {
    this.#log('watchTabReport', tabId);
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }
  async getSettings() {
    this.#log('getSettings');
    return structuredClone(this.state.settings);
  }
  async updateSettings(patch: Partial<Settings>) {
    this.#log('updateSettings', patch);
    this.state.settings = { ...this.state.settings, ...structuredClone(patch) };
    for (const listener of this.#listeners) listener();
    return structuredClone(this.state.settings);
  }
  async listPacks() {
    this.#log('listPacks');
    return structuredClone(this.state.packs);
  }
  async importPack(fileName: string, text: string) {
    this.#log('importPack', fileName, text);
    const result = this.state.importResults.shift() ?? { ok: false, problems: [{ path: '', message: 'no import result queued in the mock' }] };
    if (result.ok) this.state.packs = [...this.state.packs.filter((p) => p.id !== result.pack.id), result.pack];
    return structuredClone(result);
  }
  async setPackEnabled(packId: string, enabled: boolean) {
    this.#log('setPackEnabled', packId, enabled);
    this.state.packs = this.state.packs.map((p) => (p.id === packId ? { ...p, enabled } : p));
    return structuredClone(this.state.packs);
  }
  async removePack(packId: string) {
    this.#log('removePack', packId);
    if (this.state.packs.find((p) => p.id === packId)?.bundled) throw new Error('The built-in pack cannot be removed.');
    this.state.packs = this.state.packs.filter((p) => p.id !== packId);
    return structuredClone(this.state.packs);
  }
  async getNotices() {
    this.#log('getNotices');
    return structuredClone(this.state.notices);
  }
  async dismissNotice(id: string) {
    this.#log('dismissNotice', id);
    this.state.notices = this.state.notices.filter((n) => n.id !== id);
    return structuredClone(this.state.notices);
  }
  async showClaim(tabId: number, frameId: number, claimId: string) {
    this.#log('showClaim', tabId, frameId, claimId);
    return this.state.shownClaims.has(claimId);
  }
  async openOptions() {
    this.#log('openOptions');
  }

  #paused(url: string): boolean {
    try {
      return this.state.settings.pausedSites.includes(new URL(url).hostname);
    } catch {
      return false;
    }
  }
}
