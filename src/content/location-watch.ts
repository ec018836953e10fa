/**
 * Notices single-page navigation (history.pushState/replaceState, back and forward), which a
 * content script cannot hook directly: the page's own history calls run in the page's world.
 * The Navigation API's `currententrychange` tells every world of such a change; where it is
 * missing, the location is checked twice a second. A change of the hash alone is not a new page.
 */

const CHECK_MS = 500;
/** The page usually renders its new view right after the change: read it a moment later. */
const SETTLE_MS = 50;

export function watchLocation(view: Window, onNavigate: () => void, signal: AbortSignal): void {
  const pageOf = (href: string) => href.split('#')[0];
  let current = pageOf(view.location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const next = pageOf(view.location.href);
    if (next === current) return;
    current = next;
    clearTimeout(timer);
    timer = setTimeout(() => !signal.aborted && onNavigate(), SETTLE_MS);
  };
  view.addEventListener('popstate', check, { signal });
  const navigation = (view as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const polling = setInterval(check, CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(polling), { once: true });
}
