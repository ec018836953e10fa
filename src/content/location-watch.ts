/**
 * Notices single-page navigation (history.pushState/replaceState, back and forward), which a
 * content script cannot hook directly: the page's own history calls run in the page's world.
 * Checks on popstate and twice a second; a change of the hash alone is not a new page.
 */

const CHECK_MS = 500;

export function watchLocation(view: Window, onNavigate: () => void, signal: AbortSignal): void {
  const pageOf = (href: string) => href.split('#')[0];
  let current = pageOf(view.location.href);
  const check = () => {
    const next = pageOf(view.location.href);
    if (next === current) return;
    current = next;
    onNavigate();
  };
  view.addEventListener('popstate', check, { signal });
  const timer = setInterval(check, CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
