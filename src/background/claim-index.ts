/**
 * Holds the one compiled matcher for the enabled packs and answers scans with it. The matcher is
 * compiled once per change of the pack set (not per tab, not per scan), so a tab's cost does not
 * grow with the database; and only when a scan needs it, so the popup and options page never wait
 * for a compile after the service worker wakes up. Claim lookups for reports use a plain map.
 * A woken worker first asks the matcher cache for the matcher of the same pack set (same ids,
 * stamps and matcher format), and compiles only when there is none; a fresh compile replaces
 * the cached one, once scans have paused: serialising a large matcher blocks the worker for
 * seconds, which must not fall between a page's scan batches. The matcher functions and the
 * cache are injected so the logic is unit-testable with a fake matcher.
 */
import type { ClaimPack } from '../core/claims/schema.js';
import type { PageContext } from '../core/scan.js';
import type { ClaimHit, Confidence, SentenceResult } from '../core/report.js';
import type { ClaimView } from '../platform/messages.js';
import type { MatcherCache } from './matcher-cache.js';
import type { ActivePacks } from './pack-library.js';

export interface MatcherLike {
  getClaim(id: string): ClaimView | undefined;
}

export interface MatchEngine<M extends MatcherLike> {
  compile(packs: readonly ClaimPack[], packIds: string[]): M;
  /** The results, and every block's sentence count from the same segmentation. */
  scan(blocks: readonly string[], matcher: M | null, options: { confidence: Confidence } & PageContext): { results: SentenceResult[]; sentenceCounts: number[] };
}

const NO_PACKS: ActivePacks = { packs: [], ids: [], stamps: [] };

/** A cache that holds nothing: for callers without storage. */
const NO_CACHE: MatcherCache<never> = { load: async () => null, save: async () => undefined };

/** How long no scan must arrive before a fresh matcher is written to the cache. */
export const SAVE_WHEN_QUIET_MS = 2000;

export class ClaimIndex<M extends MatcherLike> {
  #active: ActivePacks = NO_PACKS;
  /** Shared by the scans that arrive while the matcher is restored or compiled. */
  #matcher: Promise<M | null> | null = null;
  #views: Map<string, ClaimView> | null = null;
  /** A compiled matcher not yet cached, and the timer that caches it once scans pause. */
  #unsaved: { key: string; matcher: M } | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** `onCompileError` decides how to tell the reader; scans then go on with sourcing only. */
  constructor(
    private readonly engine: MatchEngine<M>,
    private readonly onCompileError: (error: unknown) => void = () => undefined,
    private readonly cache: MatcherCache<M> = NO_CACHE,
  ) {}

  /** The pack set changed: forget the compiled matcher and the claim map. */
  rebuild(active: ActivePacks): void {
    this.#active = active;
    this.#matcher = null;
    this.#views = null;
    this.#unsaved = null;
  }

  getClaim(id: string): ClaimView | undefined {
    if (!this.#views) {
      this.#views = new Map();
      this.#active.packs.forEach((pack, i) => {
        for (const claim of pack.claims) this.#views!.set(claim.id, { ...claim, packId: this.#active.ids[i]!, packName: pack.name });
      });
    }
    return this.#views.get(id);
  }

  #compiled(): Promise<M | null> {
    if (this.#active.packs.length === 0) return Promise.resolve(null);
    return (this.#matcher ??= this.#build(this.#active));
  }

  async #build(active: ActivePacks): Promise<M | null> {
    const key = JSON.stringify([active.ids, active.stamps]);
    // An unreadable cache is no cache: the packs are compiled as before.
    const cached = await this.cache.load(key).catch(() => null);
    if (cached) return cached;
    let matcher: M;
    try {
      matcher = this.engine.compile(active.packs, active.ids);
    } catch (error) {
      this.onCompileError(error);
      if (this.#active === active) this.#active = NO_PACKS;
      return null;
    }
    this.#unsaved = { key, matcher };
    this.#saveWhenQuiet();
    return matcher;
  }

  /** (Re)starts the quiet period. A change of the pack set drops the unsaved matcher (rebuild). */
  #saveWhenQuiet(): void {
    if (!this.#unsaved) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      const unsaved = this.#unsaved;
      this.#unsaved = null;
      // A failed write (quota) costs the next wake a compile, never a scan.
      if (unsaved) this.cache.save(unsaved.key, unsaved.matcher).catch(() => undefined);
    }, SAVE_WHEN_QUIET_MS);
  }

  /**
   * The scan's results (offsets in each text), and how many sentences each text holds.
   * `page`: what the document the texts are part of tells about them (see scanDocument): its
   * recurring labels, its own outlet, its text before each run of them.
   */
  async scan(texts: readonly string[], confidence: Confidence, page: PageContext = {}): Promise<{ results: SentenceResult[]; sentenceCounts: number[] }> {
    this.#saveWhenQuiet();
    return this.engine.scan(texts, await this.#compiled(), { confidence, ...page });
  }

  /** The claim of a hit and every claim its tooltip names beside it: the sentence's other hits, competing and related claims. */
  viewsAround(hit: ClaimHit, sentenceHits: readonly ClaimHit[]): Record<string, ClaimView> {
    const claims: Record<string, ClaimView> = {};
    const include = (id: string) => {
      const view = claims[id] ? undefined : this.getClaim(id);
      if (view) claims[id] = view;
    };
    include(hit.id);
    for (const related of hit.related ?? []) include(related);
    for (const link of claims[hit.id]?.related ?? []) include(link.claim);
    for (const other of sentenceHits) include(other.id);
    return claims;
  }
}
