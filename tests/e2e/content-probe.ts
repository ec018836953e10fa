/**
 * Test-only probes into what the content script draws. The tooltip lives in a CLOSED shadow root
 * that page scripts cannot open, so the probe uses the browsers' privileged automation protocols
 * instead: Chromium's DevTools protocol resolves the closed root from its DOM node, Firefox's
 * WebDriver BiDi serialises it with `includeShadowTree: 'all'`. Both then run a function in the
 * page's world with the root as argument: test code sees it, page code never does.
 */
import type { CDPSession, Page as PwPage } from 'playwright';
import type { Page as PpPage } from 'puppeteer-core';
import type { ExtensionBrowser, TestPage } from './harness/browsers.js';

/** A function of the closed shadow root, run in the page; must be self-contained. */
type RootFunction = string;

async function inChromium(page: PwPage, fn: RootFunction, arg: unknown): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const host = await cdp.send('Runtime.evaluate', {
      expression: `[...document.documentElement.children].find((e) => e.localName.startsWith('sourcelight-')) ?? null`,
    });
    if (!host.result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, depth: 0, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiSession {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}

async function inFirefox(page: PpPage, fn: RootFunction, arg: unknown): Promise<unknown> {
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: BidiSession } } } }).browsingContext;
  const session = context.userContext.browser.session;
  const target = { context: context.id };
  const host = await session.send('script.callFunction', {
    functionDeclaration: `() => [...document.documentElement.children].find((e) => e.localName.startsWith('sourcelight-')) ?? null`,
    target,
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const remote = host.result.result as { type: string; handle?: string; value?: { shadowRoot?: { sharedId: string } | null } };
  const shadowId = remote.value?.shadowRoot?.sharedId;
  try {
    if (!shadowId) return null;
    const result = await session.send('script.callFunction', {
      functionDeclaration: `(root, arg) => (${fn})(root, arg)`,
      target,
      arguments: [{ sharedId: shadowId }, arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) }],
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.result.type === 'exception') throw new Error(JSON.stringify(result.result.exceptionDetails));
    const value = result.result.result as { type: string; value?: unknown };
    return value.type === 'string' ? JSON.parse(value.value as string) : null;
  } finally {
    if (remote.handle) await session.send('script.disown', { handles: [remote.handle], target }).catch(() => undefined);
  }
}

/** Runs `fn(closedShadowRoot, arg)` in the page and returns its (JSON) result, or null without a host. */
export async function inClosedRoot<R>(browser: ExtensionBrowser, page: TestPage, fn: RootFunction, arg?: unknown): Promise<R | null> {
  // Firefox passes the argument as JSON text and expects JSON text back, Chromium passes values.
  const wrapped =
    browser.name === 'firefox'
      ? `(root, arg) => Promise.resolve((${fn})(root, arg === undefined ? undefined : JSON.parse(arg))).then((value) => JSON.stringify(value ?? null))`
      : fn;
  const run = browser.name === 'chromium' ? inChromium(page.raw as PwPage, wrapped, arg) : inFirefox(page.raw as PpPage, wrapped, arg);
  return (await run) as R | null;
}

export interface TooltipState {
  open: boolean;
  claimId: string | null;
  text: string;
  /** True when focus is inside the tooltip. */
  focused: boolean;
  live: string;
  rect: { top: number; left: number; bottom: number; right: number; width: number; height: number } | null;
  links: { href: string; rel: string; target: string }[];
  /** Why the sentence matched (inside a closed <details>, so not in \`text\`): fetched when the tooltip opens. */
  reasons: string[];
  style: { display: string; visibility: string; opacity: string; fontSize: string; color: string } | null;
}

const READ_TOOLTIP = `(root) => {
  const dialog = root.querySelector('[role="dialog"]');
  const live = root.querySelector('[role="status"]');
  const style = dialog && getComputedStyle(dialog);
  const rect = dialog && dialog.getBoundingClientRect();
  return {
    open: !!dialog,
    claimId: dialog ? dialog.getAttribute('data-claim-id') : null,
    text: dialog ? dialog.innerText : '',
    focused: !!dialog && !!root.activeElement && dialog.contains(root.activeElement),
    live: live ? live.textContent : '',
    rect: rect ? { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right, width: rect.width, height: rect.height } : null,
    links: dialog ? [...dialog.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), rel: a.rel, target: a.target })) : [],
    reasons: dialog ? [...dialog.querySelectorAll('.sl-reasons li')].map((li) => li.textContent) : [],
    style: style ? { display: style.display, visibility: style.visibility, opacity: style.opacity, fontSize: style.fontSize, color: style.color } : null,
  };
}`;

export async function readTooltip(browser: ExtensionBrowser, page: TestPage): Promise<TooltipState | null> {
  return inClosedRoot<TooltipState>(browser, page, READ_TOOLTIP);
}

/** Polls until `accept` holds for the tooltip state, and returns that state. */
export async function waitForTooltip(
  browser: ExtensionBrowser,
  page: TestPage,
  accept: (state: TooltipState | null) => boolean,
  timeoutMs = 10_000,
): Promise<TooltipState | null> {
  const deadline = Date.now() + timeoutMs;
  let state: TooltipState | null = null;
  while (Date.now() < deadline) {
    state = await readTooltip(browser, page);
    if (accept(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tooltip never reached the expected state; last: ${JSON.stringify(state)}`);
}

/**
 * Runs axe-core on the open tooltip. axe cannot enter a closed shadow root, so the probe gives it
 * a faithful copy: the root's children (style sheet and markup) cloned into an OPEN shadow root on
 * a fixed host at the same place, rendered with the same CSS, while ours is hidden. Returns the
 * violations.
 */
export async function axeTooltip(browser: ExtensionBrowser, page: TestPage, axeSource: string): Promise<{ id: string; nodes: string[] }[]> {
  // Injected once per document: loading axe again over itself breaks its next run.
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await (page.raw as { evaluate(expression: string): Promise<unknown> }).evaluate(axeSource);
  const result = await inClosedRoot<{ id: string; nodes: string[] }[]>(
    browser,
    page,
    `async (root) => {
      const ours = [...document.documentElement.children].find((e) => e.localName.startsWith('sourcelight-'));
      const copy = document.createElement('div');
      copy.id = 'axe-tooltip-copy';
      copy.setAttribute('style', 'position: fixed; top: 0; left: 0; z-index: 2147483647');
      const open = copy.attachShadow({ mode: 'open' });
      for (const child of root.children) open.append(child.cloneNode(true));
      document.documentElement.append(copy);
      const style = ours.getAttribute('style');
      ours.style.setProperty('display', 'none', 'important');
      try {
        const results = await window.axe.run({ include: [{ fromShadowDom: ['#axe-tooltip-copy', '.sl-tooltip'] }] }, { resultTypes: ['violations'] });
        return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 120) + ' ' + n.failureSummary) }));
      } finally {
        copy.remove();
        ours.setAttribute('style', style);
      }
    }`,
  );
  return result ?? [{ id: 'no-tooltip', nodes: [] }];
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
}

/** Chromium's accessibility tree of the page (what a screen reader gets), flattened. */
export async function chromiumAxTree(page: TestPage): Promise<AxNode[]> {
  const raw = page.raw as PwPage;
  const cdp = await raw.context().newCDPSession(raw);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; description?: { value?: string } }[];
    };
    return nodes.map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '' }));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
