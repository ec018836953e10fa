/**
 * What the whole page tells the tagging of each of its blocks, kept in step with the blocks read
 * so far: the labels that recur (a transcript's speakers, see speaker-labels.ts) and the page's
 * own outlet (core pageOutlet: "records obtained by the Ledger" on the Ledger's page is its own
 * reporting, not relayed). Every scan batch carries both, so a batch without the byline or the
 * other turns is tagged as a scan of the whole page would be.
 */
import { pageOutlet } from '../core/sourcing/page-outlet.js';
import type { ScanRequest } from '../platform/messages.js';
import { SpeakerLabels } from './speaker-labels.js';

export class PageKeys {
  readonly #labels = new SpeakerLabels();
  #outlet: string | null = null;

  /** What a scan of `texts` (some of the page's blocks) needs to know of the page. */
  forBatch(texts: readonly string[]): Pick<ScanRequest, 'speakerLabels' | 'pageOutlet'> {
    return { speakerLabels: this.#labels.keysFor(texts), pageOutlet: this.#outlet };
  }

  /**
   * Reads `texts` (every block of the page, in page order) afresh. Returns which texts may be
   * tagged differently now (their label recurs or no longer does, or they name the outlet found
   * before or now), or null when nothing changed.
   */
  update(texts: readonly string[]): ((text: string) => boolean) | null {
    const relabelled = this.#labels.update(texts);
    const outlet = pageOutlet(texts);
    if (outlet === this.#outlet) return relabelled;
    // Any word of either name: "KVRT" names "kvrt news", "the Courier" names "pellow courier".
    const names = [this.#outlet, outlet].flatMap((name) => name?.split(' ') ?? []);
    this.#outlet = outlet;
    const namesOutlet = (text: string) => {
      const lower = text.toLowerCase();
      return names.some((name) => lower.includes(name));
    };
    return relabelled ? (text) => relabelled(text) || namesOutlet(text) : namesOutlet;
  }
}
