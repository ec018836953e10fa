import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCESS, classifySender, mayCall } from '../../../src/background/senders.js';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };

describe('classifySender', () => {
  it('accepts a content script in a web page frame', () => {
    assert.deepEqual(classifySender({ id: 'ext-id', url: 'https://news.example/a', frameId: 3, tab: { id: 7 } }, self), {
      kind: 'content',
      tabId: 7,
      frameId: 3,
      url: 'https://news.example/a',
    });
  });

  it('accepts the popup (no tab) and the options page in a tab as extension pages', () => {
    assert.equal(classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' }, self)?.kind, 'extension-page');
    assert.equal(
      classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id/options.html', frameId: 0, tab: { id: 4, url: 'chrome-extension://ext-id/options.html' } }, self)?.kind,
      'extension-page',
    );
  });

  it('drops messages from another extension, with no URL, or from an odd scheme', () => {
    assert.equal(classifySender({ id: 'other', url: 'https://news.example/', frameId: 0, tab: { id: 1 } }, self), null);
    assert.equal(classifySender({ id: 'ext-id', frameId: 0, tab: { id: 1 } }, self), null);
    assert.equal(classifySender({ id: 'ext-id', url: 'chrome-extension://other/page.html', frameId: 0, tab: { id: 1 } }, self), null);
    assert.equal(classifySender({ id: 'ext-id', url: 'file:///etc/passwd', frameId: 0, tab: { id: 1 } }, self), null);
    assert.equal(classifySender({ id: 'ext-id', url: 'javascript:alert(1)', frameId: 0, tab: { id: 1 } }, self), null);
  });

  it('drops a content-script message without a tab or frame', () => {
    assert.equal(classifySender({ id: 'ext-id', url: 'https://news.example/' }, self), null);
    assert.equal(classifySender({ id: 'ext-id', url: 'https://news.example/', tab: { id: 2 } }, self), null);
    assert.equal(classifySender({ id: 'ext-id', url: 'https://news.example/', frameId: 0, tab: { id: -1 } }, self), null);
  });

  it('drops an extension page whose tab shows a web page (it would have been framed by a site)', () => {
    assert.equal(classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', frameId: 2, tab: { id: 5, url: 'https://evil.example/' } }, self), null);
  });

  it('does not treat a look-alike origin as ours', () => {
    assert.equal(classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id.evil/popup.html' }, self), null);
  });

  it('accepts frames a content script runs in through match_origin_as_fallback', () => {
    for (const url of ['about:blank', 'about:srcdoc', 'blob:https://news.example/1234', 'data:text/html,x']) {
      assert.equal(classifySender({ id: 'ext-id', url, frameId: 1, tab: { id: 3 } }, self)?.kind, 'content', url);
    }
  });
});

describe('mayCall', () => {
  const content = { kind: 'content', tabId: 1, frameId: 0, url: 'https://a.example/' } as const;
  const page = { kind: 'extension-page', url: 'chrome-extension://ext-id/popup.html' } as const;

  it('lets content scripts make only the calls a scan needs', () => {
    const allowed = Object.keys(ACCESS).filter((type) => mayCall(content, type as keyof typeof ACCESS));
    assert.deepEqual(allowed.sort(), ['explainHit', 'getSettings', 'reportFrame', 'scan']);
  });

  it('lets extension pages change settings and packs, but not scan or report as a frame', () => {
    for (const type of ['importPack', 'updateSettings', 'removePack', 'setPackEnabled', 'getTabReport', 'getSettings'] as const) assert.ok(mayCall(page, type), type);
    assert.equal(mayCall(page, 'scan'), false);
    assert.equal(mayCall(page, 'reportFrame'), false);
    assert.equal(mayCall(page, 'explainHit'), false);
  });
});
