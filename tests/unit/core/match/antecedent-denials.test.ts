import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundled } from './helpers.js';

const SESSIONS_DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const REPORTED = 'kislyak-reported-campaign-talks';

/** A sentence stating the intercepted account, which both denial claims dispute. */
const ACCOUNT = 'Kislyak informed his superiors that he had gone over campaign matters with Sessions, the paper said.';

/** Ids of the confident claims of the last sentence of the last block. */
function lastIds(blocks: readonly string[]): string[] {
  const results = scanBlocks(blocks, bundled);
  const last = results.at(-1);
  return last && last.block === blocks.length - 1 && blocks.at(-1)!.endsWith(last.text) ? last.claims.map((hit) => hit.id).sort() : [];
}

test('the sentence before states the intercepted account', () => {
  assert.ok(lastIds([ACCOUNT]).includes(REPORTED));
});

test('a denial of only "that", "it" or "the report" by the denial claim\'s speaker states that denial claim', () => {
  for (const [blocks, claim] of [
    [[`${ACCOUNT} Sessions has firmly denied it.`], SESSIONS_DENIED],
    [[ACCOUNT, 'Sessions denied that.'], SESSIONS_DENIED],
    [[ACCOUNT, 'The Justice Department rejected the story as baseless.'], DOJ],
    [[`${ACCOUNT} A department spokeswoman, Sarah Isgur Flores, disputed the newspaper's account.`], DOJ],
    [[ACCOUNT, 'Sessions maintains that never happened.'], SESSIONS_DENIED],
    [[ACCOUNT, 'Sessions has said all along that it did not happen.'], SESSIONS_DENIED],
    [[ACCOUNT, 'Flores said the account was unverified.'], DOJ],
  ] as const) {
    assert.deepEqual(lastIds(blocks), [claim], blocks.join(' / '));
  }
});

test('a pronoun standing for the speaker denies as the speaker does', () => {
  const blocks = ['Sarah Isgur Flores answered for the Justice Department.', ACCOUNT, 'She said it could not be trusted.'];
  assert.deepEqual(lastIds(blocks), [DOJ]);
});

test('an account that disputes a denial is one the denial disputes, whichever side the pack declares it on', () => {
  const blocks = ['A US official told the paper that the public statements Sessions made about his contacts were misleading.', 'Sessions rejected that.'];
  assert.deepEqual(lastIds(blocks), [SESSIONS_DENIED]);
});

test('a denial of something else, or by someone else, states no denial claim', () => {
  for (const blocks of [
    // Nothing of the account is denied: no pointer back.
    ['Sessions met Kislyak twice in 2016. He denied wrongdoing in an unrelated case.'],
    [`${ACCOUNT} Sessions denied that the hotel had been crowded.`],
    // Someone other than the denial claim's speakers.
    [`${ACCOUNT} Moscow rejected that.`],
    [ACCOUNT, 'The Kremlin dismissed the report.'],
    // A negation before the verb concedes or leaves it open; "it" that points at nothing.
    [`${ACCOUNT} Sessions has never denied that.`],
    // A question asks whether anyone denied it.
    [ACCOUNT, 'Has the Justice Department disputed the report?'],
    [ACCOUNT, 'Flores said it was not her place to comment on intelligence matters.'],
  ]) {
    const ids = lastIds(blocks);
    assert.ok(!ids.includes(SESSIONS_DENIED) && !ids.includes(DOJ), blocks.join(' / '));
  }
});

test('a denial after a sentence that stated no claim, or across a heading, keeps today\'s reading', () => {
  for (const blocks of [
    [`${ACCOUNT} The weather in Cleveland was hot that week. Sessions denied that.`],
    [ACCOUNT, 'Reaction', 'Sessions denied that.'],
  ]) {
    assert.ok(!lastIds(blocks).includes(SESSIONS_DENIED), blocks.join(' / '));
  }
});
