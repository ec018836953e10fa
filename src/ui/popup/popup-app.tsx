/**
 * The toolbar popup (also `popup.html?tab=ID` in a full tab): the claims found on the tab, the
 * article's sourcing profile with the cue switches, and the settings a reader changes while
 * reading (match confidence, pausing the site). It re-reads the report whenever the background
 * updates it, so it fills in as the page finishes scanning.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Confidence } from '../../core/report.js';
import type { Settings } from '../../core/settings.js';
import type { FoundClaim, PackInfo, TabReport } from '../../platform/messages.js';
import type { Connector } from '../shared/connector.js';
import { RadioGroup, Switch } from '../shared/controls.js';
import { t } from '../shared/i18n.js';
import { ClaimList } from './claim-list.js';
import { NoClaimsFound, NotRead, PausedHere } from './empty-state.js';
import { SourcingPanel } from './sourcing-panel.js';

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function Popup({ connector, tabId }: { connector: Connector; tabId: number | null }) {
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<PackInfo[]>([]);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      const [nextReport, nextSettings, nextPacks] = await Promise.all([
        tabId === null ? Promise.resolve(null) : connector.getTabReport(tabId),
        connector.getSettings(),
        connector.listPacks(),
      ]);
      setReport(nextReport);
      setSettings(nextSettings);
      setPacks(nextPacks);
    } catch (failure) {
      setError(t('popup_loadFailed', String((failure as Error)?.message ?? failure)));
      setReport((current) => current ?? null);
    }
  }, [connector, tabId]);

  useEffect(() => {
    void load();
    return tabId === null ? undefined : connector.watchTabReport(tabId, () => void load());
  }, [connector, tabId, load]);

  const update = async (patch: Partial<Settings>) => {
    setError('');
    try {
      setSettings(await connector.updateSettings(patch));
    } catch (failure) {
      setError(String((failure as Error)?.message ?? failure));
    }
  };

  if (report === undefined || settings === null) {
    return <p class="loading">{t('popup_loading')}</p>;
  }

  const host = report ? hostOf(report.url) : null;
  const paused = host !== null && settings.pausedSites.includes(host);
  const setPaused = (on: boolean) => {
    if (host === null) return;
    void update({ pausedSites: on ? [...settings.pausedSites, host] : settings.pausedSites.filter((site) => site !== host) });
  };
  const showClaim = (found: FoundClaim) => (tabId === null ? Promise.resolve(false) : connector.showClaim(tabId, found.frameId ?? 0, found.id));

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {host ? <p class="site">{host}</p> : null}
      </header>
      {report?.notice ? (
        <div class="notice" role="status" data-testid="notice">
          <p>{report.notice}</p>
          <button type="button" class="sl-link-button" onClick={() => void connector.openOptions()}>
            {t('popup_noticeDetails')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {!report ? (
        <NotRead />
      ) : paused && host ? (
        <PausedHere host={host} onResume={() => setPaused(false)} />
      ) : report.claims.length > 0 ? (
        <ClaimList claims={report.claims} views={report.claimViews} showClaim={showClaim} />
      ) : (
        <NoClaimsFound report={report} packs={packs} settings={settings} />
      )}
      {report && !paused ? <SourcingPanel profile={report.profile} paintKinds={settings.paintKinds} onPaintChange={(paintKinds) => void update({ paintKinds })} /> : null}
      <section aria-labelledby="settings-heading" class="popup-settings">
        <h2 id="settings-heading">{t('popup_settingsHeading')}</h2>
        <RadioGroup<Confidence>
          name="confidence"
          legend={t('settings_confidenceLegend')}
          value={settings.confidence}
          onChange={(confidence) => void update({ confidence })}
          choices={[
            { value: 'confident', label: t('settings_confidentOnly') },
            { value: 'possible', label: t('settings_alsoPossible'), help: t('settings_alsoPossibleHelp') },
          ]}
        />
        {host ? (
          <Switch checked={paused} onChange={setPaused} testId="pause-site">
            {t('popup_pauseSite', host)}
          </Switch>
        ) : null}
        <button type="button" class="sl-link-button" onClick={() => void connector.openOptions()}>
          {t('popup_openOptions')}
        </button>
      </section>
    </main>
  );
}
