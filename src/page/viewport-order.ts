/**
 * Orders work so the part of the article the reader is looking at comes first: blocks on
 * screen, then the ones nearest to it, the rest by distance. Measures each block element once.
 */

export function byViewportDistance<T extends { element: Element }>(items: readonly T[], viewportHeight: number): T[] {
  const measured = new Map<Element, number>();
  const distance = (element: Element): number => {
    let value = measured.get(element);
    if (value === undefined) {
      const rect = element.getBoundingClientRect();
      value = rect.bottom < 0 ? -rect.bottom : rect.top > viewportHeight ? rect.top - viewportHeight : 0;
      if (rect.width === 0 && rect.height === 0) value = Number.MAX_SAFE_INTEGER;
      measured.set(element, value);
    }
    return value;
  };
  return items
    .map((item, index) => ({ item, index, distance: distance(item.element) }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ item }) => item);
}
