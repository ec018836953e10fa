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
  // The byline gone (a page that re-renders its header): the outlet found stays, nothing is tagged again.
  assert.equal(keys.update([OTHER, OWN]), null);
  assert.equal(keys.forBatch([OWN]).pageOutlet, 'pellow courier');
});

test('the outlet stays while the page grows past its copyright line, and goes when two outlets are named', () => {
  const keys = new PageKeys();
  const paragraphs = Array.from({ length: 30 }, (_, k) => `The board met ${k + 1} times.`);
  const story = [OWN, ...paragraphs, 'Copyright 2024 The Pellow Courier'];
  keys.update(story);
  assert.equal(keys.forBatch([OWN]).pageOutlet, 'pellow courier');
  const comments = Array.from({ length: 40 }, (_, k) => `Comment ${k}: we met once.`);
  assert.equal(keys.update([...story, ...comments]), null, 'comments pushed the copyright line out of reach');
  assert.equal(keys.forBatch([OWN]).pageOutlet, 'pellow courier');
  const changed = keys.update(['Harbour board spent its reserve', 'By Nadia Ferro | Quayside Register', 'By Omar Lind | Dunmore Ledger', ...story]);
  assert.equal(keys.forBatch([OWN]).pageOutlet, null, 'two publishers: none known');
  assert.equal(changed?.(OWN), true);
});

test('only texts holding a whole word of either name are tagged again', () => {
  const keys = new PageKeys();
  const changed = keys.update(['By Nadia Ferro | KVRT News 4']);
  assert.ok(changed);
  assert.equal(changed('Three viewers told KVRT the road was closed.'), true);
  assert.equal(changed('Watch the late news tonight.'), true, 'a generic ending alone may name it');
  for (const text of ['Sometimes 4 people knew about it.', 'Knewsletter readers wrote in.', 'The KVRTX tower went dark.']) assert.equal(changed(text), false, text);
});

test('a label recurring anew is still reported with the outlet unchanged', () => {
  const keys = new PageKeys();
  keys.update([BYLINE]);
  const changed = keys.update([BYLINE, 'RUIZ: We met once.', 'RUIZ: Never again.']);
  assert.equal(changed?.('RUIZ: We met once.'), true);
  assert.deepEqual(keys.forBatch(['RUIZ: Never again.']), { speakerLabels: ['ruiz'], pageOutlet: 'pellow courier' });
});
