/**
 * The article's sourcing profile and the cue switches in one table: per sourcing kind, how
 * many sentences use it and whether its cues are painted on the page. The kind's name is drawn
 * in the same line style and colour as its cues on the page, so the table is also the legend.
 */
import type { SourcingProfile } from '../../core/report.js';
import { SOURCING_KINDS, type SourcingKind } from '../../core/sourcing-kinds.js';
import { Switch } from '../shared/controls.js';
import { formatNumber, formatPercent, t } from '../shared/i18n.js';
import { CueSample } from '../shared/cue-sample.js';
import { kindHelp, kindLabel } from '../shared/labels.js';

export function CueLegendRow(props: { kind: SourcingKind; count: number | null; painted: boolean; onToggle: (kind: SourcingKind, on: boolean) => void }) {
  const { kind } = props;
  return (
    <tr data-kind={kind}>
      <th scope="row">
        <CueSample kind={kind} />
        <span class="sl-help" id={`help-${kind}`}>
          {kindHelp(kind)}
        </span>
      </th>
      <td class="num">{props.count === null ? '–' : formatNumber(props.count)}</td>
      <td>
        <Switch checked={props.painted} onChange={(on) => props.onToggle(kind, on)} describedBy={`help-${kind}`} testId={`paint-${kind}`}>
          <span class="visually-hidden">{t('popup_paintKind', kindLabel(kind))}</span>
        </Switch>
      </td>
    </tr>
  );
}

export function SourcingPanel(props: { profile: SourcingProfile | null; paintKinds: SourcingKind[]; onPaintChange: (kinds: SourcingKind[]) => void }) {
  const { profile } = props;
  const toggle = (kind: SourcingKind, on: boolean) => {
    const next = on ? [...props.paintKinds, kind] : props.paintKinds.filter((k) => k !== kind);
    props.onPaintChange(SOURCING_KINDS.filter((k) => next.includes(k)));
  };
  return (
    <section aria-labelledby="profile-heading" class="profile">
      <h2 id="profile-heading">{t('popup_profileHeading')}</h2>
      {profile && profile.sentences > 0 ? (
        <p>{t('popup_profileSummary', formatNumber(profile.sentences), formatNumber(profile.attributed))}</p>
      ) : null}
      {profile && profile.attributed > 0 ? (
        <p class="unnamed-share" data-testid="unnamed-share">
          {t('popup_unnamedShare', formatPercent(profile.unnamedShare))}
        </p>
      ) : null}
      <table class="kind-table">
        <caption class="visually-hidden">{t('popup_kindTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_kindColumn')}</th>
            <th scope="col" class="num">
              {t('popup_sentencesColumn')}
            </th>
            <th scope="col">{t('popup_paintColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {SOURCING_KINDS.map((kind) => (
            <CueLegendRow key={kind} kind={kind} count={profile ? profile.counts[kind] : null} painted={props.paintKinds.includes(kind)} onToggle={toggle} />
          ))}
        </tbody>
      </table>
      {profile ? <Signals profile={profile} /> : null}
    </section>
  );
}

function Signals({ profile }: { profile: SourcingProfile }) {
  return (
    <div class="signals">
      <h3>{t('popup_signalsHeading')}</h3>
      <p class="sl-help">{t('popup_signalsSource')}</p>
      {profile.signals.length === 0 ? (
        <p>{t('popup_noSignals')}</p>
      ) : (
        <dl>
          {profile.signals.map((signal) => (
            <div class="signal" key={signal.name}>
              <dt>{signal.name}</dt>
              <dd>{signal.explanation}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
