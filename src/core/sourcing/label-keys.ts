/**
 * The labels that open a document's blocks ("PEREZ:", "Host:"), keyed as the tagger reads them
 * (see labelKey in labels.ts). A label that opens two or more blocks is a transcript's speaker.
 * Kept apart from the tagger so the content script can tell which labels recur across the whole
 * page and send them with every scan batch: a batch alone (the blocks on screen, one appended
 * turn) would not see the other turns.
 */

/** A label's colon ends this close to the start of its first word (in characters). */
export const LABEL_REACH = 48;
/** ... and so this close to where its block's label starts (after a time stamp, a bullet and spaces); no key is longer. */
export const LABEL_KEY_REACH = LABEL_REACH + 8;

/**
 * What may stand before a block's label and is no part of it, as labelStart (labels.ts) skips
 * it: a show's time stamp ("04:12 —", "1:02:33", "10:32am") and a bullet ("- Ruiz:", "• RUIZ:").
 */
const LABEL_LEAD = /^\s*(?:\d\w*(?:\s*:\s*\d\w*){1,3}\s*)?[\s\-\u2013\u2014\u2022*\u00b7]*/;

/** A label's words as a key: case and runs of white space (no-break spaces too) aside. */
export function labelKeyOf(words: string): string {
  return words.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The key of the label that may open `block` (the words before an early colon), or undefined. */
export function openingLabel(block: string): string | undefined {
  // Looked for only where a label's colon may be, by the engine's own search (the content script
  // counts a page's blocks on every re-read, in code not yet optimised): the last colon within
  // reach first, then the first of all, which lies at or before it.
  if (block.lastIndexOf(':', LABEL_KEY_REACH) < 0) return undefined;
  const from = LABEL_LEAD.exec(block)![0].length;
  const colon = block.indexOf(':', from);
  if (colon < 0 || colon - from > LABEL_KEY_REACH) return undefined;
  const key = labelKeyOf(block.slice(from, colon));
  return key === '' ? undefined : key;
}

/** Label keys that open two or more blocks: the speakers of a transcript. */
export function recurringLabels(blocks: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const recurring = new Set<string>();
  for (const block of blocks) {
    const key = openingLabel(block);
    if (key === undefined) continue;
    if (seen.has(key)) recurring.add(key);
    else seen.add(key);
  }
  return recurring;
}
