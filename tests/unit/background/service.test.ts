/**
 * The background as a whole, with in-memory storage and a table-driven matcher: scans are kept
 * per frame and reports name them (feeding the badge and the popup's report from the
 * background's own results), changes reach open tabs, a paused site gets no scan results, and a
 * "restarted worker" (a new service over the same storage) answers as before.
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
import { ScanMemory } from '../../../src/background/scan-memory.js';
import type { FoundClaim, ScanReply } from '../../../src/platform/messages.js';
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
    const scans = new ScanMemory(session);
    const service = new BackgroundService({
      settings: new SettingsStore(local, notices),
      tabs: new TabStore(session, { onStorageFull: () => notices.add('session-full', 'full'), makeRoom: () => scans.clearStored() }),
      library: new PackLibrary({ bundled: async () => [pack('Bundled', ['claim-a', 'claim-b'])], store, notices, now: () => new Date(0) }),
      index: new ClaimIndex(fakeEngine),
      scans,
      notices,
      badge: new Badge(action),
      content,
    });
    return { service, send: createMessageListener(self, service.handlers) };
  };
  return { local, session, store, action, content, start };
}

type Send = ReturnType<ReturnType<typeof world>['start']>['send'];
type Sender = ReturnType<typeof tabSender>;

interface Page {
  document?: string;
  session?: number;
  generation?: number;
  url?: string;
  /** One block per text; the fake matcher hits the claim ids written in them. */
  texts: string[];
}

/** A frame's scan of its blocks (keys 1, 2, ...), as the content script sends it. */
function scan(send: Send, sender: Sender, page: Page, speakerLabels: string[] = [], pageOutlet: string | null = null) {
  const blocks = page.texts.map((text, i) => ({ key: i + 1, text }));
  return send({ type: 'scan', args: { document: page.document ?? 'doc', generation: page.session ?? 1, blocks, speakerLabels, pageOutlet } }, sender) as Promise<ScanReply>;
}

/** The report naming every block of the page and each claim by the first sentence that holds it. */
function reportOf(page: Page, leaving = false) {
  const claims = new Map<string, { id: string; anchored: boolean; block: number; start: number }>();
  page.texts.forEach((text, i) => {
    for (const id of ['claim-a', 'claim-b', 'claim-z', 'not-in-db']) if (text.includes(id) && !claims.has(id)) claims.set(id, { id, anchored: true, block: i + 1, start: 0 });
  });
  return {
    type: 'reportFrame',
    args: {
      url: page.url ?? 'https://elsewhere.example/ignored',
      generation: page.generation ?? 1,
      document: page.document ?? 'doc',
      session: page.session ?? 1,
      blocks: page.texts.map((_, i) => i + 1),
      claims: [...claims.values()],
      ...(leaving ? { leaving } : {}),
    },
  };
}

async function scanAndReport(send: Send, sender: Sender, page: Page): Promise<unknown> {
  await scan(send, sender, page);
  return send(reportOf(page), sender);
}

const about = (ids: string[]) => ids.map((id) => `About ${id}.`);

