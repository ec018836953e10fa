/**
 * Answers the calls the extension makes on this frame (`ContentApi`): only from Sourcelight
 * itself (the sender's extension id, and an extension URL when the browser gives one), only in
 * the expected shapes. Anything else is dropped unanswered, so a page or another extension
 * cannot make Sourcelight show a claim or rescan.
 */
import { HIGHLIGHT_STYLES, type Settings } from '../core/settings.js';
import { isSourcingKind } from '../core/sourcing-kinds.js';
import { browser } from '../platform/browser.js';
import type { Call, ContentApi } from '../platform/messages.js';

export type ContentHandlers = { [K in keyof ContentApi]: (args: Parameters<ContentApi[K]>[0]) => ReturnType<ContentApi[K]> | Promise<ReturnType<ContentApi[K]>> };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnlyKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).every((key) => keys.includes(key));

function isSettings(value: unknown): value is Settings {
  if (!isRecord(value) || !hasOnlyKeys(value, ['confidence', 'highlightStyle', 'paintKinds', 'pausedSites', 'screenReaderMode'])) return false;
  return (
    (value.confidence === 'confident' || value.confidence === 'possible') &&
    (HIGHLIGHT_STYLES as readonly unknown[]).includes(value.highlightStyle) &&
    Array.isArray(value.paintKinds) &&
    value.paintKinds.every(isSourcingKind) &&
    Array.isArray(value.pausedSites) &&
    value.pausedSites.every((site) => typeof site === 'string') &&
    typeof value.screenReaderMode === 'boolean'
  );
}

/** The call a message makes, or null when anything about it is unexpected. */
export function parseContentCall(message: unknown): Call<ContentApi> | null {
  if (!isRecord(message) || !hasOnlyKeys(message, ['type', 'args']) || !isRecord(message.args)) return null;
  const { type, args } = message;
  if (type === 'showClaim' && hasOnlyKeys(args, ['claimId']) && typeof args.claimId === 'string' && args.claimId.length <= 128) {
    return { type, args: { claimId: args.claimId } };
  }
  if (type === 'stepClaim' && hasOnlyKeys(args, ['direction']) && (args.direction === 1 || args.direction === -1)) {
    return { type, args: { direction: args.direction } };
  }
  if (type === 'refresh' && hasOnlyKeys(args, ['settings']) && isSettings(args.settings)) return { type, args: { settings: args.settings } };
  return null;
}

function fromSourcelight(sender: { id?: string; url?: string }): boolean {
  if (sender.id !== browser.runtime.id) return false;
  return sender.url === undefined || sender.url.startsWith(browser.runtime.getURL(''));
}

export function listenForCalls(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string; url?: string }): Promise<unknown> | undefined => {
    if (!fromSourcelight(sender)) return undefined;
    const call = parseContentCall(message);
    if (!call) return undefined;
    const handler = handlers[call.type] as (args: unknown) => unknown;
    return Promise.resolve(handler(call.args));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
