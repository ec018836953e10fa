/**
 * The labels that open two or more of the page's blocks (a transcript's speakers), kept in step
 * with the blocks read so far. Every scan batch carries those that open its blocks: a batch
 * alone (the blocks on screen, one turn appended to a live transcript) would not see the other
 * turns, and the background would tag its labels differently from a scan of the whole page.
 */
import { openingLabel, recurringLabels } from '../core/sourcing/label-keys.js';

export class SpeakerLabels {
  #recurring = new Set<string>();

  /** The recurring labels that open any of `texts`: what a scan of those blocks needs to know. */
  keysFor(texts: readonly string[]): string[] {
    // Most pages are no transcript: their texts need not be looked at again.
    if (this.#recurring.size === 0) return [];
    const keys = new Set<string>();
    for (const text of texts) {
      const key = openingLabel(text);
      if (key !== undefined && this.#recurring.has(key)) keys.add(key);
    }
    return [...keys];
  }

  /**
   * Counts the labels of `texts` (every block of the page) afresh. Returns which texts open with
   * a label that now recurs or no longer does (their cues may differ), or null when none changed.
   */
  update(texts: Iterable<string>): ((text: string) => boolean) | null {
    const recurring = recurringLabels(texts);
    const changed = new Set([...recurring].filter((key) => !this.#recurring.has(key)));
    for (const key of this.#recurring) if (!recurring.has(key)) changed.add(key);
    this.#recurring = recurring;
    return changed.size === 0 ? null : (text) => {
      const key = openingLabel(text);
      return key !== undefined && changed.has(key);
    };
  }
}
