/**
 * What the popup says when there is nothing to list, always with what was looked for, so
 * "nothing found" can be told apart from "not checked".
 */
import type { Settings } from '../../core/settings.js';
import type { PackInfo, TabReport } from '../../platform/messages.js';
import { formatNumber, t, tCount } from '../shared/i18n.js';

export function NoClaimsFound({ report, packs, settings }: { report: TabReport; packs: PackInfo[]; settings: Settings }) {
  const enabled = packs.filter((pack) => pack.enabled && !pack.problem);
  const claimCount = enabled.reduce((sum, pack) => sum + pack.claimCount, 0);
  return (
    <section class="empty-state" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popup_noClaimsHeading')}</h2>
      {enabled.length === 0 ? (
        <p>{t('popup_allPacksOff')}</p>
      ) : (
        <p>
          {tCount('popup_lookedForClaims', claimCount, tCount('popup_packCount', enabled.length))}{' '}
          <span class="pack-names">{enabled.map((pack) => pack.name).join(' · ')}</span>
        </p>
      )}
      <p>{report.profile.sentences > 0 ? t('popup_sourcingChecked', formatNumber(report.profile.sentences)) : t('popup_noTextRead')}</p>
      {settings.confidence === 'confident' ? <p class="sl-help">{t('popup_possibleHidden')}</p> : null}
    </section>
  );
}

export function NotRead() {
  return (
    <section class="empty-state" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popup_notReadHeading')}</h2>
      <p>{t('popup_notReadBody')}</p>
    </section>
  );
}

export function PausedHere({ host, onResume }: { host: string; onResume: () => void }) {
  return (
    <section class="empty-state" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popup_pausedHeading', host)}</h2>
      <p>{t('popup_pausedBody')}</p>
      <button type="button" class="sl-button" onClick={onResume}>
        {t('popup_resume', host)}
      </button>
    </section>
  );
}
