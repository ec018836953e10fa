import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOutlet, pageOutlet } from '../../../../src/core/sourcing/page-outlet.js';
import { scanBlocks } from '../../../../src/core/scan.js';

const HEADLINE = 'Harbour board spent its reserve fund on consultants';

test("a byline or masthead names the page's own outlet", () => {
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro | Quayside Register', 'The board met on Monday.']), 'quayside register');
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro and Tomas Vey, Harbour Desk, The Pellow Courier']), 'pellow courier');
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro, Gazette staff writer']), 'gazette');
  assert.equal(pageOutlet([HEADLINE, 'By the Herald politics desk']), 'herald', 'a section word between the outlet and its desk');
  assert.equal(pageOutlet([HEADLINE, 'Dunmore Ledger | Business | By Nadia Ferro']), 'dunmore ledger');
  assert.equal(pageOutlet([HEADLINE, 'Nadia Ferro, Metro Desk \u2013 Ostby News']), 'ostby news');
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro, KVRT News']), 'kvrt news');
  assert.equal(pageOutlet(['EVENING BRIEF | Lantern Tribune', HEADLINE]), 'lantern tribune', 'a masthead opening the page');
  assert.equal(pageOutlet([HEADLINE, 'The board met.', 'Copyright 2019 Pellow Radio. All rights reserved.']), 'pellow radio');
  // Two lines naming one outlet agree; the longer name is kept.
  assert.equal(pageOutlet(['Vantry Herald | Live', 'By the Herald city desk, with reporting from the port']), 'vantry herald');
});

test('near misses: an outlet the lede cites, a wire, a section, a writer, a sentence are no byline', () => {
  assert.equal(pageOutlet([HEADLINE, 'PORTSEA (Reuters) \u2014 The board spent its reserve, Reuters found.']), null, "a wire story's dateline credits another outlet");
  assert.equal(pageOutlet([HEADLINE, 'The Washington Post reported on Friday that the board spent its reserve.']), null);
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro | Associated Press']), null, 'a wire service is relayed, not the page');
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro | TV | May 4, 2019']), null, 'a section is no outlet');
  assert.equal(pageOutlet([HEADLINE, 'By Tom Post, Staff Writer']), null, "the writer's name is no outlet");
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro, Shipping News Desk']), null, 'a desk named after a subject');
  assert.equal(pageOutlet([HEADLINE, 'By Friday, the Times, the Post and the Globe had all run it.']), null, 'a sentence');
  assert.equal(pageOutlet([HEADLINE, 'Latest | The Washington Post', 'By Nadia Ferro | Quayside Register']), 'quayside register', 'a pipe line below the top is no masthead');
  assert.equal(pageOutlet([HEADLINE, 'By Nadia Ferro | Quayside Register', 'By Omar Lind | Dunmore Ledger']), null, 'two publishers: none known');
  assert.equal(pageOutlet([HEADLINE, 'Copyright 2019. All rights reserved.']), null);
  assert.equal(lineOutlet('REVIEW | THE WEEK', true), null, 'a one-word name in a masthead is a section');
});

const kinds = (results: ReturnType<typeof scanBlocks>) => results.map((result) => `${result.block}:${[...new Set(result.sourcing.map((cue) => cue.kind))].sort().join(',')}`);

test("the page's own reporting is not relayed: what it obtained, saw or was told", () => {
  const page = [
    HEADLINE,
    'By Nadia Ferro | The Pellow Courier',
    'Invoices obtained by the Courier show the fund paid three firms.',
    'Two board members told The Pellow Courier the spending was never put to a vote.',
    'The Pellow Courier reported in March that the fund was nearly empty.',
  ];
  assert.deepEqual(kinds(scanBlocks(page, null)), ['2:document', '3:anonymous']);
});

test("near misses: another outlet's reporting stays relayed on the page, and so does everything without a byline", () => {
  const page = [HEADLINE, 'By Nadia Ferro | The Pellow Courier'];
  const relayed = [
    'Invoices obtained by the Dunmore Courier show the fund paid three firms.',
    'Two board members told the Ledger the spending was never put to a vote.',
    'Two board members told the paper the spending was never put to a vote.',
    'The Washington Post reported in March that the fund was nearly empty.',
  ];
  for (const sentence of relayed) {
    assert.ok(scanBlocks([...page, sentence], null).some((result) => result.block === 2 && result.sourcing.some((cue) => cue.kind === 'relayed')), sentence);
  }
  const unsigned = [HEADLINE, 'Invoices obtained by the Courier show the fund paid three firms.'];
  assert.ok(scanBlocks(unsigned, null).some((result) => result.sourcing.some((cue) => cue.kind === 'relayed')), 'no byline: the Courier may be any paper');
});

test("a masthead's closing credit is its section; a batch is tagged with the whole page's outlet", () => {
  assert.deepEqual(kinds(scanBlocks(['THE LANTERN TRIBUNE | CITY NEWS', HEADLINE], null)), []);
  const body = ['Invoices obtained by the Courier show the fund paid three firms.'];
  assert.ok(kinds(scanBlocks(body, null))[0]!.includes('relayed'), 'alone, the batch does not know its page');
  assert.deepEqual(kinds(scanBlocks(body, null, { outlet: 'pellow courier' })), ['0:document']);
  assert.ok(kinds(scanBlocks([HEADLINE, 'By Nadia Ferro | The Pellow Courier', ...body], null, { outlet: null }))[1]!.includes('relayed'), 'null: the page has none');
});
