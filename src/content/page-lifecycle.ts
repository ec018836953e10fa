/**
 * The document's life as Sourcelight follows it: an id of its own for every report (so the
 * background tells a reload from a rescan, and drops a late report of the previous page), the
 * moment it goes away for good, and its return from the back-forward cache. Only the browser's
 * own lifecycle events count: a page can dispatch fake ones.
 */

/**
 * A random id for this document. Not `crypto.randomUUID()`: that exists in secure contexts
 * only, and many news pages are still served over http.
 */
export function randomDocumentId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface LifecycleHandlers {
  /** The document is unloading (not kept in the back-forward cache). */
  leaving: () => void;
  /** The document came back from the back-forward cache. */
  restored: () => void;
}

export function watchLifecycle(view: Window, handlers: LifecycleHandlers, signal: AbortSignal): void {
  // A pageshow listener only while the page is in the cache: pages that never go there get none.
  const restore = (event: PageTransitionEvent) => {
    if (!event.isTrusted) return;
    view.removeEventListener('pageshow', restore);
    if (event.persisted) handlers.restored();
  };
  view.addEventListener(
    'pagehide',
    (event) => {
      if (!event.isTrusted) return;
      if (event.persisted) view.addEventListener('pageshow', restore, { signal });
      else handlers.leaving();
    },
    { signal },
  );
}
