import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCall, SCAN_LIMITS } from '../../../src/background/message-schemas.js';
import { BYLINE_CHARS } from '../../../src/core/sourcing/credit-lines.js';

const report = { url: 'https://a.example/', generation: 1, document: 'd1', session: 1, blocks: [1, 2, 1], claims: [{ id: 'c1', anchored: true, block: 2, start: 0 }] };
const scan = { document: 'd1', generation: 1, blocks: [{ key: 0, text: 'Hello.' }], speakerLabels: ['host'], pageOutlet: 'gulf coast register' };
const query = { document: 'd1', generation: 1, block: 2, start: 0, claimId: 'c1', text: 'Hello.' };

describe('parseCall', () => {
  it('accepts well-formed calls and returns their arguments', () => {
    assert.deepEqual(parseCall({ type: 'getSettings', args: {} }), { type: 'getSettings', args: {} });
    assert.deepEqual(parseCall({ type: 'scan', args: scan })?.args, scan);
    const withRuns = { ...scan, runs: [{ start: 0, before: ['Sessions spoke.'] }] };
    assert.deepEqual(parseCall({ type: 'scan', args: withRuns })?.args, withRuns);
    const noOutlet = { ...scan, pageOutlet: null };
    assert.deepEqual(parseCall({ type: 'scan', args: noOutlet })?.args, noOutlet);
    assert.deepEqual(parseCall({ type: 'reportFrame', args: report })?.args, report);
    assert.deepEqual(parseCall({ type: 'explainHit', args: query })?.args, query);
    assert.deepEqual(parseCall({ type: 'updateSettings', args: { patch: { pausedSites: ['a.example'] } } })?.args, { patch: { pausedSites: ['a.example'] } });
  });

  it('drops anything that is not exactly a known call', () => {
    const bad: unknown[] = [
      null,
      'getSettings',
      [],
      { type: 'getSettings' },
      { type: 'getSettings', args: { extra: 1 } },
      { type: 'getSettings', args: {}, extra: true },
      { type: 'eval', args: {} },
      { type: 'toString', args: {} },
      { type: '__proto__', args: {} },
      { type: 'constructor', args: {} },
      { type: 'getTabReport', args: { tabId: '3' } },
      { type: 'getTabReport', args: { tabId: -1 } },
      { type: 'updateSettings', args: { patch: { confidence: 'all' } } },
      { type: 'updateSettings', args: { patch: { unknownSetting: true } } },
      { type: 'updateSettings', args: { patch: { paintKinds: ['gossip'] } } },
      { type: 'importPack', args: { fileName: 'a.json' } },
      { type: 'scan', args: { ...scan, blocks: [{ key: 0, text: 5 }] } },
      { type: 'scan', args: { generation: 1, blocks: [] } },
      { type: 'scan', args: { ...scan, speakerLabels: undefined } },
      { type: 'scan', args: { ...scan, speakerLabels: [7] } },
      { type: 'scan', args: { ...scan, runs: [{ start: -1, before: [] }] } },
      { type: 'scan', args: { ...scan, runs: [{ start: 0, before: Array(30).fill('x'.repeat(SCAN_LIMITS.blockChars)) }] } },
      { type: 'scan', args: { ...scan, speakerLabels: ['x'.repeat(200)] } },
      { type: 'scan', args: { ...scan, pageOutlet: undefined } },
      { type: 'scan', args: { ...scan, pageOutlet: 7 } },
      { type: 'scan', args: { ...scan, pageOutlet: 'x'.repeat(BYLINE_CHARS + 1) } },
      { type: 'reportFrame', args: { ...report, claims: [{ id: 'x' }] } },
      { type: 'reportFrame', args: { ...report, claims: [{ id: 'c1', anchored: true, block: 2, start: 0, statement: 'mine' }] } },
      { type: 'reportFrame', args: { ...report, blocks: [-1] } },
      { type: 'reportFrame', args: { ...report, sourcing: { sentences: [], sentenceCount: 1 } } },
      { type: 'reportFrame', args: { ...report, document: undefined } },
      { type: 'explainHit', args: { ...query, text: 'x'.repeat(SCAN_LIMITS.blockChars + 1) } },
      { type: 'explainHit', args: { ...query, reasons: ['mine'] } },
    ];
    for (const message of bad) assert.equal(parseCall(message), null, JSON.stringify(message));
  });

  it('refuses scan batches beyond the documented limits', () => {
    const many = Array.from({ length: SCAN_LIMITS.blocks + 1 }, (_, key) => ({ key, text: 'x' }));
    assert.equal(parseCall({ type: 'scan', args: { ...scan, blocks: many } }), null);
    const long = [{ key: 0, text: 'x'.repeat(SCAN_LIMITS.blockChars + 1) }];
    assert.equal(parseCall({ type: 'scan', args: { ...scan, blocks: long } }), null);
    const heavy = Array.from({ length: 21 }, (_, key) => ({ key, text: 'x'.repeat(SCAN_LIMITS.blockChars) }));
    assert.equal(parseCall({ type: 'scan', args: { ...scan, blocks: heavy } }), null);
    assert.equal(parseCall({ type: 'scan', args: { ...scan, speakerLabels: Array.from({ length: SCAN_LIMITS.blocks + 1 }, (_, i) => `s${i}`) } }), null);
  });
});
