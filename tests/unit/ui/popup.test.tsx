import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { emptyProfile } from '../../../src/background/tab-report.js';
import type { ClaimView, FoundClaim, PackInfo, TabReport } from '../../../src/platform/messages.js';
import { MockConnector } from '../../../src/ui/shared/mock-connector.js';
import { Popup } from '../../../src/ui/popup/popup-app.js';
import { click, mount, settle, setupDom } from './dom.js';

const PAYLOAD = '<img src=x onerror="globalThis.pwned=1">';

const view = (id: string, statement: string): ClaimView => ({
  id,
  statement,
  status: 'disputed',
  involved: [],
  sources: [
    { kind: 'anonymous', who: 'officials' },
    { kind: 'intercept', who: 'agencies' },
    { kind: 'anonymous', who: 'more officials' },
  ],
  related: [],
  appearances: [],
  firstReport: { outlet: 'The Daily Example', date: '2017-07-21' },
  packId: 'bundled:x',
  packName: 'X',
});
const found = (id: string, extra: Partial<FoundClaim> = {}): FoundClaim => ({
  id,
  statement: view(id, '').statement,
  status: 'disputed',
  score: 0.9,
  confidence: 'confident',
  anchored: true,
  sentence: 'A sentence.',
  pageSourcing: ['on-record'],
  frameId: 0,
  ...extra,
});

function reportWith(claims: FoundClaim[], views: ClaimView[]): TabReport {
  const profile = { ...emptyProfile(), sentences: 12, attributed: 6, unnamedShare: 0.5, signals: [{ name: 'Anonymous Sources Cited', explanation: 'Three sentences cite unnamed officials.' }] };
  profile.counts.anonymous = 3;
  return { tabId: 7, url: 'https://news.example/story', paused: false, claims, claimViews: Object.fromEntries(views.map((v) => [v.id, v])), profile };
}

const bundled: PackInfo = { id: 'bundled:x', name: 'Seed story', publisher: 'P', version: '1', updated: '2024', license: 'L', claimCount: 13, bundled: true, enabled: true };

describe('Popup', () => {
  let root: HTMLElement;
  before(() => {
    root = setupDom().root;
  });

  it('lists claims as buttons with data-claim-id, chips, possible and unanchored flags; pack text stays text', async () => {
    const connector = new MockConnector({
      activeTabId: 7,
      packs: [bundled],
      reports: {
        7: reportWith(
          [found('c-possible', { confidence: 'possible' }), found('c-one'), found('c-hidden', { anchored: false })],
          [view('c-one', `Claim one ${PAYLOAD}`), view('c-possible', 'Maybe claim'), view('c-hidden', 'Hidden claim')],
        ),
      },
    });
    // Statements come from the views, as the background sets them.
    connector.state.reports[7]!.claims[1]!.statement = `Claim one ${PAYLOAD}`;
    mount(<Popup connector={connector} tabId={7} />, root);
    await settle();
    const buttons = [...root.querySelectorAll('[data-claim-id]')];
    assert.deepEqual(buttons.map((b) => b.getAttribute('data-claim-id')), ['c-one', 'c-hidden', 'c-possible'], 'confident first, in page order');
    assert.ok(buttons.every((b) => b.tagName === 'BUTTON'));
    assert.equal(root.querySelector('img'), null, 'no markup from pack text');
    assert.ok(root.textContent?.includes(PAYLOAD));
    assert.match(buttons[2]!.textContent ?? '', /Possible match/);
    assert.match(buttons[2]!.className, /claim-possible/);
    assert.match(buttons[1]!.textContent ?? '', /Not shown on the page/);
    assert.doesNotMatch(buttons[0]!.textContent ?? '', /Possible match|Not shown/);
    assert.match(buttons[0]!.textContent ?? '', /Unnamed sources×2/);
    assert.match(buttons[0]!.textContent ?? '', /This page:On the record/);
    assert.match(buttons[0]!.textContent ?? '', /First reported by The Daily Example, Jul 21, 2017/);
    assert.match(root.textContent ?? '', /50% of the attributed sentences rest on unnamed sources/);
    assert.match(root.textContent ?? '', /Anonymous Sources Cited/);

    click(buttons[0]!);
    await settle();
    assert.deepEqual(connector.calls.find((c) => c.name === 'showClaim')?.args, [7, 0, 'c-one']);
    assert.match(root.querySelector('.status-line')?.textContent ?? '', /not highlighted/, 'the mock cannot show it, and the reader is told');
  });

  it('says what was looked for when nothing was found, and offers pausing the site', async () => {
    const connector = new MockConnector({ activeTabId: 7, packs: [bundled, { ...bundled, id: 'user:off', name: 'Off', enabled: false }], reports: { 7: reportWith([], []) } });
    mount(<Popup connector={connector} tabId={7} />, root);
    await settle();
    const text = root.textContent ?? '';
    assert.match(text, /Looked for 13 claims from 1 pack:/);
    assert.match(text, /Seed story/);
    assert.doesNotMatch(text, /Off/);
    assert.match(text, /checked in 12 sentences/);

    const pause = root.querySelector('[data-testid="pause-site"]') as HTMLInputElement;
    pause.checked = true;
    pause.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
    await settle();
    assert.deepEqual(connector.state.settings.pausedSites, ['news.example']);
    assert.match(root.textContent ?? '', /Paused on news\.example/);
  });

  it('explains a tab Sourcelight has not read', async () => {
    mount(<Popup connector={new MockConnector()} tabId={99} />, root);
    await settle();
    assert.match(root.textContent ?? '', /has not read this page/);
  });

  it('refreshes when the background updates the report', async () => {
    const connector = new MockConnector({ packs: [bundled] });
    mount(<Popup connector={connector} tabId={5} />, root);
    await settle();
    connector.setReport(5, reportWith([found('late')], [view('late', 'Late claim')]));
    await settle();
    assert.deepEqual([...root.querySelectorAll('[data-claim-id]')].map((b) => b.getAttribute('data-claim-id')), ['late']);
  });
});
