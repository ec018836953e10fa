/**
 * Builds the tab report the popup shows from the frames' reports. Claims are re-read from the
 * background's own database: a frame can only name claim ids, never supply what a claim says,
 * and claims of a pack that was removed or disabled drop out at once.
 */
import type { SourcingProfile } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import { SOURCING_KINDS, type SourcingKind } from '../core/sourcing-kinds.js';
import type { ClaimView, FoundClaim, TabReport } from '../platform/messages.js';
import { hostnameOf, type TabRecord } from './tab-record.js';

export interface ReportContext {
  settings: Settings;
  getClaim: (id: string) => ClaimView | undefined;
  notice?: string;
}

export function emptyProfile(): SourcingProfile {
  const counts = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, 0])) as Record<SourcingKind, number>;
  return { sentences: 0, attributed: 0, counts, unnamedShare: 0, signals: [] };
}

/** Sums the frames' profiles; the unnamed share is weighted by each frame's attributed sentences. */
export function mergeProfiles(profiles: readonly SourcingProfile[]): SourcingProfile {
  const merged = emptyProfile();
  let unnamed = 0;
  const signalNames = new Set<string>();
  for (const profile of profiles) {
    merged.sentences += profile.sentences;
    merged.attributed += profile.attributed;
    unnamed += profile.unnamedShare * profile.attributed;
    for (const kind of SOURCING_KINDS) merged.counts[kind] += profile.counts[kind];
    for (const signal of profile.signals) {
      if (signalNames.has(signal.name)) continue;
      signalNames.add(signal.name);
      merged.signals.push(signal);
    }
  }
  merged.unnamedShare = merged.attributed > 0 ? Math.min(1, unnamed / merged.attributed) : 0;
  return merged;
}

export function isPaused(settings: Settings, url: string): boolean {
  const host = hostnameOf(url);
  return host !== null && settings.pausedSites.includes(host);
}

export function buildTabReport(tabId: number, record: TabRecord, context: ReportContext): TabReport {
  // The top frame first (it is usually the article), then subframes in the order they reported.
  const frames = Object.entries(record.frames).sort(([a], [b]) => (a === '0' ? -1 : b === '0' ? 1 : 0));
  const claims = new Map<string, FoundClaim>();
  const claimViews: Record<string, ClaimView> = {};
  for (const [frameId, frame] of frames) {
    for (const found of frame.claims) {
      if (found.confidence === 'possible' && context.settings.confidence === 'confident') continue;
      const view = context.getClaim(found.id);
      if (!view) continue;
      claimViews[found.id] = view;
      const candidate: FoundClaim = { ...found, statement: view.statement, status: view.status, frameId: Number(frameId) };
      const existing = claims.get(found.id);
      claims.set(found.id, existing ? preferred(existing, candidate) : candidate);
    }
  }
  const report: TabReport = {
    tabId,
    url: record.url,
    paused: isPaused(context.settings, record.url),
    claims: [...claims.values()],
    claimViews,
    profile: mergeProfiles(frames.map(([, frame]) => frame.profile)),
  };
  if (context.notice) report.notice = context.notice;
  return report;
}

/** One entry per claim: a painted sentence beats an unpainted one, then a confident match, then the score. */
function preferred(a: FoundClaim, b: FoundClaim): FoundClaim {
  if (a.anchored !== b.anchored) return a.anchored ? a : b;
  if (a.confidence !== b.confidence) return a.confidence === 'confident' ? a : b;
  return b.score > a.score ? b : a;
}
