/**
 * What the background does for each call, wired from its parts: settings, packs, the matcher,
 * per-tab records, badge and notices. Every call waits for start-up (which re-runs whenever the
 * service worker was stopped and is woken by a message). After any change of settings or packs
 * the matcher is rebuilt (compiled at the next scan) and every tab that reported is told to
 * refresh, so open pages pick up the change without a reload.
 */
import type { Settings } from '../core/settings.js';
import type { FoundClaim, TabReport } from '../platform/messages.js';
import type { Badge } from './badge.js';
import type { ClaimIndex, MatcherLike } from './claim-index.js';
import type { Notices } from './notices.js';
import type { PackLibrary } from './pack-library.js';
import type { Handlers } from './router.js';
import type { SettingsStore } from './settings-store.js';
import { buildProfile } from '../core/sourcing/profile.js';
import { buildTabReport, isPaused } from './tab-report.js';
import type { FrameSummary, TabRecord } from './tab-record.js';
import type { TabStore } from './tab-store.js';
import { blockScans, foundClaim, heldHits, holds, namedBlocks, profileInput } from './frame-scans.js';
import { frameUrl } from './senders.js';
import type { ScanMemory } from './scan-memory.js';
import { scanReply } from './scan-reply.js';

/** Calls from the background into content scripts. */
export interface ContentChannel {
  /** Tells every frame of the tab; false when nothing listens there any more. */
  refresh(tabId: number, settings: Settings): Promise<boolean>;
}

export interface ServiceParts<M extends MatcherLike> {
  settings: SettingsStore;
  tabs: TabStore;
  library: PackLibrary;
  index: ClaimIndex<M>;
  /** What each frame's scans found, so its reports can name blocks instead of re-sending them. */
  scans: ScanMemory;
  notices: Notices;
  badge: Badge;
  content: ContentChannel;
}

export class BackgroundService<M extends MatcherLike> {
  readonly ready: Promise<void>;

  constructor(private readonly parts: ServiceParts<M>) {
    this.ready = this.#start();
  }

