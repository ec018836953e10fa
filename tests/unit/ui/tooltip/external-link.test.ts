import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeHttpUrl } from '../../../../src/ui/tooltip/ExternalLink.js';

test('only http(s) addresses become links (the pack validator refuses others too; this is the second line)', () => {
  assert.equal(safeHttpUrl('https://example.org/a?b=c'), 'https://example.org/a?b=c');
  assert.equal(safeHttpUrl('http://example.org'), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org', '//example.org', 'example.org', '', undefined]) {
    assert.equal(safeHttpUrl(bad), null, String(bad));
  }
});
