/**
 * The claim tooltip: statement and status, the original sourcing chain next to how this page
 * sources it, the first report, related claims, and why the sentence matched. A non-modal
 * dialog named by the statement; every pack string renders as text.
 */
import type { Ref } from 'preact';
import type { ClaimRelation } from '../../core/claims/schema.js';
import type { SourcingCue } from '../../core/report.js';
import type { ClaimView, HitSummary } from '../../platform/messages.js';
import { StatusIcon } from '../shared/icons.js';
import { formatPercent, t } from '../shared/i18n.js';
import { statusLabel } from '../shared/labels.js';
import { confidenceLabel, relationLabel } from './labels.js';
import { SourceList } from './SourceList.js';
import { SourcingComparison } from './SourcingComparison.js';

export interface RelatedClaim {
  id: string;
  relation: ClaimRelation | 'competing';
  statement: string | undefined;
}

export interface TooltipData {
  claim: ClaimView;
  hit: HitSummary;
  /** Why the sentence matched (asked of the background when the tooltip opens). */
  reasons: readonly string[];
  sentenceCues: readonly SourcingCue[];
  /** Cues of the other sentences of the paragraph. */
  paragraphCues: readonly SourcingCue[];
  related: readonly RelatedClaim[];
}

interface Props {
  data: TooltipData;
  dialogRef: Ref<HTMLDivElement>;
  onClose: () => void;
}

export function Tooltip({ data, dialogRef, onClose }: Props) {
  const { claim, hit } = data;
  return (
    <div ref={dialogRef} class="sl-tooltip" role="dialog" aria-modal="false" aria-labelledby="sl-title" tabIndex={-1} data-claim-id={claim.id}>
      <div class="sl-head">
        <span class="sl-brand">{t('tooltipBrand')}</span>
        <span class={`sl-status sl-status-${claim.status}`}>
          <StatusIcon status={claim.status} />
          {statusLabel(claim.status)}
        </span>
        <button type="button" class="sl-close" aria-label={t('tooltipClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id="sl-title" class="sl-statement">
        {claim.statement}
      </h2>
      {claim.statusNote && <p class="sl-note">{claim.statusNote}</p>}
      <SourcingComparison sources={claim.sources} sentenceCues={data.sentenceCues} paragraphCues={data.paragraphCues} />
      <SourceList sources={claim.sources} firstReport={claim.firstReport} />
      {data.related.length > 0 && (
        <section class="sl-section" aria-labelledby="sl-related-title">
          <h3 id="sl-related-title">{t('tooltipRelated')}</h3>
          <ul class="sl-list">
            {data.related.map((related) => (
              <li key={related.id}>
                <span class="sl-meta">{related.relation === 'competing' ? t('tooltipCompeting') : relationLabel(related.relation)}: </span>
                {related.statement ?? related.id}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details>
        <summary>{t('tooltipMatch', formatPercent(hit.score), confidenceLabel(hit.confidence))}</summary>
        <ul class="sl-reasons">
          {data.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
        <p class="sl-meta">{t('tooltipPack', claim.packName)}</p>
      </details>
      <p class="sl-hint">{t('tooltipHint')}</p>
    </div>
  );
}
