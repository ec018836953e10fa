/**
 * The claims found on the tab. Each entry is a button carrying `data-claim-id` (a contract
 * other checks rely on); choosing it asks the page to scroll to the sentence and open its
 * tooltip. Possible matches and claims not shown on the page say so in words, not only in style.
 */
import { useState } from 'preact/hooks';
import type { SourcingKind } from '../../core/sourcing-kinds.js';
import type { ClaimView, FoundClaim } from '../../platform/messages.js';
import { FlagChip, KindChip, StatusChip } from '../shared/chips.js';
import { formatIsoDate, t, tCount } from '../shared/i18n.js';

function kindCounts(kinds: readonly SourcingKind[]): [SourcingKind, number][] {
  const counts = new Map<SourcingKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts];
}

function ClaimEntry({ found, view, onChoose }: { found: FoundClaim; view: ClaimView | undefined; onChoose: (found: FoundClaim) => void }) {
  const original = kindCounts(view?.sources.map((source) => source.kind) ?? []);
  const onPage = kindCounts(found.pageSourcing ?? []);
  return (
    <li>
      <button
        type="button"
        class={`claim claim-${found.confidence}${found.anchored ? '' : ' claim-unanchored'}`}
        data-claim-id={found.id}
        onClick={() => onChoose(found)}
      >
        <span class="claim-statement">{found.statement}</span>
        <span class="chip-row">
          <StatusChip status={found.status} />
          {found.confidence === 'possible' ? <FlagChip variant="possible" label={t('popup_possibleMatch')} /> : null}
          {found.anchored ? null : <FlagChip variant="unanchored" label={t('popup_notShown')} />}
        </span>
        {original.length > 0 ? (
          <span class="chip-row">
            <span class="chip-caption">{t('popup_originalSourcing')}</span>
            {original.map(([kind, count]) => (
              <KindChip key={kind} kind={kind} count={count} />
            ))}
          </span>
        ) : null}
        {onPage.length > 0 ? (
          <span class="chip-row">
            <span class="chip-caption">{t('popup_pageSourcing')}</span>
            {onPage.map(([kind]) => (
              <KindChip key={kind} kind={kind} />
            ))}
          </span>
        ) : null}
        {view?.firstReport ? (
          <span class="claim-meta">{t('popup_firstReport', view.firstReport.outlet, formatIsoDate(view.firstReport.date))}</span>
        ) : null}
      </button>
    </li>
  );
}

export function ClaimList(props: { claims: FoundClaim[]; views: Record<string, ClaimView>; showClaim: (found: FoundClaim) => Promise<boolean> }) {
  const [status, setStatus] = useState('');
  // Confident matches first, each group in page order.
  const ordered = [...props.claims.filter((c) => c.confidence === 'confident'), ...props.claims.filter((c) => c.confidence !== 'confident')];
  const choose = async (found: FoundClaim) => {
    setStatus('');
    const shown = await props.showClaim(found);
    setStatus(shown ? t('popup_shownOnPage') : t('popup_cannotShow'));
  };
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{tCount('popup_claimsHeading', props.claims.length)}</h2>
      <ul class="claim-list">
        {ordered.map((found) => (
          <ClaimEntry key={found.id} found={found} view={props.views[found.id]} onChoose={(f) => void choose(f)} />
        ))}
      </ul>
      <p class="status-line" role="status">
        {status}
      </p>
    </section>
  );
}
