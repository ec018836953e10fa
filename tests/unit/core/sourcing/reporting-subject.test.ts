/** A sentence-opening "It" standing for the outlet or document a paragraph before reported about. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks, type ScanOptions } from '../../../../src/core/scan.js';
import { tag } from './helpers.js';

/** The sorted kinds of each sentence of `paragraphs` scanned as one page, block by block. */
function pageKinds(paragraphs: readonly string[], options?: ScanOptions): string[][] {
  const kinds: string[][] = paragraphs.map(() => []);
  for (const result of scanBlocks(paragraphs, null, options)) kinds[result.block]!.push(...result.sourcing.map((cue) => cue.kind));
  return kinds.map((list) => [...new Set(list)].sort());
}

/** The kinds of the page's last paragraph. */
function lastKinds(paragraphs: readonly string[]): string[] {
  return pageKinds(paragraphs).at(-1)!;
}

const OUTLET = 'The Harbor Gazette reported on Sunday that the mayor had met the developer twice.';
const DOCUMENT = 'The lawsuit filed on Tuesday recounts the three meetings in detail.';

test('"It" opening the next paragraph is the outlet reported about: what it says or cites is relayed', () => {
  assert.deepEqual(lastKinds([OUTLET, 'It said the meetings were never entered in the city calendar.']), ['relayed']);
  assert.deepEqual(lastKinds([OUTLET, 'It quoted a planning official who asked not to be named.']), ['anonymous', 'relayed']);
  assert.deepEqual(lastKinds([OUTLET, 'Zoning: the permits', 'It also cited two aides to the council president.']), ['anonymous', 'relayed']);
  assert.deepEqual(lastKinds([OUTLET, 'It does not say who arranged the second meeting, and it did not name its sources.']).includes('on-record'), false);
});

test('"It" after a document is the document', () => {
  assert.deepEqual(lastKinds([DOCUMENT, 'It also quotes the mayor\'s sworn statement to the council in March.']), ['document', 'on-record']);
  assert.deepEqual(lastKinds([DOCUMENT, 'It says the developer paid for both dinners.']), ['document']);
  const [, second] = tag(`${DOCUMENT} It says the developer paid for both dinners.`);
  assert.deepEqual(second!.kinds, ['document']);
});

test('within a paragraph too, and "It" goes on meaning the outlet until a person speaks as a subject', () => {
  const [, second, third] = tag('The Gazette said the talks were routine. It cited two aides to the mayor. It said both men denied any deal.');
  assert.deepEqual(second!.kinds, ['anonymous', 'relayed']);
  assert.ok(third!.kinds.includes('relayed') && !third!.kinds.includes('on-record'), JSON.stringify(third!.kinds));
});

test('near misses keep the reading they have without the outlet before them', () => {
  const alone = (sentence: string) => lastKinds([sentence]);
  const cases = [
    // A person, or a company, speaking as a subject since is who "It" may stand for.
    [OUTLET, 'Mayor Ruiz said on Monday that the meetings were routine.', 'It said nothing about the contract.'],
    [OUTLET, 'Harrow Foods Inc. said it would close the plant.', 'It said demand had fallen for two years.'],
    // A cleft and an impersonal "it" name no speaker by "It".
    [OUTLET, 'It was the mayor\'s chief of staff who said the meetings were routine.'],
    [OUTLET, 'It is unclear what the developer told the council.'],
    [OUTLET, 'It rained all week, and the hearing was postponed.'],
  ];
  for (const page of cases) assert.deepEqual(lastKinds(page), alone(page.at(-1)!), page.at(-1));
  assert.deepEqual(alone('It said demand had fallen for two years.'), ['on-record']);
});

test('a run of a batch carries the outlet from the page text before it, as a scan of the whole page does', () => {
  const it = 'It quoted a planning official who asked not to be named.';
  const whole = pageKinds([OUTLET, it]);
  assert.deepEqual(pageKinds([it], { runs: [{ start: 0, before: [OUTLET] }] }), [whole[1]!]);
  assert.deepEqual(pageKinds(['Nothing to see.', it], { runs: [{ start: 1, before: [OUTLET] }] }), [[], whole[1]!]);
  assert.deepEqual(pageKinds([OUTLET, it], { runs: [{ start: 1, before: [] }] })[1], ['anonymous'], 'a run that opens the page starts afresh');
});

test('an outlet citing its sources is the subject "It" stands for next', () => {
  assert.deepEqual(lastKinds(['The Gazette cited two aides to the mayor.', 'It said both men denied any deal.']), ['relayed']);
});
