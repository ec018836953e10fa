import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpeakerLabels } from '../../../src/content/speaker-labels.js';
import { openingLabel } from '../../../src/core/sourcing/label-keys.js';
import { labelColon, labelKey, labelStart } from '../../../src/core/sourcing/labels.js';
import { segmentBlock } from '../../../src/core/segment.js';
import { readBlock } from '../../../src/core/text/read-block.js';

/** The key the tagger reads for a block's opening label (after a time stamp and a bullet, as tagRead skips them). */
function taggerKey(block: string): string | undefined {
  const tokens = readBlock(block, segmentBlock(block)).sentences[0]!;
  const from = labelStart(block, tokens);
  const colon = labelColon(block, tokens, from, tokens.length);
  return colon > 0 ? labelKey(block, tokens, from, colon) : undefined;
}

test('a block-opening label is keyed as the tagger keys it: case, bullets and no-break spaces aside', () => {
  const blocks = ['ZORRO: We met once.', 'MR.\u00a0ZORRO: We met once.', 'Mr.  Zorro: We met once.', '\u2022 ZORRO: We met once.', '- Ana Ruiz: Never.'];
  const stamped = ['04:12 \u2014 ZORRO: We met once.', '10:32am Ana Ruiz: Never.', '1:02:33 Ana Ruiz: Never.', '12:40 - RIVERA: Back after this.'];
  for (const block of [...blocks, ...stamped]) {
    assert.equal(openingLabel(block), taggerKey(block), block);
  }
  assert.equal(openingLabel('MR.\u00a0ZORRO: x'), openingLabel('Mr. Zorro: y'));
  assert.equal(openingLabel('04:12 \u2014 ZORRO: x'), 'zorro', "a show's time stamp is no part of the label");
  assert.equal(openingLabel(' : nothing before the colon'), undefined);
  assert.equal(openingLabel(`${'word '.repeat(20)}: too far in`), undefined);
  // LABEL_KEY_REACH (56) is the last place its colon may be; the first colon within reach ends it.
  assert.equal(openingLabel(`${'A'.repeat(56)}: at the edge`), 'a'.repeat(56));
  assert.equal(openingLabel(`${'A'.repeat(57)}: one past it`), undefined);
  assert.equal(openingLabel('HOST: Time: ten past nine.'), 'host');
  assert.equal(openingLabel('No label here, but: a colon later'), 'no label here, but');
});

test('the page labels follow the blocks: which texts change recurrence, and what each batch carries', () => {
  const labels = new SpeakerLabels();
  const first = ['HOST: Welcome.', 'RIVERA: The vote is Friday.', 'An unlabelled paragraph.'];
  const host = (text: string) => text.startsWith('HOST');
  assert.equal(labels.update(first), null, 'no label recurs yet: nothing changed');
  const grown = labels.update([...first, 'RIVERA: And it will pass.']);
  assert.ok(grown);
  assert.equal(grown('RIVERA: The vote is Friday.'), true, 'the earlier turn now opens with a recurring label');
  assert.equal(grown('HOST: Welcome.') || grown('An unlabelled paragraph.'), false);
  assert.deepEqual(labels.keysFor(['RIVERA: And it will pass.', 'HOST: Welcome.']), ['rivera'], 'only recurring labels, only those opening the batch');
  assert.deepEqual(labels.keysFor(first.filter(host)), []);
  assert.equal(labels.update([...first, 'RIVERA: And it will pass.']), null, 'the same page again changes nothing');
  const shrunk = labels.update(first);
  assert.ok(shrunk);
  assert.equal(shrunk('RIVERA: The vote is Friday.'), true, 'a retracted turn leaves the first one alone again');
  assert.deepEqual(labels.keysFor(first), []);
});
