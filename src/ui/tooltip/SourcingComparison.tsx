/**
 * How the original reporting sourced the claim next to how this page sources it: the kinds on
 * each side, what the page leaves out, and the page's own words that show its sourcing.
 */
import type { Source } from '../../core/claims/schema.js';
import type { SourcingCue } from '../../core/report.js';
import { SOURCING_KINDS, type SourcingKind } from '../../core/sourcing-kinds.js';
import { t } from '../shared/i18n.js';
import { KindChip } from './KindChip.js';
import { kindLabel } from '../shared/labels.js';

interface Props {
  sources: readonly Source[];
  sentenceCues: readonly SourcingCue[];
  paragraphCues: readonly SourcingCue[];
}

function kindsOf(items: readonly { kind: SourcingKind }[]): SourcingKind[] {
  const present = new Set(items.map((item) => item.kind));
  return SOURCING_KINDS.filter((kind) => present.has(kind));
}

function KindList({ kinds, empty }: { kinds: SourcingKind[]; empty: string }) {
  if (kinds.length === 0) return <p class="sl-meta">{empty}</p>;
  return (
    <ul class="sl-list">
      {kinds.map((kind) => (
        <li key={kind}>
          <KindChip kind={kind} />
        </li>
      ))}
    </ul>
  );
}

export function SourcingComparison({ sources, sentenceCues, paragraphCues }: Props) {
  const original = kindsOf(sources);
  const page = kindsOf([...sentenceCues, ...paragraphCues]);
  const missing = original.filter((kind) => !page.includes(kind));
  const cues = [...sentenceCues, ...paragraphCues];
  return (
    <section class="sl-section" aria-labelledby="sl-compare-title">
      <h3 id="sl-compare-title">{t('tooltipSourcingTitle')}</h3>
      <div class="sl-compare">
        <div>
          <h4>{t('tooltipOriginalSourcing')}</h4>
          <KindList kinds={original} empty={t('tooltipNoOriginalSources')} />
        </div>
        <div>
          <h4>{t('tooltipPageSourcing')}</h4>
          <KindList kinds={page} empty={t('tooltipNoPageSourcing')} />
        </div>
      </div>
      {missing.length > 0 && page.length > 0 && (
        <p class="sl-missing">{t('tooltipPageOmits', missing.map(kindLabel).join(', '))}</p>
      )}
      {cues.length > 0 && (
        <ul class="sl-list" aria-label={t('tooltipPageCues')}>
          {cues.map((cue, index) => (
            <li key={index}>
              <KindChip kind={cue.kind} /> <q class="sl-cue">{cue.cue}</q>
              {paragraphCues.includes(cue) && <span class="sl-meta"> {t('tooltipSameParagraph')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
