/**
 * In-memory stand-ins for the browser parts the background uses, with fault injection: storage
 * areas that can fail the next write (quota) or hold damaged values, a pack store that records
 * its calls, a badge that remembers what it showed, and a matcher engine driven by a table.
 */
import { readFileSync } from 'node:fs';
import type { ClaimPack } from '../../../src/core/claims/schema.js';
import type { Confidence, SentenceResult, SourcingCue } from '../../../src/core/report.js';
import type { Settings } from '../../../src/core/settings.js';
import type { ClaimView } from '../../../src/platform/messages.js';
import type { ActionApi } from '../../../src/background/badge.js';
import type { MatchEngine, MatcherLike } from '../../../src/background/claim-index.js';
import type { MatcherCache } from '../../../src/background/matcher-cache.js';
import type { PackStore, StoredPackRecord, StoredState } from '../../../src/background/pack-store.js';
import type { ContentChannel } from '../../../src/background/service.js';
import type { StorageArea } from '../../../src/background/storage-area.js';
import { catalogueLookup, configureI18n } from '../../../src/ui/shared/i18n.js';

export function useCatalogue(): void {
  const catalogue = JSON.parse(readFileSync(new URL('../../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
  configureI18n({ lookup: catalogueLookup(catalogue), locale: 'en' });
}

export function quotaError(): Error {
  const error = new Error('QUOTA_BYTES quota exceeded');
  error.name = 'QuotaExceededError';
  return error;
}

export class MemoryArea implements StorageArea {
  readonly data = new Map<string, unknown>();
  failNextSet: Error | null = null;
  sets = 0;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextSet) {
      const error = this.failNextSet;
      this.failNextSet = null;
      throw error;
    }
    this.sets++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
}

export class MemoryPackStore implements PackStore {
  readonly packs = new Map<string, unknown>();
  readonly enabled = new Map<string, boolean>();
  readonly calls: string[] = [];
  failNext: Error | null = null;
  failLoad = false;

  #maybeFail(): void {
    if (!this.failNext) return;
    const error = this.failNext;
    this.failNext = null;
    throw error;
  }
  async load(): Promise<StoredState> {
    this.calls.push('load');
    if (this.failLoad) throw new Error('database unavailable');
    return { packs: [...this.packs].map(([key, value]) => ({ key, value: structuredClone(value) })), enabled: Object.fromEntries(this.enabled) };
  }
  async save(record: StoredPackRecord): Promise<void> {
    this.calls.push(`save ${record.id}`);
    this.#maybeFail();
    this.packs.set(record.id, structuredClone(record));
    this.enabled.set(record.id, true);
  }
  async setEnabled(id: string, enabled: boolean): Promise<void> {
    this.calls.push(`setEnabled ${id} ${enabled}`);
    this.#maybeFail();
    this.enabled.set(id, enabled);
  }
  async remove(id: string): Promise<void> {
    this.calls.push(`remove ${id}`);
    this.#maybeFail();
    this.packs.delete(id);
    this.enabled.delete(id);
  }
}

export class FakeAction implements ActionApi {
  readonly text = new Map<number, string>();
  readonly title = new Map<number, string>();
  async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
    this.text.set(tabId, text);
  }
  async setTitle({ tabId, title }: { tabId: number; title: string }) {
    this.title.set(tabId, title);
  }
  async setBadgeBackgroundColor() {}
}

export class FakeContent implements ContentChannel {
  readonly refreshed: { tabId: number; settings: Settings }[] = [];
  readonly gone = new Set<number>();
  async refresh(tabId: number, settings: Settings) {
    if (this.gone.has(tabId)) return false;
    this.refreshed.push({ tabId, settings });
    return true;
  }
}

