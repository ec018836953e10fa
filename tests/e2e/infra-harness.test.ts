/**
 * Proves the end-to-end harness itself in both browsers: the built extension loads with the
 * manifest it was built with, its pages open, tab ids and badges are read correctly, the service
 * worker restarts on demand, and the zero-network observer sees every request (pages and
 * loopback included) and blocks the rest.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { DIST } from './harness/browsers.js';
import { badgeText, openPopup, restartServiceWorker, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';

const page = (title: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

forEachBrowser('harness', (t) => {
  it('loads the built extension with the manifest it was built with', async () => {
    const built = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { version: string; permissions: string[] };
    const seen = await t.browser.inExtension(async (api) => ({ manifest: api.runtime.getManifest(), self: await api.management.getSelf() }));
    assert.equal(seen.manifest.manifest_version, 3);
    assert.equal(seen.manifest.version, built.version);
    assert.deepEqual(seen.manifest.permissions, built.permissions);
    assert.deepEqual(seen.manifest.content_scripts?.[0]?.matches, ['http://*/*', 'https://*/*']);
    assert.deepEqual(seen.self, { ...seen.self, enabled: true, installType: 'development', name: 'Sourcelight' });
  });

  it('opens the extension pages at the extension origin, without errors', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const extensionPage = await t.browser.openExtensionPage(path);
      const where = await extensionPage.evaluate(() => ({ origin: location.origin, ready: document.readyState }));
      assert.deepEqual(where, { origin: t.browser.origin, ready: 'complete' });
      assert.deepEqual(extensionPage.errors, [], `${path} logged errors`);
    }
  });

  it("finds a page's tab id, opens its popup and reads its badge", async () => {
    t.server.route('infra/one.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('One')));
    t.server.route('infra/two.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Two')));
    t.server.route('infra/moved.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Moved')));
    const one = await t.open('infra/one.html');
    const two = await t.open('infra/two.html');
    const oneId = await tabIdFor(t.browser, one);
    const twoId = await tabIdFor(t.browser, two);
    assert.notEqual(oneId, twoId);

    // The id really is that page's tab: navigating tab `oneId` moves page `one`.
    await t.browser.inExtension((api, { tabId, url }) => api.tabs.update(tabId, { url }), { tabId: oneId, url: t.server.url('infra/moved.html') });
    await one.waitFor(() => document.title === 'Moved');
    assert.equal(two.url(), t.server.url('infra/two.html'));

    await t.browser.inExtension((api, tabId) => api.action.setBadgeText({ tabId, text: '7' }), twoId);
    assert.equal(await badgeText(t.browser, twoId), '7');
    assert.notEqual(await badgeText(t.browser, oneId), '7');

    const popup = await openPopup(t.browser, twoId);
    assert.equal(await popup.evaluate(() => new URLSearchParams(location.search).get('tab')), String(twoId));
    const popupId = await tabIdFor(t.browser, popup);
    assert.ok(![oneId, twoId].includes(popupId), 'an extension page has a tab id of its own');
  });

  it('sends every page request through the observer, loopback included', async () => {
    t.server.route('infra/plain.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Plain')));
    await t.open('infra/plain.html');
    const seen = t.network.requests.find((request) => request.url === t.server.url('infra/plain.html'));
    assert.deepEqual(seen, { method: 'GET', url: t.server.url('infra/plain.html'), allowed: true });
  });

  it('catches and blocks a deliberate request from a page', async () => {
    t.server.route('infra/leaky.html', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('Leaky')));
    const leaky = await t.open('infra/leaky.html');
    await leaky.evaluate(async () => {
      const send = (url: string) => fetch(url, { mode: 'no-cors' }).catch(() => undefined);
      await send('http://sourcelight-leak.example/beacon?x=1');
      await send('https://sourcelight-leak.example/pixel');
    });
    assert.deepEqual(
      t.network.unexpected().map((request) => `${request.method} ${request.url}`),
      ['GET http://sourcelight-leak.example/beacon?x=1', 'CONNECT https://sourcelight-leak.example:443'],
    );
    t.network.clear(); // deliberate: the zero-network check after this test must not fail
  });

  it("keeps extension pages off the network (the extension's CSP)", async () => {
    const options = await t.browser.openExtensionPage('options.html');
    const outcome = await options.evaluate(() => fetch('https://sourcelight-leak.example/from-extension').then(() => 'sent', () => 'blocked'));
    assert.equal(outcome, 'blocked');
    assert.deepEqual(t.network.unexpected(), []);
  });
});

forEachBrowser(
  'service worker',
  (t) => {
    it('stops the MV3 service worker on demand, and the next extension event wakes it', async () => {
      const control = t.browser.serviceWorker;
      assert.ok(control);
      await control.stop();
      assert.equal(await control.running(), false);
      await restartServiceWorker(t.browser);
      assert.equal(await control.running(), true);
    });
  },
  { browsers: ['chromium'] },
);
