/** Prints the demo page's report (the background's TabReport) as readable text. */
import type { TabReport } from '../../src/platform/messages.js';
import { SOURCING_KINDS } from '../../src/core/sourcing-kinds.js';

const quote = (text: string, width = 110) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > width ? `${flat.slice(0, width - 1)}…` : flat}"`;
};

export interface DemoFacts {
  url: string;
  report: TabReport | null;
  badge: string;
  /** Claim ids the popup lists (its `data-claim-id` elements), in order. */
  popupClaims: string[];
  tooltip: { claimId: string; text: string } | null;
  network: { total: number; unexpected: string[] } | null;
}

export function formatReport(facts: DemoFacts): string {
  const lines = [`Sourcelight report for ${facts.url}`];
  const report = facts.report;
  if (!report) return [...lines, '  the background has no report for this tab'].join('\n');
  const ids = [...new Set(report.claims.map((claim) => claim.id))];
  lines.push(`  ${ids.length} claims found in ${report.claims.length} sentences (badge "${facts.badge}")${report.paused ? ', paused on this site' : ''}`);
  for (const claim of report.claims) {
    const sourcing = claim.pageSourcing?.length ? `  page sourcing: ${claim.pageSourcing.join(', ')}` : '';
    lines.push(`  - ${claim.id} [${claim.status}] score ${claim.score.toFixed(2)} ${claim.confidence}${claim.anchored ? '' : ' (not painted)'}${sourcing}`);
    lines.push(`      ${quote(claim.sentence)}`);
  }
  const profile = report.profile;
  const counts = SOURCING_KINDS.map((kind) => `${kind} ${profile.counts[kind] ?? 0}`).join(', ');
  lines.push(`  Sourcing profile: ${profile.attributed} of ${profile.sentences} sentences attributed (${counts}); unnamed share ${(profile.unnamedShare * 100).toFixed(0)}%`);
  for (const signal of profile.signals) lines.push(`    signal: ${signal.name}: ${signal.explanation}`);
  if (report.notice) lines.push(`  Notice: ${report.notice}`);
  lines.push(`  Popup lists ${facts.popupClaims.length} claims: ${facts.popupClaims.join(', ') || '(none)'}`);
  if (facts.tooltip) lines.push(`  Tooltip (hovered first highlight): ${facts.tooltip.claimId}: ${quote(facts.tooltip.text, 160)}`);
  if (facts.network) {
    lines.push(
      facts.network.unexpected.length === 0
        ? `  Network: ${facts.network.total} requests, every one to the demo server on 127.0.0.1`
        : `  Network: ${facts.network.unexpected.length} requests outside the demo server: ${facts.network.unexpected.join(', ')}`,
    );
  }
  return lines.join('\n');
}