/** A matcher over the given packs: a sentence containing a claim's id (as a word) hits it. */
export class FakeMatcher implements MatcherLike {
  readonly views = new Map<string, ClaimView>();
  constructor(packs: readonly ClaimPack[], ids: readonly string[]) {
    packs.forEach((pack, i) => {
      for (const claim of pack.claims) this.views.set(claim.id, { ...claim, packId: ids[i]!, packName: pack.name });
    });
  }
  getClaim(id: string) {
    return this.views.get(id);
  }
}

/** A matcher cache in memory that records its calls; `failNextSave` / `failLoad` inject storage faults. */
export class MemoryMatcherCache implements MatcherCache<FakeMatcher> {
  stored: { key: string; matcher: FakeMatcher } | null = null;
  readonly calls: string[] = [];
  failNextSave: Error | null = null;
  failLoad = false;

  async load(key: string): Promise<FakeMatcher | null> {
    this.calls.push('load');
    if (this.failLoad) throw new Error('database unavailable');
    return this.stored?.key === key ? this.stored.matcher : null;
  }
  async save(key: string, matcher: FakeMatcher): Promise<void> {
    this.calls.push('save');
    if (this.failNextSave) {
      const error = this.failNextSave;
      this.failNextSave = null;
      throw error;
    }
    this.stored = { key, matcher };
  }
}

export const fakeEngine: MatchEngine<FakeMatcher> & { compiled: string[][]; labels: (string[] | undefined)[]; outlets: (string | null | undefined)[] } = {
  compiled: [],
  /** The document labels each scan was given. */
  labels: [],
  /** The page's own outlet each scan was given. */
  outlets: [],
  compile(packs, ids) {
    this.compiled.push([...ids]);
    return new FakeMatcher(packs, ids);
  },
  /**
   * A block hits every claim id it contains, as one sentence, and has a cue for each phrase of
   * FAKE_CUES in it; its sentences are counted by their periods.
   */
  scan(blocks: readonly string[], matcher: FakeMatcher | null, options: { confidence: Confidence; labels?: Iterable<string>; outlet?: string | null }): { results: SentenceResult[]; sentenceCounts: number[] } {
    this.labels.push(options.labels && [...options.labels]);
    this.outlets.push(options.outlet);
    const out: SentenceResult[] = [];
    blocks.forEach((text, block) => {
      const claims: SentenceResult['claims'] = [];
      for (const [id] of matcher?.views ?? []) {
        if (!text.includes(id)) continue;
        const confidence: Confidence = text.includes(`maybe ${id}`) ? 'possible' : 'confident';
        if (confidence === 'possible' && options.confidence === 'confident') continue;
        claims.push({ id, score: 0.9, confidence, reasons: [`named ${id}`] });
      }
      const sourcing: SourcingCue[] = [];
      for (const [phrase, kind] of Object.entries(FAKE_CUES)) {
        const at = text.indexOf(phrase);
        if (at >= 0) sourcing.push({ kind, cue: phrase, start: at, end: at + phrase.length });
      }
      if (claims.length > 0 || sourcing.length > 0) out.push({ block, start: 0, end: text.length, text, claims, sourcing });
    });
    return { results: out, sentenceCounts: blocks.map((text) => text.split('.').filter((s) => s.trim()).length) };
  },
};

/** Phrases the fake tagger marks, with their kind. */
export const FAKE_CUES: Record<string, SourcingCue['kind']> = { 'Officials said': 'anonymous', 'Flores said': 'on-record', 'did not': 'denial' };

export function pack(name: string, claimIds: string[], extra: Partial<ClaimPack> = {}): ClaimPack {
  return {
    schemaVersion: 1,
    name,
    publisher: 'Tests',
    version: '1.0.0',
    updated: '2024-01-01',
    license: 'CC0-1.0',
    language: 'en',
    lexicon: {},
    entities: [],
    claims: claimIds.map((id) => ({ id, statement: `Statement of ${id}.`, status: 'confirmed', involved: [], sources: [], related: [], appearances: [] })),
    ...extra,
  };
}
