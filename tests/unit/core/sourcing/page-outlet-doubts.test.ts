import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOutlet, pageOutlet } from '../../../../src/core/sourcing/page-outlet.js';
import { scanBlocks } from '../../../../src/core/scan.js';

const HEADLINE = 'Warehouse blaze shuts the Dock Street depot';
const relayed = (blocks: string[]) => scanBlocks(blocks, null).filter((result) => result.sourcing.some((cue) => cue.kind === 'relayed')).length;
const OTHER_NETWORKS = ['ABC News first reported the blaze.', 'CBS News reported that two workers were hurt.', 'Fox News said the owner had shut the depot.'];

test("a station's page leaves other networks opening a sentence relayed", () => {
  for (const masthead of ['WQRN News 5 | Weather', 'WQRN News | Weather', 'Orbit News | World']) {
    const page = [masthead, HEADLINE, 'By Tova Lind'];
    assert.equal(relayed([...page, ...OTHER_NETWORKS]), 3, masthead);
    assert.equal(relayed([...page, 'Bystander footage aired by NBC News shows the roof falling.']), 1, masthead);
  }
});

test("near misses: the station's own name, with or without its number, still opens its own reporting", () => {
  const page = ['WQRN News 5 | Weather', HEADLINE, 'By Tova Lind'];
  for (const sentence of [
    'WQRN News obtained the fire marshal’s log.',
    'WQRN News 5 obtained the fire marshal’s log.',
    'Two firefighters told WQRN News the alarm never sounded.',
    'Two firefighters told WQRN the alarm never sounded.',
  ]) {
    assert.equal(relayed([...page, sentence]), 0, sentence);
  }
  assert.equal(relayed(['WQRN News | Weather', HEADLINE, 'By Tova Lind', 'WQRN News obtained the fire marshal’s log.']), 0);
});

test('a bracketed abbreviation closing a byline is no syndicate unless it is one', () => {
  const masthead = 'Harrow Courier | Local';
  for (const byline of [
    'By Tova Lind | Harrow Courier | Updated 9:15 AM (EST)',
    'By Tova Lind | Harrow Courier | 3/14/2025 (UTC)',
    'By Tova Lind (UCLA)',
    'By Tova Lind, PhD (MIT)',
    'By Tova Lind, Courier Staff | (USA)',
    'By Tova Lind (Harrow Courier)',
  ]) {
    assert.equal(pageOutlet([masthead, HEADLINE, byline]), 'harrow courier', byline);
  }
  assert.equal(pageOutlet(['The Harrow Courier | Local', HEADLINE, 'By Tova Lind (Harrow Courier)']), 'harrow courier');
  assert.equal(pageOutlet(['WQRN News 5 | Weather', HEADLINE, 'By Tova Lind (WQRN)']), 'wqrn news 5');
});

test('near misses: a known syndicate, or an outlet other than the page, still leaves it in doubt', () => {
  const masthead = 'Harrow Courier | Local';
  for (const byline of [
    'By Tova Lind (TNS)',
    'By Tova Lind (MCT)',
    'By Tova Lind, Pellow Gazette (Tribune News Service)',
    'By Tova Lind (Pellow Gazette)',
    'By Tova Lind, Pellow Gazette (AP)',
  ]) {
    assert.equal(pageOutlet([masthead, HEADLINE, byline]), null, byline);
  }
  assert.equal(pageOutlet(['WQRN News 5 | Weather', HEADLINE, 'By Tova Lind (WXOB)']), null);
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind (Pellow Gazette)']), null, 'no page outlet to agree with');
  // A credit line agrees with the page's reading of it: a syndicated byline credits no outlet.
  assert.equal(lineOutlet('By Tova Lind, Harrow Courier (TNS)', true), null);
  assert.equal(lineOutlet('By Tova Lind, Harrow Courier (Pellow Gazette)', true), null);
  assert.equal(lineOutlet('By Tova Lind | Harrow Courier', true), 'harrow courier');
});

test('"for the X" in one word does not override a masthead naming another outlet', () => {
  for (const byline of ['By Tova Lind for the Daily', 'By Tova Lind for the Wire', 'By Tova Lind for the Post', 'By Tova Lind / The Daily']) {
    assert.equal(pageOutlet(['The Harrow Courier | Local', HEADLINE, byline]), 'harrow courier', byline);
  }
  const obtained = 'Invoices obtained by the Courier show the depot skipped inspections.';
  assert.equal(relayed(['The Harrow Courier | Local', HEADLINE, 'By Tova Lind for the Daily', obtained]), 0);
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind, For Dummies Press']), 'for dummies press', 'a name opening with "For"');
});

test('near misses: "for the X" matching the masthead, or alone on the page, still names it', () => {
  assert.equal(pageOutlet(['The Harrow Courier | Local', HEADLINE, 'By Tova Lind for the Courier']), 'harrow courier');
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind for the Courier']), 'courier');
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind for the Daily | Pellow Gazette']), 'pellow gazette', 'another part names the outlet');
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind for The Pellow Gazette']), 'pellow gazette');
});

test('a writer "special to" an outlet names it, like "for"', () => {
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind, Special to the Pellow Gazette']), 'pellow gazette');
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind, special to The Courier']), 'courier');
  assert.equal(pageOutlet(['The Harrow Courier | Local', HEADLINE, 'By Tova Lind, Special to the Daily']), 'harrow courier', 'one word: only with no other name');
  assert.equal(pageOutlet([HEADLINE, 'By Tova Lind, Special Projects']), null, 'a desk\'s name');
});
