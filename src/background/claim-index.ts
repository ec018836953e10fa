/**
 * Holds the one compiled matcher for the enabled packs and answers scans with it. The matcher is
 * compiled once per change of the pack set (not per tab, not per scan), so a tab's cost does not
 * grow with the database; and only when a scan needs it, so the popup and options page never wait
 * for a compile after the service worker wakes up. Claim lookups for reports use a plain map.
 * The matcher functions are injected so the logic is unit-testable with a fake matcher.
 */
import type { ClaimPack } from '../core/claims/schema.js';
import type { Confidence, SentenceResult } from '../core/report.js';
import type { ClaimView, ScanReply, ScanRequest } from '../platform/messages.js';

export interface MatcherLike {
  getClaim(id: string): ClaimView | undefined;
}

export interface MatchEngine<M extends MatcherLike> {
  compile(packs: readonly ClaimPack[], packIds: string[]): M;
  scan(blocks: readonly string[], matcher: M | null, options: { confidence: Confidence }): SentenceResult[];
  countSentences(text: string): number;
}

export class ClaimIndex<M extends MatcherLike> {
  #active: { packs: ClaimPack[]; ids: string[] } = { packs: [], ids: [] };
  #matcher: M | null = null;
  #views: Map<string, ClaimView> | null = null;

  /** `onCompileError` decides how to tell the reader; scans then go on with sourcing only. */
  constructor(
    private readonly engine: MatchEngine<M>,
    private readonly onCompileError: (error: unknown) => void = () => undefined,
  ) {}

  /** The pack set changed: forget the compiled matcher and the claim map. */
  rebuild(active: { packs: ClaimPack[]; ids: string[] }): void {
    this.#active = active;
    this.#matcher = null;
    this.#views = null;
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

  #compiled(): M | null {
    if (this.#matcher || this.#active.packs.length === 0) return this.#matcher;
    try {
      this.#matcher = this.engine.compile(this.#active.packs, this.#active.ids);
    } catch (error) {
      this.onCompileError(error);
      this.#active = { packs: [], ids: [] };
    }
    return this.#matcher;
  }

  scan(request: ScanRequest, confidence: Confidence): ScanReply {
    const texts = request.blocks.map((block) => block.text);
    const sentences = this.engine.scan(texts, this.#compiled(), { confidence });
    const claims: Record<string, ClaimView> = {};
    const include = (id: string) => {
      if (claims[id]) return;
      const view = this.getClaim(id);
      if (view) claims[id] = view;
    };
    for (const sentence of sentences) {
      for (const hit of sentence.claims) {
        include(hit.id);
        for (const related of hit.related ?? []) include(related);
        for (const link of claims[hit.id]?.related ?? []) include(link.claim);
      }
    }
    const sentenceCounts = texts.map((text) => this.engine.countSentences(text));
    return { sentences, claims, sentenceCounts };
  }
}
