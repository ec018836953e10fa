/**
 * Renders Preact components into a linkedom document under Node, so the popup and options
 * page can be tested with the mock connector and no browser.
 */
import { parseHTML } from 'linkedom';
import { render, type VNode } from 'preact';
import { readFileSync } from 'node:fs';
import { catalogueLookup, configureI18n } from '../../../src/ui/shared/i18n.js';

export function setupDom(): { document: Document; root: HTMLElement } {
  const { window, document } = parseHTML('<!doctype html><html lang="en"><head></head><body><div id="app"></div></body></html>');
  const scope = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'SVGElement']) {
    scope[key] = (window as unknown as Record<string, unknown>)[key];
  }
  const catalogue = JSON.parse(readFileSync(new URL('../../../extension/_locales/en/messages.json', import.meta.url), 'utf8'));
  configureI18n({ lookup: catalogueLookup(catalogue), locale: 'en' });
  return { document: document as unknown as Document, root: document.getElementById('app') as unknown as HTMLElement };
}

/** Renders into a fresh tree (state from an earlier test does not carry over). */
export function mount(vnode: VNode, root: HTMLElement): void {
  render(null, root);
  render(vnode, root);
}

/**
 * Lets effects, promises and re-renders run. Without requestAnimationFrame (Node), Preact runs
 * effects from a 100 ms fallback timer, so this waits past it.
 */
export async function settle(ms = 150): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  element.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
}
