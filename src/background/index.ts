/**
 * Background entry (service worker in Chromium, event page in Firefox). Listeners are added
 * synchronously at the top level: a stopped worker is woken by an event only if its listener
 * is registered during the first turn of the script. State lives in storage (settings, per-tab
 * reports) and IndexedDB (packs), so nothing is lost when the browser stops the worker.
 */
import { compileMatcher } from '../core/match/index.js';
import { scanDocument } from '../core/scan.js';
import { browser } from '../platform/browser.js';
import { configureI18n } from '../ui/shared/i18n.js';
import { Badge, type ActionApi } from './badge.js';
import { commandParts, contentChannel, loadBundledPacks } from './browser-parts.js';
import { runCommand } from './commands.js';
import { ClaimIndex } from './claim-index.js';
import { IndexedDbMatcherCache } from './matcher-cache.js';
import { Notices } from './notices.js';
import { PackLibrary } from './pack-library.js';
import { IndexedDbPackStore } from './pack-store.js';
import { createMessageListener } from './router.js';
import { ScanMemory } from './scan-memory.js';
import { BackgroundService } from './service.js';
import { SettingsStore } from './settings-store.js';
import type { StorageArea } from './storage-area.js';
import { TabStore } from './tab-store.js';

configureI18n({ lookup: (key, substitutions) => browser.i18n.getMessage(key, substitutions), locale: browser.i18n.getUILanguage() });

const session = browser.storage.session as unknown as StorageArea;
const notices = new Notices(session);
const scans = new ScanMemory(session);

const service = new BackgroundService({
  settings: new SettingsStore(browser.storage.local as unknown as StorageArea, notices),
  tabs: new TabStore(session, {
    onStorageFull: () => notices.add('session-full', browser.i18n.getMessage('bg_sessionFull')),
    makeRoom: () => scans.clearStored(),
  }),
  library: new PackLibrary({ bundled: loadBundledPacks, store: new IndexedDbPackStore(), notices, now: () => new Date() }),
  index: new ClaimIndex(
    {
      compile: compileMatcher,
      scan: scanDocument,
    },
    // The matcher cannot be built from the enabled packs: go on with sourcing only, and say so.
    () => void notices.add('matcher-failed', browser.i18n.getMessage('bg_matcherFailed')),
    new IndexedDbMatcherCache(),
  ),
  scans,
  notices,
  badge: new Badge(browser.action as unknown as ActionApi),
  content: contentChannel,
});

const self = { id: browser.runtime.id, origin: browser.runtime.getURL('').replace(/\/$/, '') };
browser.runtime.onMessage.addListener(createMessageListener(self, service.handlers) as never);
browser.tabs.onRemoved.addListener((tabId) => void service.tabRemoved(tabId));
// Without the `tabs` permission the change carries no URL, only the loading status; see tab-record.ts.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void service.tabLoading(tabId);
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'settings' in changes) void service.settingsStored(changes['settings']?.newValue);
});
browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id, commandParts));
