/**
 * The installed claim packs, the bundled one included: metadata, claim count, an on/off switch
 * and, for imported packs, removal behind an explicit confirmation. Pack text is untrusted and
 * only ever rendered as text; the homepage becomes a link only when it is http(s).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackInfo } from '../../platform/messages.js';
import { ExternalLink, Switch } from '../shared/controls.js';
import { formatIsoDate, formatNumber, t, tCount } from '../shared/i18n.js';

interface PackActions {
  setEnabled: (pack: PackInfo, enabled: boolean) => void;
  remove: (pack: PackInfo) => void;
}

function ConfirmRemoval({ pack, onConfirm, onCancel }: { pack: PackInfo; onConfirm: () => void; onCancel: () => void }) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={t('options_removeConfirmLabel', pack.name)}>
      <p>{tCount('options_removeConfirm', pack.claimCount, pack.name)}</p>
      <button type="button" class="sl-button danger" ref={confirmRef} onClick={onConfirm} data-testid="confirm-remove">
        {t('options_removeYes')}
      </button>{' '}
      <button type="button" class="sl-button" onClick={onCancel}>
        {t('options_cancel')}
      </button>
    </div>
  );
}

function PackCard({ pack, actions }: { pack: PackInfo; actions: PackActions }) {
  const [confirming, setConfirming] = useState(false);
  const headingId = `pack-${pack.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li class={`pack${pack.enabled ? '' : ' pack-off'}`} data-pack-id={pack.id} aria-labelledby={headingId}>
      <div class="pack-head">
        <h3 id={headingId}>{pack.name}</h3>
        <span class="pack-origin">{pack.bundled ? t('options_bundled') : t('options_imported')}</span>
      </div>
      {pack.problem ? (
        <p class="error" role="note">
          {pack.problem}
        </p>
      ) : (
        <dl class="pack-meta">
          <div>
            <dt>{t('options_claims')}</dt>
            <dd data-testid="claim-count">{formatNumber(pack.claimCount)}</dd>
          </div>
          <div>
            <dt>{t('options_publisher')}</dt>
            <dd>{pack.publisher}</dd>
          </div>
          <div>
            <dt>{t('options_version')}</dt>
            <dd>{pack.version}</dd>
          </div>
          <div>
            <dt>{t('options_updated')}</dt>
            <dd>{formatIsoDate(pack.updated)}</dd>
          </div>
          <div>
            <dt>{t('options_license')}</dt>
            <dd>{pack.license}</dd>
          </div>
          {pack.homepage ? (
            <div>
              <dt>{t('options_homepage')}</dt>
              <dd>
                <ExternalLink href={pack.homepage}>{pack.homepage}</ExternalLink>
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      {pack.description ? <p class="pack-description">{pack.description}</p> : null}
      <div class="pack-actions">
        <Switch checked={pack.enabled} disabled={Boolean(pack.problem)} onChange={(on) => actions.setEnabled(pack, on)} testId="pack-enabled">
          {t('options_usepack', pack.name)}
        </Switch>
        {pack.bundled || confirming ? null : (
          <button type="button" class="sl-button" onClick={() => setConfirming(true)} data-testid="remove-pack">
            {t('options_remove')}
          </button>
        )}
      </div>
      {confirming ? <ConfirmRemoval pack={pack} onConfirm={() => actions.remove(pack)} onCancel={() => setConfirming(false)} /> : null}
    </li>
  );
}

export function PackList({ packs, actions }: { packs: PackInfo[]; actions: PackActions }) {
  if (packs.length === 0) return <p>{t('options_noPacks')}</p>;
  return (
    <ul class="pack-list">
      {packs.map((pack) => (
        <PackCard key={pack.id} pack={pack} actions={actions} />
      ))}
    </ul>
  );
}
