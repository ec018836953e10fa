/**
 * Fuzzing the background's gate for runtime messages (src/background/message-schemas.ts and
 * senders.ts): any value, and any mutation of a well-formed call, is either dropped (null) or
 * parsed into exactly a known call with nothing extra; the parser never throws; and the sender
 * check never lets a content script make page-only calls or a foreign sender make any call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCall } from '../../../src/background/message-schemas.js';
import { ACCESS, classifySender, mayCall, type MessageSender } from '../../../src/background/senders.js';
import { check } from './arbitraries.js';

const TYPES = Object.keys(ACCESS);
const SELF = { id: 'sourcelight@test', origin: 'chrome-extension://abcdefgh' };

/** Well-formed calls, one per type, to mutate. */
const VALID: unknown[] = [
  { type: 'getSettings', args: {} },
  { type: 'listPacks', args: {} },
  { type: 'getNotices', args: {} },
  { type: 'getTabReport', args: { tabId: 3 } },
  { type: 'updateSettings', args: { patch: { highlightStyle: 'underline' } } },
  { type: 'importPack', args: { fileName: 'a.json', text: '{}' } },
  { type: 'setPackEnabled', args: { packId: 'user:a', enabled: false } },
  { type: 'removePack', args: { packId: 'user:a' } },
  { type: 'dismissNotice', args: { id: 'x' } },
  { type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'Sessions met Kislyak.' }] } },
];

/** Replaces the value at a random path with something else, or adds a key. */
function mutate(value: unknown, path: number[], replacement: unknown, addKey: string | null): unknown {
  if (typeof value !== 'object' || value === null) return replacement;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (path.length === 0 || keys.length === 0) {
    if (addKey !== null) copy[addKey] = replacement;
    return copy;
  }
  const key = keys[path[0]! % keys.length]!;
  copy[key] = mutate(copy[key], path.slice(1), replacement, addKey);
  return copy;
}

function assertParsedExactly(message: unknown): void {
  const call = parseCall(message);
  if (call === null) return;
  assert.ok(TYPES.includes(call.type), `unknown type ${String(call.type)} accepted`);
  assert.deepEqual(Object.keys(call).sort(), ['args', 'type']);
  assert.equal(typeof call.args, 'object');
  assert.ok(call.args !== null && !Array.isArray(call.args));
}

test('any value: dropped or parsed into exactly a known call, never an exception', () => {
  check(
    fc.property(
      fc.oneof(fc.jsonValue({ maxDepth: 5 }), fc.anything({ maxDepth: 3, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true })),
      fc.constantFrom(...TYPES),
      (message, type) => {
        assertParsedExactly(message);
        assertParsedExactly({ type, args: message });
      },
    ),
    3000,
  );
});

test('well-formed calls damaged anywhere: dropped, or still a call of the same type with only known keys', () => {
  const key = fc.constantFrom('__proto__', 'constructor', 'extra', 'type', 'args', 'tabId', 'patch', 'text');
  check(
    fc.property(fc.constantFrom(...VALID), fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), fc.option(key, { nil: null }), (valid, path, replacement, addKey) => {
      const damaged = mutate(valid, path, replacement, addKey);
      const call = parseCall(damaged);
      assertParsedExactly(damaged);
      if (call) assert.ok(TYPES.includes(call.type));
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    }),
    3000,
  );
});

const sender: fc.Arbitrary<MessageSender> = fc.record(
  {
    id: fc.oneof(fc.constant(SELF.id), fc.string()),
    url: fc.oneof(
      fc.constantFrom(`${SELF.origin}/popup.html`, `${SELF.origin}/options.html`, 'https://news.example/a', 'http://127.0.0.1:8080/x', 'about:blank', 'data:text/html,x', 'javascript:alert(1)', 'file:///etc/passwd', 'chrome-extension://other/popup.html', `${SELF.origin}evil.example/`),
      fc.webUrl(),
      fc.string(),
    ),
    frameId: fc.oneof(fc.nat(), fc.integer({ min: -5, max: -1 })),
    tab: fc.option(fc.record({ id: fc.oneof(fc.nat(), fc.constant(-1)), url: fc.option(fc.oneof(fc.webUrl(), fc.constant(`${SELF.origin}/options.html`)), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined }),
  },
  { requiredKeys: [] },
);

test('senders: only our own id passes; content scripts get only content calls, pages only page calls', () => {
  check(
    fc.property(sender, fc.constantFrom(...TYPES), (from, type) => {
      const info = classifySender(from, SELF);
      if (from.id !== SELF.id || typeof from.url !== 'string') assert.equal(info, null, 'a foreign or unknown sender is refused');
      if (!info) return;
      if (info.kind === 'extension-page') assert.ok(from.url!.startsWith(`${SELF.origin}/`), `extension page from ${from.url}`);
      else {
        assert.ok(/^(https?|about|blob|data):/.test(info.url), `content script in ${info.url}`);
        assert.ok(info.tabId >= 0 && info.frameId >= 0);
      }
      const access = ACCESS[type as keyof typeof ACCESS];
      const allowed = mayCall(info, type as keyof typeof ACCESS);
      if (access === 'page') assert.equal(allowed, info.kind === 'extension-page');
      if (access === 'content') assert.equal(allowed, info.kind === 'content');
    }),
    3000,
  );
});