describe('BackgroundService', () => {
  it('scans with the compiled packs: offsets, cues and hits without their reasons, and the labels of hit claims', async () => {
    const { start } = world();
    const { send } = start();
    const reply = await scan(send, tabSender(1), { texts: ['Here claim-a holds, Officials said. Second.', 'Nothing.'] });
    assert.deepEqual(reply.sentences, [[0, 0, 43, [['anonymous', 20, 34]], [{ id: 'claim-a', score: 0.9, confidence: 'confident' }]]]);
    assert.deepEqual(reply.claims, { 'claim-a': { statement: 'Statement of claim-a.', status: 'confirmed' } });
  });

  it("tags a batch with the speaker labels the frame found recurring across its whole page", async () => {
    const { start } = world();
    const { send } = start();
    await scan(send, tabSender(1), { texts: ['PEREZ: The budget is balanced.'] }, ['perez', 'host']);
    assert.deepEqual(fakeEngine.labels.at(-1), ['perez', 'host']);
  });

  it("tags a batch with the page's own outlet the frame found in its byline, or with none", async () => {
    const { start } = world();
    const { send } = start();
    await scan(send, tabSender(1), { texts: ['Records obtained by the Ledger show it.'] }, [], 'harbor ledger');
    assert.equal(fakeEngine.outlets.at(-1), 'harbor ledger');
    await scan(send, tabSender(1), { texts: ['Records obtained by the Ledger show it.'] });
    assert.equal(fakeEngine.outlets.at(-1), null);
  });

  it('builds the tab report from its own scan results: a frame names blocks and sentences, nothing more', async () => {
    const { start, action } = world();
    const { send } = start();
    const page = { texts: [...about(['claim-a', 'claim-b']), 'About not-in-db.'] };
    assert.equal(await scanAndReport(send, tabSender(3), page), 'ok');
    assert.equal(action.text.get(3), '2');
    assert.match(action.title.get(3)!, /2 claims found/);
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual(
      report.claims.map((c) => [c.id, c.sentence, c.statement, c.score, c.confidence]),
      [
        ['claim-a', 'About claim-a.', 'Statement of claim-a.', 0.9, 'confident'],
        ['claim-b', 'About claim-b.', 'Statement of claim-b.', 0.9, 'confident'],
      ],
    );
    assert.equal(report.url, 'https://news.example/story', 'the URL comes from the sender, not the message');
  });

  it('drops claims the background did not find where the frame says, and forged or misdirected calls', async () => {
    const { start, action } = world();
    const { send } = start();
    const page = { texts: about(['claim-a']) };
    await scan(send, tabSender(3), page);
    const forged = reportOf(page);
    forged.args.claims.push({ id: 'claim-b', anchored: true, block: 1, start: 0 }, { id: 'claim-a', anchored: true, block: 7, start: 0 });
    assert.equal(await send(forged, tabSender(3)), 'ok');
    assert.equal(action.text.get(3), '1');
    assert.equal(send({ type: 'getTabReport', args: { tabId: 3 } }, tabSender(3)), undefined, 'a content script cannot read tab reports');
    assert.equal(send({ type: 'importPack', args: { fileName: 'x', text: '{}' } }, tabSender(3)), undefined, 'nor import packs');
    assert.equal(send({ type: 'reportFrame', args: { nonsense: true } }, tabSender(3)), undefined);
    assert.equal(send(reportOf(page), { ...tabSender(3), id: 'someone-else' }), undefined);
    assert.deepEqual(await send(reportOf(page), tabSender(4)), { resend: [1] }, "another tab's scans are not this tab's");
  });

  it('builds the frame profile from the scanned sentences of the blocks a report names, repeats included', async () => {
    const { start } = world();
    const { send } = start();
    const texts = ['Officials said the talks happened.', 'Flores said in a statement that he did not.', 'Weather. Sun. Rain.'];
    await scan(send, tabSender(3), { texts });
    await send({ ...reportOf({ texts }), args: { ...reportOf({ texts }).args, blocks: [1, 2, 3, 1] } }, tabSender(3));
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { profile: { sentences: number; attributed: number; unnamedShare: number; counts: Record<string, number> } };
    assert.deepEqual([report.profile.sentences, report.profile.attributed, report.profile.counts['anonymous'], report.profile.counts['denial']], [6, 3, 2, 1]);
    assert.equal(report.profile.unnamedShare, 2 / 3);
  });

  it('asks for the blocks it does not hold: all of another session or document, else only those unknown', async () => {
    const { start } = world();
    const { send } = start();
    const page = { texts: about(['claim-a']), session: 2, document: 'doc' };
    await scan(send, tabSender(3), page);
    assert.deepEqual(await send(reportOf({ ...page, session: 1 }), tabSender(3)), { resend: [1] });
    assert.deepEqual(await send(reportOf({ ...page, document: 'other', texts: [...page.texts, 'x'] }), tabSender(3)), { resend: [1, 2] });
    const more = reportOf({ ...page, texts: [...page.texts, 'more', 'most'] });
    more.args.blocks = [1, 3, 2, 3];
    assert.deepEqual(await send(more, tabSender(3)), { resend: [3, 2] }, 'each missing key once, in report order');
    assert.equal(await send(reportOf(page), tabSender(3)), 'ok');
    assert.equal(await send(reportOf({ ...page, texts: [] }), tabSender(3)), 'ok', 'a frame with nothing read needs no scans');
  });

  it('keeps only the blocks the last report named; a late scan of an older session changes nothing', async () => {
    const { start } = world();
    const { send } = start();
    const page = { texts: about(['claim-a', 'claim-b']), session: 2 };
    await scanAndReport(send, tabSender(3), { ...page, texts: page.texts.slice(0, 1) });
    await scan(send, tabSender(3), { ...page, session: 1, texts: ['About claim-b.', 'About claim-b.'] });
    assert.deepEqual(await send(reportOf(page), tabSender(3)), { resend: [2] }, 'block 2 was never scanned in session 2');
    await scan(send, tabSender(3), page);
    assert.equal(await send(reportOf(page), tabSender(3)), 'ok');
    const secondOnly = reportOf(page);
    secondOnly.args.blocks = [2];
    assert.equal(await send(secondOnly, tabSender(3)), 'ok');
    assert.deepEqual(await send(reportOf(page), tabSender(3)), { resend: [1] }, 'block 1 left the page at the last report');
  });

  it('explains a hit from its own scan, or scans the block again when it no longer holds it', async () => {
    const w = world();
    const first = w.start();
    const source = pack('Mine', ['claim-z', 'claim-y']);
    source.claims[0]!.related = [{ claim: 'claim-y', relation: 'supports' }];
    await first.send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(source) } }, pageSender);
    const text = 'About claim-z and claim-a.';
    await scan(first.send, tabSender(3), { texts: [text] });
    const query = { document: 'doc', generation: 1, block: 1, start: 0, claimId: 'claim-z', text };
    const details = (await first.send({ type: 'explainHit', args: query }, tabSender(3))) as { reasons: string[]; claims: Record<string, { packName: string }> };
    assert.deepEqual(details.reasons, ['named claim-z']);
    assert.deepEqual(Object.keys(details.claims).sort(), ['claim-a', 'claim-y', 'claim-z'], 'the claim, its related claims and the sentence\'s other hits');
    assert.equal(details.claims['claim-z']!.packName, 'Mine');
    assert.equal(await first.send({ type: 'explainHit', args: { ...query, claimId: 'claim-b' } }, tabSender(3)), null, 'a claim the sentence does not hold');
    assert.equal(await first.send({ type: 'explainHit', args: { ...query, text: 'Nothing here.' } }, tabSender(3)), null, 'the text decides when it differs');
    assert.equal(first.send({ type: 'explainHit', args: query }, pageSender), undefined, 'for content scripts only');

    w.session.data.clear();
    const second = w.start();
    const again = (await second.send({ type: 'explainHit', args: query }, tabSender(3))) as { reasons: string[] };
    assert.deepEqual(again.reasons, ['named claim-z']);
  });

  it('a restarted worker answers reports from the stored copy of the scans; without it, asks for a resend', async () => {
    const w = world();
    const page = { texts: about(['claim-a', 'claim-b']) };
    await scanAndReport(w.start().send, tabSender(3), page);
    await scanAndReport(w.start().send, tabSender(4), page);
    assert.ok(w.session.data.has('scans:3'));
    const second = w.start();
    assert.equal(await second.send(reportOf({ ...page, generation: 2 }), tabSender(3)), 'ok');
    w.session.data.delete('scans:4');
    const third = w.start();
    assert.deepEqual(await third.send(reportOf({ ...page, generation: 2 }), tabSender(4)), { resend: [1, 2] });
    await scan(third.send, tabSender(4), page);
    assert.equal(await third.send(reportOf({ ...page, generation: 3 }), tabSender(4)), 'ok');
    await third.send({ type: 'getTabReport', args: { tabId: 4 } }, pageSender);
    await third.service.tabRemoved(3);
    assert.equal(w.session.data.has('scans:3'), false, 'a closed tab takes its scans along');
  });

  it('takes the URL a frame reports after pushState, but only within the sender origin', async () => {
    const { start } = world();
    const { send } = start();
    await send(reportOf({ texts: [], url: 'https://news.example/story/page-2' }), tabSender(3));
    let report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { url: string };
    assert.equal(report.url, 'https://news.example/story/page-2');
    await send(reportOf({ texts: [], url: 'https://evil.example/', generation: 2 }), tabSender(3));
    report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { url: string };
    assert.equal(report.url, 'https://news.example/story');
  });

  it("a page's late goodbye does not wipe the next page's report; its own goodbye clears the tab", async () => {
    const { start, action } = world();
    const { send } = start();
    const oldPage = { document: 'old', url: 'https://news.example/story', texts: about(['claim-a']) };
    const newPage = { document: 'new', url: 'https://news.example/next', texts: about(['claim-b']) };
    await scanAndReport(send, tabSender(3), oldPage);
    await scanAndReport(send, tabSender(3, 0, newPage.url), newPage);
    await send(reportOf({ ...oldPage, generation: 9, texts: [] }, true), tabSender(3));
    const after = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual([after.url, after.claims.map((c) => c.id)], ['https://news.example/next', ['claim-b']]);
    await send(reportOf({ ...newPage, generation: 9, texts: [] }, true), tabSender(3, 0, newPage.url));
    assert.equal(await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender), null);
    assert.equal(action.text.get(3), '');
    assert.deepEqual(await send(reportOf(newPage), tabSender(3, 0, newPage.url)), { resend: [1] }, 'the scans left with the document');
  });

  it('a new page in the tab replaces the old report', async () => {
    const { start, action } = world();
    const { send } = start();
    await scanAndReport(send, tabSender(3), { texts: about(['claim-a']) });
    await scanAndReport(send, tabSender(3, 0, 'https://news.example/other'), { texts: [], document: 'other' });
    assert.equal(action.text.get(3), '');
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; url: string };
    assert.deepEqual(report.claims, []);
    assert.equal(report.url, 'https://news.example/other');
  });

  it('answers scans on a paused site with nothing, and tells tabs when settings change', async () => {
    const { start, content } = world();
    const { send } = start();
    await scanAndReport(send, tabSender(3), { texts: about(['claim-a']) });
    await scanAndReport(send, tabSender(4, 0, 'https://elsewhere.example/'), { texts: [] });
    await send({ type: 'updateSettings', args: { patch: { pausedSites: ['news.example'] } } }, pageSender);
    assert.deepEqual(content.refreshed.map((r) => r.tabId).sort(), [3, 4]);
    assert.deepEqual(content.refreshed[0]!.settings.pausedSites, ['news.example']);
    const top = await scan(send, tabSender(3), { texts: ['claim-a'], session: 2 });
    const sub = await scan(send, tabSender(3, 7, 'https://embed.example/'), { texts: ['claim-a'] });
    assert.deepEqual([top.sentences, sub.sentences], [[], []]);
  });

  it('recompiles after an import and refreshes tabs; forgets tabs whose content script is gone', async () => {
    const { start, content } = world();
    const { send } = start();
    await scanAndReport(send, tabSender(3), { texts: [] });
    await scanAndReport(send, tabSender(9), { texts: [] });
    content.gone.add(9);
    const result = (await send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender)) as { ok: boolean };
    assert.ok(result.ok);
    assert.deepEqual(content.refreshed.map((r) => r.tabId), [3]);
    assert.equal(await send({ type: 'getTabReport', args: { tabId: 9 } }, pageSender), null);
    const reply = await scan(send, tabSender(3), { texts: ['claim-z'], session: 2 });
    assert.ok(reply.claims['claim-z']);
    assert.deepEqual(fakeEngine.compiled.at(-1)!.length, 2, 'compiled with both packs');
  });

  it('a restarted worker (new service, same storage) still has the tab report, settings and packs', async () => {
    const w = world();
    const first = w.start();
    await first.send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender);
    await first.send({ type: 'updateSettings', args: { patch: { confidence: 'possible' } } }, pageSender);
    await scanAndReport(first.send, tabSender(5), { texts: about(['claim-a', 'claim-z']) });

    const second = w.start();
    const report = (await second.send({ type: 'getTabReport', args: { tabId: 5 } }, pageSender)) as { claims: FoundClaim[] };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a', 'claim-z']);
    assert.equal(((await second.send({ type: 'getSettings', args: {} }, pageSender)) as { confidence: string }).confidence, 'possible');
    assert.equal(((await second.send({ type: 'listPacks', args: {} }, pageSender)) as unknown[]).length, 2);
  });

  it('keeps working in memory when session storage is full, and says so', async () => {
    const { start, session } = world();
    const { send } = start();
    const page = { texts: about(['claim-a']) };
    await scan(send, tabSender(3), page);
    session.failNextSet = quotaError();
    await send(reportOf(page), tabSender(3));
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[]; notice?: string };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a']);
    assert.equal(report.notice, 'full');
  });

  it('stored scans give way to tab reports when session storage is full', async () => {
    const { start, session } = world();
    const { send } = start();
    await scanAndReport(send, tabSender(3), { texts: about(['claim-a']) });
    assert.ok(session.data.has('scans:3'));
    const page = { texts: about(['claim-b']) };
    await scan(send, tabSender(4), page);
    session.failNextSet = quotaError();
    await send(reportOf(page), tabSender(4));
    const report = (await send({ type: 'getTabReport', args: { tabId: 4 } }, pageSender)) as { claims: FoundClaim[]; notice?: string };
    assert.deepEqual([report.claims.map((c) => c.id), report.notice], [['claim-b'], undefined]);
    assert.equal(session.data.has('scans:3'), false);
    assert.ok(session.data.has('tab:4'));
  });

  it('compiles the matcher only when a scan needs it, once per pack set', async () => {
    const { start } = world();
    const { send } = start();
    const before = fakeEngine.compiled.length;
    await send({ type: 'listPacks', args: {} }, pageSender);
    await send(reportOf({ texts: [] }), tabSender(3));
    await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender);
    assert.equal(fakeEngine.compiled.length, before, 'no compile for the popup, the options page or a report');
    await scan(send, tabSender(3), { texts: ['x'] });
    await scan(send, tabSender(4), { texts: ['y'] });
    assert.equal(fakeEngine.compiled.length, before + 1);
  });

  it('removing a pack drops its claims from open reports at once', async () => {
    const { start } = world();
    const { send } = start();
    const imported = (await send({ type: 'importPack', args: { fileName: 'p.json', text: JSON.stringify(pack('Mine', ['claim-z'])) } }, pageSender)) as { pack: { id: string } };
    await scanAndReport(send, tabSender(3), { texts: about(['claim-a', 'claim-z']) });
    await send({ type: 'removePack', args: { packId: imported.pack.id } }, pageSender);
    const report = (await send({ type: 'getTabReport', args: { tabId: 3 } }, pageSender)) as { claims: FoundClaim[] };
    assert.deepEqual(report.claims.map((c) => c.id), ['claim-a']);
  });
});
