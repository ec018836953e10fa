/**
 * Per-tab records in `storage.session`, so a tab's report survives the MV3 service worker being
 * stopped and restarted (memory alone would not), and disappears with the browser session.
 * Updates to one tab are serialised: frames report concurrently and each update reads the
 * previous record. When session storage is full the record is kept in memory and the reader is
 * told; reports keep working until the worker stops. Cached scans (scan-memory.ts) give way first.
 */
import { applyFrameLeaving, applyFrameReport, markNavigation, type FrameSummary, type TabRecord } from './tab-record.js';
import { isQuotaError, type StorageArea } from './storage-area.js';
import { storedFrameSchema } from './message-schemas.js';
import { isTabReportKey, tabIdOfKey, tabReportKey } from '../platform/storage-keys.js';


export class TabStore {
  readonly #cache = new Map<number, TabRecord>();
  readonly #queues = new Map<number, Promise<unknown>>();

  readonly #onStorageFull: () => Promise<void>;
  readonly #makeRoom: () => Promise<boolean>;
  readonly #now: () => number;

  /** `makeRoom`: frees what matters less (cached scans) when storage is full; true if anything went. */
  constructor(
    private readonly area: StorageArea,
    options: { onStorageFull: () => Promise<void>; makeRoom?: () => Promise<boolean>; now?: () => number },
  ) {
    this.#onStorageFull = options.onStorageFull;
    this.#makeRoom = options.makeRoom ?? (async () => false);
    this.#now = options.now ?? Date.now;
  }

  async get(tabId: number): Promise<TabRecord | null> {
    const cached = this.#cache.get(tabId);
    if (cached) return cached;
    const key = tabReportKey(tabId);
    const stored = (await this.area.get(key).catch(() => ({}) as Record<string, unknown>))[key];
    if (!isTabRecord(stored)) return null;
    this.#cache.set(tabId, stored);
    return stored;
  }

  report(tabId: number, frameId: number, url: string, report: FrameSummary): Promise<TabRecord> {
    return this.#update(tabId, (previous) => applyFrameReport(previous, frameId, url, report, this.#now()));
  }

  /** The frame's document went away; returns what the tab has left (null: nothing). */
  leave(tabId: number, frameId: number, document: string | undefined): Promise<TabRecord | null> {
    return this.#serial(tabId, async () => {
      const previous = await this.get(tabId);
      const next = applyFrameLeaving(previous, frameId, document);
      if (next === previous) return next;
      if (next === null) {
        this.#cache.delete(tabId);
        await this.area.remove(tabReportKey(tabId)).catch(() => undefined);
        return null;
      }
      return this.#write(tabId, next);
    });
  }

  noteNavigation(tabId: number): Promise<TabRecord | null> {
    return this.#update(tabId, (previous) => (previous ? markNavigation(previous, this.#now()) : null));
  }

  async remove(tabId: number): Promise<void> {
    await this.#serial(tabId, async () => {
      this.#cache.delete(tabId);
      await this.area.remove(tabReportKey(tabId)).catch(() => undefined);
    });
  }

  /** Every tab with a record, including those remembered from before a worker restart. */
  async tabIds(): Promise<number[]> {
    const stored = await this.area.get(null).catch(() => ({}) as Record<string, unknown>);
    const ids = new Set(this.#cache.keys());
    for (const key of Object.keys(stored)) if (isTabReportKey(key)) ids.add(tabIdOfKey(key));
    return [...ids];
  }

  #update<T extends TabRecord | null>(tabId: number, change: (previous: TabRecord | null) => T): Promise<T> {
    return this.#serial(tabId, async () => {
      const next = change(await this.get(tabId));
      return next === null ? next : ((await this.#write(tabId, next)) as T);
    });
  }

  async #write(tabId: number, record: TabRecord): Promise<TabRecord> {
    this.#cache.set(tabId, record);
    const store = () => this.area.set({ [tabReportKey(tabId)]: record });
    try {
      await store().catch(async (error: unknown) => {
        if (isQuotaError(error) && (await this.#makeRoom())) return store();
        throw error;
      });
    } catch (error) {
      if (isQuotaError(error)) await this.#onStorageFull();
    }
    return record;
  }

  #serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const run = (this.#queues.get(tabId) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    this.#queues.set(tabId, settled);
    void settled.then(() => {
      if (this.#queues.get(tabId) === settled) this.#queues.delete(tabId);
    });
    return run;
  }
}

/** Session storage is ours alone, but a damaged record must not break the popup: check it. */
function isTabRecord(value: unknown): value is TabRecord {
  const record = value as Partial<TabRecord> | null;
  if (typeof record?.url !== 'string' || typeof record.topGeneration !== 'number') return false;
  if (typeof record.frames !== 'object' || record.frames === null) return false;
  return Object.values(record.frames).every((frame: unknown) => storedFrameSchema.safeParse(frame).success);
}
