import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.js';

// listener.ts imports the platform module (webextension-polyfill needs a browser); parseContentCall
// itself is pure, so it is loaded with a stand-in `browser` global the polyfill accepts.
const runtime = { id: 'test', getURL: (path: string) => `chrome-extension://test/${path}` };
(globalThis as unknown as { chrome: unknown }).chrome = { runtime };
(globalThis as unknown as { browser: unknown }).browser = { runtime };
const { parseContentCall } = await import('../../../src/content/listener.js');

test('accepts exactly the three calls in their shapes', () => {
  assert.deepEqual(parseContentCall({ type: 'showClaim', args: { claimId: 'a-claim' } }), { type: 'showClaim', args: { claimId: 'a-claim' } });
  assert.deepEqual(parseContentCall({ type: 'stepClaim', args: { direction: -1 } }), { type: 'stepClaim', args: { direction: -1 } });
  const settings = { ...DEFAULT_SETTINGS, paintKinds: ['anonymous'], pausedSites: ['example.org'] };
  assert.deepEqual(parseContentCall({ type: 'refresh', args: { settings } }), { type: 'refresh', args: { settings } });
});

test('drops anything unexpected', () => {
  const bad: unknown[] = [
    null,
    'showClaim',
    [],
    { type: 'showClaim' },
    { type: 'showClaim', args: { claimId: 3 } },
    { type: 'showClaim', args: { claimId: 'x'.repeat(129) } },
    { type: 'showClaim', args: { claimId: 'a', extra: true } },
    { type: 'showClaim', args: { claimId: 'a' }, sender: 'page' },
    { type: 'stepClaim', args: { direction: 2 } },
    { type: 'stepClaim', args: { direction: '1' } },
    { type: 'refresh', args: { settings: { ...DEFAULT_SETTINGS, confidence: 'sure' } } },
    { type: 'refresh', args: { settings: { ...DEFAULT_SETTINGS, paintKinds: ['gossip'] } } },
    { type: 'refresh', args: { settings: { ...DEFAULT_SETTINGS, pausedSites: [1] } } },
    { type: 'refresh', args: { settings: { ...DEFAULT_SETTINGS, injected: '<script>' } } },
    { type: 'refresh', args: { settings: { ...DEFAULT_SETTINGS, screenReaderMode: 'yes' } } },
    { type: 'scan', args: { generation: 1, blocks: [] } },
    { type: '__proto__', args: {} },
  ];
  for (const message of bad) assert.equal(parseContentCall(message), null, JSON.stringify(message));
});
