import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCall, SCAN_LIMITS } from '../../../src/background/message-schemas.js';

const sentence = { block: 0, start: 0, end: 20, text: 'Officials said so.', claims: [], sourcing: [{ kind: 'anonymous', cue: 'Officials said', start: 0, end: 14 }] };
const report = { url: 'https://a.example/', generation: 1, claims: [], sourcing: { sentences: [sentence], sentenceCount: 3 } };

describe('parseCall', () => {
  it('accepts well-formed calls and returns their arguments', () => {
    assert.deepEqual(parseCall({ type: 'getSettings', args: {} }), { type: 'getSettings', args: {} });
    assert.deepEqual(parseCall({ type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'Hello.' }] } })?.args, { generation: 1, blocks: [{ key: 0, text: 'Hello.' }] });
    assert.equal(parseCall({ type: 'reportFrame', args: report })?.type, 'reportFrame');
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
      { type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 5 }] } },
      { type: 'reportFrame', args: { ...report, claims: [{ id: 'x' }] } },
      { type: 'reportFrame', args: { ...report, sourcing: { sentences: [{ ...sentence, sourcing: [{ kind: 'gossip', cue: 'x', start: 0, end: 1 }] }], sentenceCount: 1 } } },
      { type: 'reportFrame', args: { ...report, sourcing: { sentences: [sentence], sentenceCount: -1 } } },
    ];
    for (const message of bad) assert.equal(parseCall(message), null, JSON.stringify(message));
  });

  it('refuses scan batches beyond the documented limits', () => {
    const many = Array.from({ length: SCAN_LIMITS.blocks + 1 }, (_, key) => ({ key, text: 'x' }));
    assert.equal(parseCall({ type: 'scan', args: { generation: 1, blocks: many } }), null);
    const long = [{ key: 0, text: 'x'.repeat(SCAN_LIMITS.blockChars + 1) }];
    assert.equal(parseCall({ type: 'scan', args: { generation: 1, blocks: long } }), null);
    const heavy = Array.from({ length: 21 }, (_, key) => ({ key, text: 'x'.repeat(SCAN_LIMITS.blockChars) }));
    assert.equal(parseCall({ type: 'scan', args: { generation: 1, blocks: heavy } }), null);
  });

  it('strips fields a frame report should not carry, such as a frame id of its choosing', () => {
    const claim = {
      id: 'c1',
      statement: 'S',
      status: 'confirmed',
      score: 0.9,
      confidence: 'confident',
      anchored: true,
      sentence: 'S.',
      hit: { id: 'c1', score: 0.9, confidence: 'confident', reasons: [] },
      frameId: 99,
    };
    const parsed = parseCall({ type: 'reportFrame', args: { ...report, claims: [claim] } });
    assert.ok(parsed && parsed.type === 'reportFrame');
    assert.equal('frameId' in parsed.args.claims[0]!, false);
  });
});
