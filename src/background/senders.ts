/**
 * Who sent a runtime message, decided from what the browser itself fills in (`sender`), never
 * from the message. Content scripts may only make the calls a page scan needs; everything that
 * reads reports or changes settings and packs is for the extension's own pages, which in turn
 * have no frame to scan or report.
 */
import type { BackgroundApi } from '../platform/messages.js';

/** The part of `runtime.MessageSender` the checks use (structural, so tests can build one). */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderInfo =
  | { kind: 'content'; tabId: number; frameId: number; url: string }
  | { kind: 'extension-page'; url: string };

export interface Self {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('')` without the trailing slash, e.g. `chrome-extension://abc`. */
  origin: string;
}

/** Frame URLs a content script can run in (`match_origin_as_fallback` adds about:, blob:, data:). */
const CONTENT_PROTOCOLS = new Set(['http:', 'https:', 'about:', 'blob:', 'data:']);

/** Which senders may make each call: content scripts only what a page scan needs. */
export const ACCESS: Readonly<Record<keyof BackgroundApi, 'content' | 'page' | 'both'>> = {
  scan: 'content',
  explainHit: 'content',
  reportFrame: 'content',
  getSettings: 'both',
  getTabReport: 'page',
  updateSettings: 'page',
  listPacks: 'page',
  importPack: 'page',
  setPackEnabled: 'page',
  removePack: 'page',
  getNotices: 'page',
  dismissNotice: 'page',
};

function protocolOf(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

export function classifySender(sender: MessageSender, self: Self): SenderInfo | null {
  if (sender.id !== self.id || typeof sender.url !== 'string') return null;
  const ownPage = sender.url.startsWith(`${self.origin}/`);
  if (ownPage) {
    // An extension page shown in a tab has `sender.tab`; its URL, when the browser reveals it,
    // must be one of ours too (our pages are not web-accessible, so none can be framed by a site).
    const tabUrl = sender.tab?.url;
    if (tabUrl !== undefined && !tabUrl.startsWith(`${self.origin}/`)) return null;
    return { kind: 'extension-page', url: sender.url };
  }
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || typeof sender.frameId !== 'number' || sender.frameId < 0) return null;
  const protocol = protocolOf(sender.url);
  if (protocol === null || !CONTENT_PROTOCOLS.has(protocol)) return null;
  return { kind: 'content', tabId, frameId: sender.frameId, url: sender.url };
}

export function mayCall(sender: SenderInfo, type: keyof BackgroundApi): boolean {
  const access = ACCESS[type];
  return access === 'both' || (access === 'content') === (sender.kind === 'content');
}

/**
 * The browser does not update `sender.url` on same-document navigation (pushState), so the
 * frame's own URL is taken when it has the sender's origin: a page gains nothing by naming
 * another address of its own origin, and cannot name another origin.
 */
export function frameUrl(reported: string, sender: string): string {
  try {
    return new URL(reported).origin === new URL(sender).origin && new URL(sender).origin !== 'null' ? reported : sender;
  } catch {
    return sender;
  }
}
