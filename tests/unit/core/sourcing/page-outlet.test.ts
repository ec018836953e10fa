import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BYLINE_CHARS } from '../../../../src/core/sourcing/credit-lines.js';
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
  assert.equal(pageOutlet([HEADLINE, 'GUESTS:', 'MARA LINDQVIST, CHIEF POLITICAL CORRESPONDENT, THE PELLOW COURIER', 'HOST: Good evening.']), null, "a transcript's guest line names her outlet, not the page's");
  assert.equal(pageOutlet([HEADLINE, 'Mara Lindqvist, Senior Reporter, The Pellow Courier']), null, 'a role without "By" may be a guest or a source');
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

test('a headline sharing the masthead line, or a second publisher on it, leaves the page in doubt', () => {
  assert.equal(pageOutlet(['Mayor Sues Harbour Gazette | Politics', 'The Harbour Gazette reported the suit on Monday.']), null);
  assert.equal(pageOutlet(['Mayor Sues The Harbour Gazette | Quayside Register', 'The Gazette reported the suit.']), null, 'headline and site: which is the page?');
  assert.equal(pageOutlet(['Ex-Gazette Editor Joins Courier | Media']), null, 'four capitalised words are a headline');
  assert.equal(pageOutlet(['Latest | Court Rules Against Gazette']), null, 'a preposition: a headline');
  assert.equal(pageOutlet(['Panel: Ines Holt, The Harbour Gazette | Tomas Vey, Quayside Register']), null, 'a labelled guest list');
  assert.equal(pageOutlet(['Ines Holt, The Harbour Gazette | Tomas Vey, Quayside Register']), null, 'two publishers on one line');
  assert.equal(pageOutlet([HEADLINE, 'Ines Holt, Harbour Gazette staff, and Tomas Vey, Quayside Register staff']), null);
  // Near misses: a masthead naming one publisher, with its section, still names it.
  assert.equal(pageOutlet(['Pellow Courier | Courts & Code', HEADLINE]), 'pellow courier');
  assert.equal(pageOutlet(['THE EASTMOOR CHRONICLE | CAMPUS NEWS', HEADLINE]), 'eastmoor chronicle', 'a section in a name shape');
});

test("a byline beats a masthead that disagrees; a credit that is no byline names no outlet", () => {
  assert.equal(pageOutlet(['Quayside Register | Live', 'By Nadia Ferro, Harbour Gazette']), 'harbour gazette');
  assert.equal(pageOutlet([HEADLINE, 'Photo: Ines Holt, Harbour Gazette staff']), null);
  assert.equal(pageOutlet([HEADLINE, 'Photograph by Ines Holt, Harbour Gazette staff']), null);
  assert.equal(pageOutlet([HEADLINE, 'Tomas Vey, Harbour Gazette staff, contributed reporting']), null);
  // Near misses: a signed line with its time, a deck sentence above the byline.
  assert.equal(pageOutlet([HEADLINE, 'Nadia Ferro, Metro Desk | Harbour Gazette | Updated 3 hours ago']), 'harbour gazette');
  assert.equal(pageOutlet([HEADLINE, 'The board says the spending was approved in May.', 'By Nadia Ferro | Quayside Register']), 'quayside register');
});

test("a byline below the story's first sentence is another item's, reprinted", () => {
  const roundup = ['Morning reads', 'Compiled by Nadia Ferro', 'The Harbour Gazette reports that the ferry was cancelled.', 'By Tomas Vey, Harbour Gazette', 'The Gazette also reported that two crews quit.'];
  assert.equal(pageOutlet(roundup), null);
  assert.equal(pageOutlet(roundup.slice(0, 2).concat(roundup.slice(3))), 'harbour gazette', 'near miss: a byline line after another, no sentence between');
});

test("a copyright line names its holder without its rights, and never a holder too long for a scan's message", () => {
  assert.equal(pageOutlet([HEADLINE, 'The board met.', 'Copyright 2024 Harbour Gazette All Rights Reserved']), 'harbour gazette');
  assert.equal(pageOutlet([HEADLINE, 'The board met.', `Copyright 2024 Harbour Gazette ${'x'.repeat(BYLINE_CHARS)}`]), null);
});

test("a cue naming the page's own outlet and anything else stays relayed", () => {
  const page = [HEADLINE, 'By Nadia Ferro | The Pellow Courier'];
  const relayed = [
    'The Courier and Axios reported that the fund was nearly empty.',
    'Two board members told the Courier and Politico the spending was never put to a vote.',
    'Invoices obtained by the Courier and ProPublica show the fund paid three firms.',
  ];
  for (const sentence of relayed) {
    assert.ok(scanBlocks([...page, sentence], null).some((result) => result.block === 2 && result.sourcing.some((cue) => cue.kind === 'relayed')), sentence);
  }
  // Near miss: a word capitalised for opening the sentence names nothing else.
  const investigation = 'A Courier investigation found the fund paid three firms.';
  assert.ok(kinds(scanBlocks([HEADLINE, investigation], null))[0]!.includes('relayed'), 'no byline: any Courier');
  assert.ok(!kinds(scanBlocks([...page, investigation], null)).some((kind) => kind.includes('relayed')));
});
