/**
 * The scans the background answered, per tab and frame (see frame-scans.ts), so that a frame's
 * report can name blocks instead of re-sending their sentences. Held in memory, with a copy of
 * each tab's in `storage.session` so a stopped and restarted service worker still knows them.
 * Both are bounded: memory by total size (least recently used frames go first), the stored copy
 * by size per tab, and it yields to the tab reports when session storage runs short. Whatever
 * is not held any more is simply scanned again (the report is answered with the keys to resend).
 */
import { z } from '../core/zod.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import { addBlocks, keepBlocks, sizeOf, type BlockScan, type FrameScans } from './frame-scans.js';
import { isQuotaError, type StorageArea } from './storage-area.js';
import { isScansKey, scansKey } from '../platform/storage-keys.js';

export interface MemoryLimits {
  /** Characters held in memory for all tabs together (a character is two bytes). */
  memoryChars: number;
  /** Characters stored per tab; a tab with more keeps its scans in memory only. */
  storedChars: number;
}

const DEFAULT_LIMITS: MemoryLimits = { memoryChars: 24_000_000, storedChars: 600_000 };

const count = z.number().int().min(0);
const storedScans = z.record(
  z.string(),
  z.object({
    document: z.string().max(64),
    session: count,
    blocks: z.record(
      z.string(),
      z.object({
        text: z.string(),
        sentenceCount: count,
        sentences: z.array(
          z.object({
            start: count,
            end: count,
            hits: z.array(z.object({ id: z.string(), score: z.number(), confidence: z.enum(['confident', 'possible']), reasons: z.array(z.string()), related: z.array(z.string()).optional() })),
            cues: z.array(z.tuple([z.enum(SOURCING_KINDS), count, count])),
          }),
        ),
      }),
    ),
  }),
);

const frameKey = (tabId: number, frameId: number | string) => `${tabId}:${frameId}`;
const tabIdOf = (key: string) => Number(key.slice(0, key.indexOf(':')));

export class ScanMemory {
  /** Insertion order is use order: a frame is re-inserted whenever it is used. */
  readonly #frames = new Map<string, FrameScans>();
  readonly #sizes = new Map<string, number>();
  /** Per tab, the reading of its stored copy (once per service-worker life). */
  readonly #loads = new Map<number, Promise<void>>();
  /** Tabs whose scans changed since they were last stored. */
  readonly #changed = new Set<number>();
  #size = 0;

  constructor(
    private readonly area: StorageArea,
    private readonly limits: MemoryLimits = DEFAULT_LIMITS,
  ) {}

  async get(tabId: number, frameId: number): Promise<FrameScans | null> {
    await this.#load(tabId);
    const key = frameKey(tabId, frameId);
    const scans = this.#frames.get(key) ?? null;
    if (scans) {
      this.#frames.delete(key);
      this.#frames.set(key, scans);
    }
    return scans;
  }

  async add(tabId: number, frameId: number, document: string, session: number, keyed: ReadonlyMap<number, BlockScan>): Promise<void> {
    await this.#load(tabId);
    const key = frameKey(tabId, frameId);
    this.#put(key, addBlocks(this.#frames.get(key) ?? null, document, session, keyed));
    this.#evict(key);
  }

  /** After a report: only the blocks it named stay. */
  keepOnly(tabId: number, frameId: number, keys: readonly number[]): void {
    const key = frameKey(tabId, frameId);
    const scans = this.#frames.get(key);
    if (scans && keepBlocks(scans, keys)) this.#put(key, scans);
  }

  /** The frame's document went away. */
  forgetFrame(tabId: number, frameId: number, document: string): void {
    const key = frameKey(tabId, frameId);
    if (this.#frames.get(key)?.document === document) this.#drop(key);
  }

  async forgetTab(tabId: number): Promise<void> {
    for (const key of [...this.#frames.keys()]) if (key.startsWith(`${tabId}:`)) this.#drop(key);
    await this.area.remove(scansKey(tabId)).catch(() => undefined);
  }

  /**
   * Stores the tab's scans of the frames it still shows (`frameIds`, from its report), or
   * removes the stored copy when they are too large. Never fails: the copy is only a cache.
   */
  async save(tabId: number, frameIds: readonly string[]): Promise<void> {
    if (!this.#changed.delete(tabId)) return;
    const frames: Record<string, FrameScans> = {};
    let size = 0;
    for (const frameId of frameIds) {
      const key = frameKey(tabId, frameId);
      const scans = this.#frames.get(key);
      if (!scans) continue;
      frames[frameId] = scans;
      size += this.#sizes.get(key) ?? 0;
    }
    try {
      if (size === 0 || size > this.limits.storedChars) await this.area.remove(scansKey(tabId));
      else await this.area.set({ [scansKey(tabId)]: frames });
    } catch (error) {
      if (isQuotaError(error)) await this.area.remove(scansKey(tabId)).catch(() => undefined);
    }
  }

  /** Removes every stored copy (session storage is short of room for what matters more); true if any was there. */
  async clearStored(): Promise<boolean> {
    const stored = Object.keys(await this.area.get(null).catch(() => ({}))).filter(isScansKey);
    if (stored.length > 0) await this.area.remove(stored).catch(() => undefined);
    return stored.length > 0;
  }

  #load(tabId: number): Promise<void> {
    let loading = this.#loads.get(tabId);
    if (!loading) {
      loading = this.area
        .get(scansKey(tabId))
        .then((items) => {
          const parsed = storedScans.safeParse(items[scansKey(tabId)]);
          if (!parsed.success) return;
          for (const [frameId, scans] of Object.entries(parsed.data)) this.#put(frameKey(tabId, frameId), scans);
          this.#changed.delete(tabId);
          this.#evict(null);
        })
        .catch(() => undefined);
      this.#loads.set(tabId, loading);
    }
    return loading;
  }

  /** Puts (or puts back) a frame's scans, last in use order, and counts their size. */
  #put(key: string, scans: FrameScans): void {
    this.#drop(key);
    this.#changed.add(tabIdOf(key));
    const size = sizeOf(scans);
    this.#frames.set(key, scans);
    this.#sizes.set(key, size);
    this.#size += size;
  }

  #drop(key: string): void {
    if (this.#frames.has(key)) this.#changed.add(tabIdOf(key));
    this.#size -= this.#sizes.get(key) ?? 0;
    this.#frames.delete(key);
    this.#sizes.delete(key);
  }

  /** Least recently used frames go until memory fits, never `keep` (the frame being scanned). */
  #evict(keep: string | null): void {
    for (const key of this.#frames.keys()) {
      if (this.#size <= this.limits.memoryChars) return;
      if (key !== keep) this.#drop(key);
    }
  }
}
