/**
 * Orders work so the part of the article the reader is looking at comes first. Blocks come in
 * document order, which for an article's flow is top-to-bottom order: the first block on screen
 * is found by bisection, then the following ones while they start above the viewport's bottom.
 * That measures a few dozen elements instead of every block of a long page. (A layout that is
 * not top-to-bottom only makes this a poorer guess; every block is still done.)
 */

/** At most this many blocks are measured after the bisection (a very tall screen, a stray fixed box). */
const MAX_MEASURED = 300;

/** The items on screen, and the others: those below them first, then the rest, each in document order. */
export function splitOnScreen<T>(items: readonly T[], elementOf: (item: T) => Element, viewportHeight: number): { onScreen: T[]; rest: T[] } {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (elementOf(items[middle]!).getBoundingClientRect().bottom < 0) low = middle + 1;
    else high = middle;
  }
  const onScreen: T[] = [];
  const skipped: T[] = [];
  let index = low;
  for (; index < items.length && index - low < MAX_MEASURED; index++) {
    const item = items[index]!;
    const rect = elementOf(item).getBoundingClientRect();
    if (rect.top >= viewportHeight) break;
    (rect.bottom >= 0 && rect.height > 0 ? onScreen : skipped).push(item);
  }
  return { onScreen, rest: [...items.slice(index), ...skipped, ...items.slice(0, low)] };
}
