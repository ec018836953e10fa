/**
 * Screen-reader mode (off by default): gives each paragraph that states a claim an
 * `aria-description` naming the claim and its status, so a screen reader reading the page
 * hears it there. The attribute changes neither the page's text nor its layout; it is the
 * only change Sourcelight makes to the page's own elements, and it is undone on teardown
 * (a page's own description is kept and restored).
 */

const ATTRIBUTE = 'aria-description';

export class ScreenReaderMarks {
  /** Each marked element and the description it had before, if any. */
  private readonly marked = new Map<Element, { previous: string | null; ours: string[] }>();

  mark(element: Element, description: string): void {
    let entry = this.marked.get(element);
    if (!entry) {
      entry = { previous: element.getAttribute(ATTRIBUTE), ours: [] };
      this.marked.set(element, entry);
    }
    if (entry.ours.includes(description)) return;
    entry.ours.push(description);
    element.setAttribute(ATTRIBUTE, [entry.previous, ...entry.ours].filter(Boolean).join(' '));
  }

  unmark(element: Element): void {
    const entry = this.marked.get(element);
    if (!entry) return;
    this.marked.delete(element);
    if (entry.previous === null) element.removeAttribute(ATTRIBUTE);
    else element.setAttribute(ATTRIBUTE, entry.previous);
  }

  clear(): void {
    for (const element of [...this.marked.keys()]) this.unmark(element);
  }
}
