/**
 * Reader settings. Each change is saved at once (no Save button to forget) and confirmed in a
 * live region; a failure to save says why and leaves the form showing what is really stored.
 */
import type { Confidence } from '../../core/report.js';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings } from '../../core/settings.js';
import { SOURCING_KINDS } from '../../core/sourcing-kinds.js';
import { RadioGroup, Switch } from '../shared/controls.js';
import { t, type MessageKey } from '../shared/i18n.js';
import { CueSample } from '../shared/cue-sample.js';
import { kindHelp } from '../shared/labels.js';

export function SettingsForm({ settings, update }: { settings: Settings; update: (patch: Partial<Settings>) => void }) {
  return (
    <div class="settings-form">
      <RadioGroup<HighlightStyle>
        name="highlight-style"
        legend={t('options_highlightLegend')}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => update({ highlightStyle })}
        choices={HIGHLIGHT_STYLES.map((style) => ({
          value: style,
          label: t(`options_highlight_${style}` as MessageKey),
          help: t(`options_highlightHelp_${style}` as MessageKey),
        }))}
      />
      <fieldset class="sl-radio-group">
        <legend>{t('options_paintLegend')}</legend>
        <p class="sl-help">{t('options_paintHelp')}</p>
        {SOURCING_KINDS.map((kind) => (
          <Switch
            key={kind}
            testId={`paint-${kind}`}
            checked={settings.paintKinds.includes(kind)}
            onChange={(on) => update({ paintKinds: SOURCING_KINDS.filter((k) => (k === kind ? on : settings.paintKinds.includes(k))) })}
          >
            <CueSample kind={kind} />
            <span class="sl-help">{kindHelp(kind)}</span>
          </Switch>
        ))}
      </fieldset>
      <RadioGroup<Confidence>
        name="confidence"
        legend={t('settings_confidenceLegend')}
        value={settings.confidence}
        onChange={(confidence) => update({ confidence })}
        choices={[
          { value: 'confident', label: t('settings_confidentOnly'), help: t('options_confidentHelp') },
          { value: 'possible', label: t('settings_alsoPossible'), help: t('settings_alsoPossibleHelp') },
        ]}
      />
      <fieldset class="sl-radio-group">
        <legend>{t('options_screenReaderLegend')}</legend>
        <Switch checked={settings.screenReaderMode} onChange={(screenReaderMode) => update({ screenReaderMode })} testId="screen-reader-mode" describedBy="sr-help">
          {t('options_screenReaderLabel')}
        </Switch>
        <p class="sl-help" id="sr-help">
          {t('options_screenReaderHelp')}
        </p>
      </fieldset>
    </div>
  );
}

export function PausedSites({ sites, resume }: { sites: string[]; resume: (site: string) => void }) {
  if (sites.length === 0) return <p>{t('options_noPausedSites')}</p>;
  return (
    <ul class="paused-sites">
      {sites.map((site) => (
        <li key={site} data-site={site}>
          <span>{site}</span>{' '}
          <button type="button" class="sl-button" onClick={() => resume(site)} aria-label={t('options_resumeSite', site)}>
            {t('options_resume')}
          </button>
        </li>
      ))}
    </ul>
  );
}
