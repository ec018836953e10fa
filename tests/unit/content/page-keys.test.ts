import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageKeys } from '../../../src/content/page-keys.js';

const BYLINE = 'By Nadia Ferro | The Pellow Courier';
const OWN = 'Invoices obtained by the Courier show the fund paid three firms.';
const OTHER = 'The board met on Monday.';

test("every batch carries the page's own outlet, found in the page's byline whichever batch holds it", () => {
  const keys = new PageKeys();
  assert.deepEqual(keys.forBatch([OWN]), { speakerLabels: [], pageOutlet: null });
  const changed = keys.update(['Harbour board spent its reserve', BYLINE, OTHER, OWN]);
  assert.deepEqual(keys.forBatch([OWN]), { speakerLabels: [], pageOutlet: 'pellow courier' });
  // Blocks that name the outlet are tagged again; the rest keep their cues.
  assert.ok(changed);
  assert.equal(changed(OWN), true);
  assert.equal(changed(OTHER), false);
});

test('nothing is tagged again while the outlet and the labels stay as they were', () => {
  const keys = new PageKeys();
  assert.equal(keys.update([OTHER]), null);
  assert.ok(keys.update([BYLINE, OTHER]));
  assert.equal(keys.update([BYLINE, OTHER, OWN]), null);
  // The byline gone (a page that re-renders its header): blocks naming the old outlet are tagged again.
  const changed = keys.update([OTHER, OWN]);
  assert.equal(changed?.(OWN), true);
  assert.equal(keys.forBatch([OWN]).pageOutlet, null);
});

test('a label recurring anew is still reported with the outlet unchanged', () => {
  const keys = new PageKeys();
  keys.update([BYLINE]);
  const changed = keys.update([BYLINE, 'RUIZ: We met once.', 'RUIZ: Never again.']);
  assert.equal(changed?.('RUIZ: We met once.'), true);
  assert.deepEqual(keys.forBatch(['RUIZ: Never again.']), { speakerLabels: ['ruiz'], pageOutlet: 'pellow courier' });
});
