/** The original reporting's sourcing chain: each source with its kind, who, outlet, date and quote. */
import type { FirstReport, Source } from '../../core/claims/schema.js';
import { formatIsoDate, t } from '../shared/i18n.js';
import { ExternalLink } from './ExternalLink.js';
import { KindChip } from './KindChip.js';

function SourceItem({ source }: { source: Source }) {
  const where = [source.outlet, source.date && formatIsoDate(source.date)].filter(Boolean).join(', ');
  return (
    <li>
      <KindChip kind={source.kind} /> <span class="sl-who">{source.who}</span>
      {where && <span class="sl-meta"> · {source.url ? <ExternalLink href={source.url}>{where}</ExternalLink> : where}</span>}
      {source.quote && <q class="sl-quote">{source.quote}</q>}
    </li>
  );
}

export function SourceList({ sources, firstReport }: { sources: readonly Source[]; firstReport: FirstReport | undefined }) {
  return (
    <section class="sl-section" aria-labelledby="sl-chain-title">
      <h3 id="sl-chain-title">{t('tooltipSourcingChain')}</h3>
      {sources.length > 0 ? (
        <ul class="sl-list">
          {sources.map((source, index) => (
            <SourceItem key={index} source={source} />
          ))}
        </ul>
      ) : (
        <p class="sl-meta">{t('tooltipNoOriginalSources')}</p>
      )}
      {firstReport && (
        <p class="sl-meta">
          {t('tooltipFirstReport', firstReport.outlet, formatIsoDate(firstReport.date))}
          {firstReport.url && (
            <>
              {' '}
              <ExternalLink href={firstReport.url}>{t('tooltipOpenReport')}</ExternalLink>
            </>
          )}
        </p>
      )}
    </section>
  );
}
