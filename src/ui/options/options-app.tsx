/**
 * The options page: things that went wrong, installed packs with import, settings and paused
 * sites. It holds what the background last answered and re-renders from each answer, so the page
 * always shows what is stored, not what was attempted.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings.js';
import type { Notice, PackInfo } from '../../platform/messages.js';
import type { Connector } from '../shared/connector.js';
import { t } from '../shared/i18n.js';
import { ImportPanel } from './import-panel.js';
import { PackList } from './pack-list.js';
import { PausedSites, SettingsForm } from './settings-form.js';

function message(failure: unknown): string {
  return String((failure as Error)?.message ?? failure);
}

export function OptionsApp({ connector }: { connector: Connector }) {
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const packsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    Promise.all([connector.listPacks(), connector.getSettings(), connector.getNotices()]).then(
      ([nextPacks, nextSettings, nextNotices]) => {
        setPacks(nextPacks);
        setSettings(nextSettings);
        setNotices(nextNotices);
      },
      (failure: unknown) => setError(t('options_loadFailed', message(failure))),
    );
  }, [connector]);

  /** Runs a change; the status line says it was saved or the error line says why not. */
  const act = async <T,>(run: () => Promise<T>, apply: (value: T) => void, done: string) => {
    setError('');
    setStatus('');
    try {
      apply(await run());
      setStatus(done);
      setNotices(await connector.getNotices());
    } catch (failure) {
      setError(message(failure));
    }
  };

  const update = (patch: Partial<Settings>) => void act(() => connector.updateSettings(patch), setSettings, t('options_saved'));

  if (!packs || !settings) {
    return <main class="options">{error ? <p class="error" role="alert">{error}</p> : <p>{t('popup_loading')}</p>}</main>;
  }

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="sl-help">{t('options_intro')}</p>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading" class="notices">
          <h2 id="notices-heading">{t('options_noticesHeading')}</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice.id} class="notice">
                <span>{notice.message}</span>{' '}
                <button type="button" class="sl-button" onClick={() => void act(() => connector.dismissNotice(notice.id), setNotices, '')}>
                  {t('options_dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="status-line" role="status">
        {status}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading" ref={packsHeading} tabIndex={-1}>
          {t('options_packsHeading')}
        </h2>
        <PackList
          packs={packs}
          actions={{
            setEnabled: (pack, enabled) =>
              void act(() => connector.setPackEnabled(pack.id, enabled), setPacks, t(enabled ? 'options_packOn' : 'options_packOff', pack.name)),
            remove: (pack) =>
              void act(
                () => connector.removePack(pack.id),
                (next) => {
                  setPacks(next);
                  packsHeading.current?.focus();
                },
                t('options_packRemoved', pack.name),
              ),
          }}
        />
        <h3>{t('options_importHeading')}</h3>
        <ImportPanel
          importPack={async (fileName, text) => {
            const result = await connector.importPack(fileName, text);
            if (result.ok) setPacks(await connector.listPacks());
            return result;
          }}
        />
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('popup_settingsHeading')}</h2>
        <SettingsForm settings={settings} update={update} />
        <h3>{t('options_pausedHeading')}</h3>
        <PausedSites sites={settings.pausedSites} resume={(site) => update({ pausedSites: settings.pausedSites.filter((s) => s !== site) })} />
      </section>
    </main>
  );
}