  async #start(): Promise<void> {
    await this.parts.badge.init();
    await this.parts.settings.get();
    await this.parts.library.load();
    this.#rebuild();
  }

  #rebuild(): void {
    this.parts.index.rebuild(this.parts.library.active());
  }

  async #report(tabId: number, record: TabRecord): Promise<TabReport> {
    const settings = await this.parts.settings.get();
    const notice = (await this.parts.notices.latest())?.message;
    return buildTabReport(tabId, record, { settings, getClaim: (id) => this.parts.index.getClaim(id), ...(notice ? { notice } : {}) });
  }

  async #updateBadge(tabId: number, record: TabRecord): Promise<void> {
    const report = await this.#report(tabId, record);
    await this.parts.badge.show(tabId, report.claims.length, report.paused);
  }

  /** After a change: badges recount (confidence, removed packs) and pages rescan. */
  async #refreshTabs(): Promise<void> {
    const settings = await this.parts.settings.get();
    const tabIds = await this.parts.tabs.tabIds();
    await Promise.all(
      tabIds.map(async (tabId) => {
        const record = await this.parts.tabs.get(tabId);
        if (record) await this.#updateBadge(tabId, record);
        if (!(await this.parts.content.refresh(tabId, settings))) await this.parts.tabs.remove(tabId);
      }),
    );
  }

  async #afterPackChange(): Promise<void> {
    this.#rebuild();
    await this.#refreshTabs();
  }

  /** Settings were changed in storage by something other than us: re-read them and tell the tabs. */
  async settingsStored(value: unknown): Promise<void> {
    await this.ready;
    if (this.parts.settings.noteStored(value)) await this.#refreshTabs();
  }

  async tabRemoved(tabId: number): Promise<void> {
    await this.ready;
    await this.parts.tabs.remove(tabId);
    await this.parts.scans.forgetTab(tabId);
  }

  async tabLoading(tabId: number): Promise<void> {
    await this.ready;
    await this.parts.tabs.noteNavigation(tabId);
  }

  readonly handlers: Handlers = {
    scan: async (args, sender) => {
      await this.ready;
      const settings = await this.parts.settings.get();
      const record = await this.parts.tabs.get(sender.tabId);
      const topUrl = sender.frameId === 0 ? sender.url : (record?.url ?? '');
      const texts = args.blocks.map((block) => block.text);
      const { results, sentenceCounts } = isPaused(settings, topUrl)
        ? { results: [], sentenceCounts: texts.map(() => 0) }
        : await this.parts.index.scan(texts, settings.confidence, { labels: args.speakerLabels, outlet: args.pageOutlet, runs: args.runs });
      const scanned = blockScans(texts, results, sentenceCounts);
      await this.parts.scans.add(sender.tabId, sender.frameId, args.document, args.generation, new Map(args.blocks.map((block, i) => [block.key, scanned[i]!])));
      return scanReply(scanned, (id) => this.parts.index.getClaim(id));
    },
    explainHit: async (query, sender) => {
      await this.ready;
      const scans = await this.parts.scans.get(sender.tabId, sender.frameId);
      // A worker that no longer holds the scan scans the block again (it is the frame's own text).
      const hits =
        heldHits(scans, query) ?? (await this.parts.index.scan([query.text], 'possible', { outlet: null })).results.find((result) => result.start === query.start)?.claims ?? [];
      const hit = hits.find((candidate) => candidate.id === query.claimId);
      return hit ? { reasons: hit.reasons, claims: this.parts.index.viewsAround(hit, hits) } : null;
    },
    reportFrame: async (args, sender) => {
      await this.ready;
      const { tabId, frameId } = sender;
      if (args.leaving) {
        this.parts.scans.forgetFrame(tabId, frameId, args.document);
        const left = await this.parts.tabs.leave(tabId, frameId, args.document);
        await (left ? this.#updateBadge(tabId, left) : this.parts.badge.show(tabId, 0, false));
        await this.parts.scans.save(tabId, left ? Object.keys(left.frames) : []);
        return 'ok';
      }
      const scans = await this.parts.scans.get(tabId, frameId);
      const { blocks, missing } = namedBlocks(scans, args.document, args.session, args.blocks);
      if (missing.length > 0) return { resend: missing };
      const reported = new Set(args.blocks);
      const claims = scans ? args.claims.map((ref) => foundClaim(scans, reported, ref, this.parts.index.getClaim(ref.id))).filter((found): found is FoundClaim => found !== null) : [];
      const { sentences, sentenceCount } = profileInput(blocks);
      const frame: FrameSummary = { generation: args.generation, claims, profile: buildProfile(sentences, sentenceCount), document: args.document };
      if (holds(scans, args.document, args.session)) this.parts.scans.keepOnly(tabId, frameId, args.blocks);
      const record = await this.parts.tabs.report(tabId, frameId, frameUrl(args.url, sender.url), frame);
      await this.#updateBadge(tabId, record);
      await this.parts.scans.save(tabId, Object.keys(record.frames));
      return 'ok';
    },
    getTabReport: async ({ tabId }) => {
      await this.ready;
      const record = await this.parts.tabs.get(tabId);
      return record ? this.#report(tabId, record) : null;
    },
    getSettings: async () => {
      await this.ready;
      return this.parts.settings.get();
    },
    updateSettings: async ({ patch }) => {
      await this.ready;
      const settings = await this.parts.settings.update(patch);
      await this.#refreshTabs();
      return settings;
    },
    listPacks: async () => {
      await this.ready;
      return this.parts.library.list();
    },
    importPack: async ({ fileName, text }) => {
      await this.ready;
      const result = await this.parts.library.import(fileName, text);
      if (result.ok) await this.#afterPackChange();
      return result;
    },
    setPackEnabled: async ({ packId, enabled }) => {
      await this.ready;
      const packs = await this.parts.library.setEnabled(packId, enabled);
      await this.#afterPackChange();
      return packs;
    },
    removePack: async ({ packId }) => {
      await this.ready;
      const packs = await this.parts.library.remove(packId);
      await this.#afterPackChange();
      return packs;
    },
    getNotices: async () => {
      await this.ready;
      return this.parts.notices.list();
    },
    dismissNotice: async ({ id }) => {
      await this.ready;
      return this.parts.notices.dismiss(id);
    },
  };
}
