/**
 * The background as a whole, with in-memory storage and a table-driven matcher: reports feed
 * the badge and the popup's report, changes reach open tabs, a paused site gets no scan results,
 * and a "restarted worker" (a new service over the same storage) answers as before.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Badge } from '../../../src/background/badge.js';
import { ClaimIndex } from '../../../src/background/claim-index.js';
import { Notices } from '../../../src/background/notices.js';
import { PackLibrary } from '../../../src/background/pack-library.js';
import { createMessageListener } from '../../../src/background/router.js';
import { BackgroundService } from '../../../src/background/service.js';
import { SettingsStore } from '../../../src/background/settings-store.js';
import { TabStore } from '../../../src/background/tab-store.js';
import type { FoundClaim } from '../../../src/platform/messages.js';
import { FakeAction, FakeContent, fakeEngine, MemoryArea, MemoryPackStore, pack, quotaError, useCatalogue } from './fakes.js';

before(useCatalogue);

const self = { id: 'ext', origin: 'chrome-extension://ext' };
const tabSender = (tabId: number, frameId = 0, url = 'https://news.example/story') => ({ id: 'ext', url, frameId, tab: { id: tabId } });
const pageSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function world() {
  const local = new MemoryArea();
  const session = new MemoryArea();
  const store = new MemoryPackStore();
  const action = new FakeAction();
  const content = new FakeContent();
  const start = () => {
    const notices = new Notices(session);
    const service = new BackgroundService({
      settings: new SettingsStore(local, notices),
      tabs: new TabStore(session, () => notices.add('session-full', 'full')),
      library: new PackLibrary({ bundled: async () => [pack('Bundled', ['claim-a', 'claim-b'])], store, notices, now: () => new Date(0) }),
      index: new ClaimIndex(fakeEngine),
      notices,
      badge: new Badge(action),
      content,
    });
    return { service, send: createMessageListener(self, service.handlers) };
  };
  return { local, session, store, action, content, start };
}

const found = (id: string): FoundClaim => ({
  id,
  statement: 'frame text',
  status: 'false',
  score: 0.9,
  confidence: 'confident',
  anchored: true,
  sentence: `About ${id}.`,
  hit: { id, score: 0.9, confidence: 'confident', reasons: [] },
});
const frameReport = (generation: number, ids: string[], url = 'https://elsewhere.example/ignored') => ({
  type: 'reportFrame',
  args: { url, generation, claims: ids.map(found), sourcing: { sentences: [], sentenceCount: 0 } },
});

describe('BackgroundService', () => {
  it('scans with the compiled packs and returns the hit claims with their views', async () => {
    const { start } = world();
    const { send } = start();
    const reply = (await send({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'Here claim-a holds. Second.' }, { key: 1, text: 'Nothing.' }] } }, tabSender(1))) as {
      sentences: { claims: { id: string }[] }[];
      claims: Record<string, { packName: string }>;
      sentenceCounts: number[];
    };
    assert.deepEqual(reply.sentences.map((s) => s.claims[0]!.id), ['claim-a']);
    assert.equal(reply.claims['claim-a']!.packName, 'Bundled');
    assert.deepEqual(reply.sentenceCounts, [2, 1]);
  });

  it('turns frame reports into the badge and the tab report, and drops forged or misdirected calls', async () => {
    const { start, action } = world();
    const { send } = start();
    await send(frameReport(1, ['claim-a', 'claim-b', 'not-in-db']), tabSender(3));
    assert.equal(action.text.get(3), '2');
    assert.match(action.title.get(3)!, /2 claims found/);
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a', 'claim-b']);
    assert.equal(report.url, 'https://news.example/story', 'the URL comes from the sender, not the message');
    assert.equal(send({ type: 'getTabReport', args: { tabId: 3 } }, tabSender(3)), undefined, 'a content script cannot read tab reports');
    assert.equal(send({ type: 'importPack', args: { fileName: 'x', text: '{}' } }, tabSender(3)), undefined, 'nor import packs');
    assert.equal(send({ type: 'reportFrame', args: { nonsense: true } }, tabSender(3)), undefined);
    assert.equal(send(frameReport(1, []), { ...tabSender(3), id: 'someone-else' }), undefined);
  });

  it('builds the frame profile from the reported sentences', async () => {
    const { start } = world();
    const { send } = start();
    const cue = (kind: string, text: string) => ({ kind, cue: text, start: 0, end: text.length });
    const sentences = [
      { block: 0, start: 0, end: 30, text: 'Officials said the talks happened.', claims: [], sourcing: [cue('anonymous', 'Officials said')] },
      { block: 1, start: 0, end: 30, text: 'Flores said in a statement that he did not.', claims: [], sourcing: [cue('on-record', 'Flores said'), cue('denial', 'did not')] },
    ];
    await send({ type: 'reportFrame', args: { url: '', generation: 1, claims: [], sourcing: { sentences, sentenceCount: 8 } } }, tabSender(3));
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { profile: { sentences: number; attributed: number; unnamedShare: number; counts: Record<string, number> } };
    assert.equal(report.profile.sentences, 8);
    assert.equal(report.profile.attributed, 2);
    assert.equal(report.profile.unnamedShare, 0.5);
    assert.equal(report.profile.counts['denial'], 1);
  });

  it('takes the URL a frame reports after pushState, but only within the sender origin', async () => {
    const { start } = world();
    const { send } = start();
    await send(frameReport(1, [], 'https://news.example/story/page-2'), tabSender(3));
    let report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { url: string };
    assert.equal(report.url, 'https://news.example/story/page-2');
    await send(frameReport(2, [], 'https://evil.example/'), tabSender(3));
    report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { url: string };
    assert.equal(report.url, 'https://news.example/story');
  });

  it("a page's late goodbye does not wipe the next page's report; its own goodbye clears the tab", async () => {
    const { start, action } = world();
    const { send } = start();
    const report = (document: string, url: string, ids: string[], leaving = false) => ({
      type: 'reportFrame',
      args: { url, generation: leaving ? 9 : 1, claims: ids.map(found), sourcing: { sentences: [], sentenceCount: 0 }, document, ...(leaving ? { leaving } : {}) },
    });
    await send(report('old', 'https://news.example/story', ['claim-a']), tabSender(3));
    await send(report('new', 'https://news.example/next', ['claim-b']), tabSender(3, 0, 'https://news.example/next'));
    await send(report('old', 'https://news.example/story', [], true), tabSender(3));
    const after = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual([after.url, after.claims.map((c) => c.id)], ['https://news.example/next', ['claim-b']]);
    await send(report('new', 'https://news.example/next', [], true), tabSender(3, 0, 'https://news.example/next'));
    assert.equal(await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender), null);
    assert.equal(action.text.get(3), '');
  });

  it('a new page in the tab replaces the old report', async () => {
    const { start, action } = world();
    const { send } = start();
    await send(frameReport(1, ['claim-a']), tabSender(3));
    await send(frameReport(1, [], 'https://news.example/other'), tabSender(3, 0, 'https://news.example/other'));
    assert.equal(action.text.get(3), '');
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual(report.claims, []);
    assert.equal(report.url, 'https://news.example/other');
  });

  it('answers scans on a paused site with nothing, and tells tabs when settings change', async () => {
    const { start, content } = world();
    const { send } = start();
    await send(frameReport(1, ['claim-a']), tabSender(3));
    await send(frameReport(1, []), tabSender(4, 0, 'https://elsewhere.example/'));
    await send({ type: 'updateSettings', args: { patch: { pausedSites: ['news.example'] } } }, pageSender);
    assert.deepEqual(content.refreshed.map((r) => r.tabId).sort(), [3, 4]);
    assert.deepEqual(content.refreshed[0]!.settings.pausedSites, ['news.example']);
    const top = (await send({ type: 'scan', args: { generation: 2, blocks: [{ key: 0, text: 'claim-a' }] } }, tabSender(3))) as { sentences: unknown[] };
    const sub = (await send({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'claim-a' }] } }, tabSender(3, 7, 'https://embed.example/'))) as { sentences: unknown[] };
    assert.deepEqual([top.sentences, sub.sentences], [[], []]);
  });

  it('recompiles after an import and refreshes tabs; forgets tabs whose content script is gone', async () => {
    const { start, content } = world();
    const { send } = start();
    await send(frameReport(1, []), tabSender(3));
    await send(frameReport(1, []), tabSender(9));
    content.gone.add(9);
    const result = (await send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender)) as { ok: boolean };
    assert.ok(result.ok);
    assert.deepEqual(content.refreshed.map((r) => r.tabId), [3]);
    assert.equal(await send({ type: 'getTabReport', args: { tabId: 9 } }, pageSender), null);
    const reply = (await send({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'claim-z' }] } }, tabSender(3))) as { claims: Record<string, unknown> };
    assert.ok(reply.claims['claim-z']);
    assert.deepEqual(fakeEngine.compiled.at(-1)!.length, 2, 'compiled with both packs');
  });

  it('a restarted worker (new service, same storage) still has the tab report, settings and packs', async () => {
    const w = world();
    const first = w.start();
    await first.send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender);
    await first.send({ type: 'updateSettings', args: { patch: { confidence: 'possible' } } }, pageSender);
    await first.send(frameReport(1, ['claim-a', 'claim-z']), tabSender(5));

    const second = w.start();
    const report = (await second.send({ type: 'getTabReport', args: { tabId: 5 } }, pageSender)) as { claims: FoundClaim[] };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a', 'claim-z']);
    assert.equal(((await second.send({ type: 'getSettings', args: {} }, pageSender)) as { confidence: string }).confidence, 'possible');
    assert.equal(((await second.send({ type: 'listPacks', args: {} }, pageSender)) as unknown[]).length, 2);
  });

  it('keeps working in memory when session storage is full, and says so', async () => {
    const { start, session } = world();
    const { send } = start();
    session.failNextSet = quotaError();
    await send(frameReport(1, ['claim-a']), tabSender(3));
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; notice?: string };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a']);
    assert.equal(report.notice, 'full');
  });

  it('compiles the matcher only when a scan needs it, once per pack set', async () => {
    const { start } = world();
    const { send } = start();
    const before = fakeEngine.compiled.length;
    await send({ type: 'listPacks', args: {} }, pageSender);
    await send(frameReport(1, ['claim-a']), tabSender(3));
    await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender);
    assert.equal(fakeEngine.compiled.length, before, 'no compile for the popup or options page');
    await send({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'x' }] } }, tabSender(3));
    await send({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'y' }] } }, tabSender(4));
    assert.equal(fakeEngine.compiled.length, before + 1);
  });

  it('removing a pack drops its claims from open reports at once', async () => {
    const { start } = world();
    const { send } = start();
    const imported = (await send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender)) as { pack: { id: string } };
    await send(frameReport(1, ['claim-a', 'claim-z']), tabSender(3));
    await send({ type: 'removePack', args: { packId: imported.pack.id } }, pageSender);
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[] };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a']);
  });
});
