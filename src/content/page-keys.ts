/**
 * What the whole page tells the tagging of each of its blocks, kept in step with the blocks read
 * so far: the labels that recur (a transcript's speakers, see speaker-labels.ts) and the page's
 * own outlet (core pageOutlet: "records obtained by the Ledger" on the Ledger's page is its own
 * reporting, not relayed). Every scan batch carries both, so a batch without the byline or the
 * other turns is tagged as a scan of the whole page would be.
 */
import { ownNameWords } from '../core/sourcing/own-reporting.js';
import { readPageOutlet } from '../core/sourcing/page-outlet.js';
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
    // Found once, the outlet stays while the page names none: comments or the next story pushing
    // the copyright line out, a header re-rendered away. Another outlet, or two, replace it.
    const read = readPageOutlet(texts);
    const outlet = read.named ? read.outlet : this.#outlet;
    if (outlet === this.#outlet) return relabelled;
    // Texts holding a whole word by which either outlet is named ("KVRT" or "News" for "kvrt news 4").
    // Worked out at the first text asked about: a page's first read has none to ask about (nothing
    // scanned yet), and its Unicode patterns would compile for nothing.
    const outlets = [this.#outlet, outlet];
    this.#outlet = outlet;
    let pieces: string[] | undefined;
    const namesOutlet = (text: string) => {
      pieces ??= outlets.flatMap((name) => (name ? ownNameWords(name) : [])).map(lastPiece);
      const textPieces = new Set(text.toLowerCase().split(NOT_WORD));
      return pieces.some((piece) => textPieces.has(piece));
    };
    return relabelled ? (text) => relabelled(text) || namesOutlet(text) : namesOutlet;
  }
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** "ledger" of "courier-ledger": what a text split into plain words holds of a name's word. */
function lastPiece(word: string): string {
  return word.split(NOT_WORD).filter((piece) => piece !== '').pop() ?? word;
}
