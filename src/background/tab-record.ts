/**
 * What the background remembers about a tab: the latest report of each frame that has a content
 * script, and how to tell a new page from a rescan of the same one. Pure, so the navigation
 * rules are unit-tested directly.
 */
import type { SourcingProfile } from '../core/report.js';
import type { FoundClaim } from '../platform/messages.js';

/** What is kept of a frame's report: its claims and its profile, not its sentences (small). */
export interface FrameSummary {
  generation: number;
  claims: FoundClaim[];
  profile: SourcingProfile;
  /** The reporting document's random id, when the content script sends one. */
  document?: string;
}

export interface FrameRecord extends FrameSummary {
  /** The frame's URL: the browser's `sender.url`, or the report's own within the same origin. */
  url: string;
  receivedAt: number;
}

export interface TabRecord {
  /** URL of the top frame's document; empty until the top frame has reported. */
  url: string;
  topGeneration: number;
  /** Time of the first navigation signal (`tabs.onUpdated` "loading") since the top frame last reported. */
  navigationStartedAt?: number;
  frames: Record<string, FrameRecord>;
}

/** Frames kept per tab (pages with hundreds of ad frames must not grow session storage unboundedly). */
export const MAX_FRAMES = 64;

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * A top-frame report starts a new page when its URL differs (ignoring the fragment), when it
 * comes from another document, or (for content scripts that send no document id) when its
 * generation does not grow: each document counts generations from 1 and only upwards. Subframe
 * reports that arrived after the navigation began belong to the new page and are kept.
 */
export function applyFrameReport(previous: TabRecord | null, frameId: number, url: string, report: FrameSummary, now: number): TabRecord {
  const frame: FrameRecord = { ...report, url, receivedAt: now };
  if (frameId !== 0) {
    const base = previous ?? { url: '', topGeneration: 0, frames: {} };
    const frames = { ...base.frames, [frameId]: frame };
    return { ...base, frames: trimFrames(frames) };
  }
  const top = previous?.frames['0'];
  const sameDocument = top?.document !== undefined || report.document !== undefined ? top?.document === report.document : report.generation > (previous?.topGeneration ?? 0);
  const samePage = previous !== null && previous.url !== '' && withoutHash(previous.url) === withoutHash(url) && sameDocument;
  if (samePage) return { ...previous, url, topGeneration: report.generation, frames: { ...previous.frames, 0: frame }, navigationStartedAt: undefined };
  const since = previous?.url === '' ? -Infinity : previous?.navigationStartedAt;
  const kept: Record<string, FrameRecord> = {};
  if (previous && since !== undefined) {
    for (const [id, record] of Object.entries(previous.frames)) if (id !== '0' && record.receivedAt >= since) kept[id] = record;
  }
  return { url, topGeneration: report.generation, frames: { ...kept, 0: frame } };
}

/**
 * A document going away drops what it reported, but only if it is still the one on record: its
 * last message can arrive after the next document's first. Without a document id nothing can
 * be told apart, so nothing is dropped. Null when the tab has nothing left to show.
 */
export function applyFrameLeaving(previous: TabRecord | null, frameId: number, document: string | undefined): TabRecord | null {
  const current = previous?.frames[frameId];
  if (!previous || document === undefined || current?.document !== document) return previous;
  if (frameId === 0) return null;
  const frames = { ...previous.frames };
  delete frames[frameId];
  return { ...previous, frames };
}

/** Notes that the tab started loading something (top frame or subframe: the API cannot tell). */
export function markNavigation(previous: TabRecord, now: number): TabRecord {
  return previous.navigationStartedAt === undefined ? { ...previous, navigationStartedAt: now } : previous;
}

function trimFrames(frames: Record<string, FrameRecord>): Record<string, FrameRecord> {
  const entries = Object.entries(frames);
  if (entries.length <= MAX_FRAMES) return frames;
  // Keep the top frame and the most recent subframe reports.
  const top = entries.filter(([id]) => id === '0');
  const rest = entries.filter(([id]) => id !== '0').sort((a, b) => b[1].receivedAt - a[1].receivedAt);
  return Object.fromEntries([...top, ...rest.slice(0, MAX_FRAMES - top.length)]);
}

export function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
