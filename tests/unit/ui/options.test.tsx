import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { PackInfo } from '../../../src/platform/messages.js';
import { OptionsApp } from '../../../src/ui/options/options-app.js';
import { MockConnector } from '../../../src/ui/shared/mock-connector.js';
import { click, mount, settle, setupDom } from './dom.js';

const SCRIPT = '<script>globalThis.pwned = 1</script>';
const packs: PackInfo[] = [
  { id: 'bundled:seed', name: 'Seed story', publisher: 'Sourcelight', version: '1.0.0', updated: '2024-03-05', license: 'CC-BY-4.0', claimCount: 13, bundled: true, enabled: true },
  {
    id: 'user:evil',
    name: `Evil ${SCRIPT}`,
    publisher: '<b>bold</b>',
    version: '2',
    updated: '2024',
    license: 'x',
    homepage: 'javascript:alert(1)',
    description: '<img src=x onerror=alert(1)>',
    claimCount: 1,
    bundled: false,
    enabled: true,
  },
  { id: 'user:safe', name: 'Safe', publisher: 'P', version: '1', updated: '2024-01', license: 'x', homepage: 'https://example.org/pack', claimCount: 2, bundled: false, enabled: false },
];

describe('OptionsApp', () => {
  let root: HTMLElement;
  before(() => {
    root = setupDom().root;
  });

  it('renders pack text as text and links only http(s) homepages, without referrer or opener', async () => {
    mount(<OptionsApp connector={new MockConnector({ packs })} />, root);
    await settle();
    assert.equal(root.querySelector('script, img, b'), null, 'no markup from packs');
    assert.ok(root.textContent?.includes(SCRIPT));
    const links = [...root.querySelectorAll('a')];
    assert.deepEqual(
      links.map((a) => [a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]),
      [['https://example.org/pack', 'noopener noreferrer', '_blank']],
    );
    assert.match(root.textContent ?? '', /Mar 5, 2024/);
    assert.equal(root.querySelectorAll('[data-testid="remove-pack"]').length, 2, 'no remove button on the bundled pack');
  });

  it('asks for confirmation before removing, then removes', async () => {
    const connector = new MockConnector({ packs });
    mount(<OptionsApp connector={connector} />, root);
    await settle();
    click(root.querySelector('[data-pack-id="user:safe"] [data-testid="remove-pack"]'));
    await settle(30);
    assert.match(root.querySelector('.confirm')?.textContent ?? '', /Remove "Safe" and its 2 claims\?/);
    assert.equal(connector.calls.filter((c) => c.name === 'removePack').length, 0);
    click(root.querySelector('[data-testid="confirm-remove"]'));
    await settle();
    assert.deepEqual(connector.calls.find((c) => c.name === 'removePack')?.args, ['user:safe']);
    assert.equal(root.querySelector('[data-pack-id="user:safe"]'), null);
    assert.match(root.querySelector('.status-line')?.textContent ?? '', /"Safe" was removed/);
  });

  it('shows why a change failed', async () => {
    const connector = new MockConnector({ packs });
    mount(<OptionsApp connector={connector} />, root);
    await settle();
    click(root.querySelector('[data-pack-id="user:evil"] [data-testid="remove-pack"]'));
    await settle(30);
    connector.removePack = async () => {
      throw new Error('The browser refused to store the change (disk full). Nothing was changed.');
    };
    click(root.querySelector('[data-testid="confirm-remove"]'));
    await settle();
    assert.match(root.querySelector('[role="alert"]')?.textContent ?? '', /Nothing was changed/);
    assert.ok(root.querySelector('[data-pack-id="user:evil"]'), 'the pack is still listed');
  });

  it('lists the paused sites and resumes one', async () => {
    const connector = new MockConnector({ packs });
    connector.state.settings.pausedSites = ['a.example', 'b.example'];
    mount(<OptionsApp connector={connector} />, root);
    await settle();
    click(root.querySelector('[data-site="a.example"] button'));
    await settle();
    assert.deepEqual(connector.state.settings.pausedSites, ['b.example']);
    assert.equal(root.querySelector('[data-site="a.example"]'), null);
  });

  it('says honestly that screen-reader mode adds markup to pages', async () => {
    mount(<OptionsApp connector={new MockConnector({ packs })} />, root);
    await settle();
    assert.match(root.querySelector('#sr-help')?.textContent ?? '', /ADDS markup to the pages/);
  });
});
