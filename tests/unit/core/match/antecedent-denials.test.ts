import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundled } from './helpers.js';

const SESSIONS_DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const REPORTED = 'kislyak-reported-campaign-talks';

/** A sentence stating the intercepted account, which both denial claims dispute. */
const ACCOUNT = 'Kislyak informed his superiors that he had gone over campaign matters with Sessions, the paper said.';
/** The same, credited to a paper the pack names. */
const POST_ACCOUNT = 'Kislyak briefed his bosses that he had talked over campaign matters with Sessions, the Post said.';

/** Ids of the confident claims of the last sentence of the last block. */
function lastIds(blocks: readonly string[]): string[] {
  const results = scanBlocks(blocks, bundled);
  const last = results.at(-1);
  return last && last.block === blocks.length - 1 && blocks.at(-1)!.endsWith(last.text) ? last.claims.map((hit) => hit.id).sort() : [];
}

/** Whether a sentence after the account (in its block) states neither denial claim. */
function statesNoDenial(after: string, account = ACCOUNT): void {
  const ids = lastIds([`${account} ${after}`]);
  assert.ok(!ids.includes(SESSIONS_DENIED) && !ids.includes(DOJ), `${after} -> ${ids.join(', ')}`);
}

test('the sentence before states the intercepted account', () => {
  assert.ok(lastIds([ACCOUNT]).includes(REPORTED));
  assert.ok(lastIds([POST_ACCOUNT]).includes(REPORTED));
});

test('a denial of only "that", "it" or "the report" by the denial claim\'s speaker states that denial claim', () => {
  for (const [after, claim] of [
    ['Sessions has firmly denied it.', SESSIONS_DENIED],
    ['Sessions denied that.', SESSIONS_DENIED],
    ['Sessions denied that in a statement to reporters.', SESSIONS_DENIED],
    ['The Justice Department rejected the story as baseless.', DOJ],
    ['A department spokeswoman, Sarah Isgur Flores, disputed the newspaper\'s account.', DOJ],
    ['Sessions maintains that never happened.', SESSIONS_DENIED],
    ['Sessions has said all along that it did not happen.', SESSIONS_DENIED],
    ['Sessions said that was not true.', SESSIONS_DENIED],
    ['Flores said the account was unverified.', DOJ],
  ] as const) {
    assert.deepEqual(lastIds([`${ACCOUNT} ${after}`]), [claim], after);
  }
});

test('the report a denial names is the one just cited: its paper\'s or a neutral word may qualify it', () => {
  assert.deepEqual(lastIds([`${POST_ACCOUNT} The Justice Department disputed the Post's report.`]), [DOJ]);
  assert.deepEqual(lastIds([`${POST_ACCOUNT} The Justice Department disputed the latest report.`]), [DOJ]);
  for (const after of [
    'The Justice Department disputed the Times report.',
    'The Justice Department disputed the other report.',
    'The Justice Department rejected the earlier story.',
  ]) statesNoDenial(after, POST_ACCOUNT);
});

test('the report nouns a denial points back to are the tagger\'s, with what its verdicts judge', () => {
  for (const after of [
    'The Justice Department rejected the accusations.',
    'The Justice Department disputed those findings.',
    'The Justice Department rejected the piece as baseless.',
  ]) assert.deepEqual(lastIds([`${ACCOUNT} ${after}`]), [DOJ], after);
  for (const after of [
    'The Justice Department disputed a piece in another paper.',
    'The Justice Department rejected the accusations that he lied to Congress.',
    'The Justice Department disputed the earlier findings.',
  ]) statesNoDenial(after);
});

test('a pronoun subject of the denial stands for the speaker only when the sentence before has nobody else it could mean', () => {
  assert.deepEqual(lastIds(['Sarah Isgur Flores answered for the Justice Department.']), []);
  assert.deepEqual(lastIds([`Sarah Isgur Flores answered for the Justice Department. ${ACCOUNT} She said it could not be trusted.`]), [DOJ]);
  // "He" is the senator who spoke, or the envoy who is the subject: not Sessions.
  statesNoDenial('He disputed that.', 'Franken, who pressed Sessions, said Kislyak told Moscow he went over campaign matters with Sessions.');
  statesNoDenial('He denied that.', POST_ACCOUNT);
  // A pronoun that is not the denial's subject.
  statesNoDenial('She said Moscow rejected that.', `Sarah Isgur Flores answered for the Justice Department. ${ACCOUNT}`);
});

test('an account that disputes a denial is one the denial disputes, whichever side the pack declares it on', () => {
  const block = 'A US official told the paper that the public statements Sessions made about his contacts were misleading. Sessions rejected that.';
  assert.deepEqual(lastIds([block]), [SESSIONS_DENIED]);
});

test('only the block holding the account: the sentence before in another block is not pointed back to', () => {
  assert.deepEqual(lastIds([ACCOUNT, 'Sessions denied that.']), []);
  assert.deepEqual(lastIds([ACCOUNT, 'The Justice Department has disputed the report.']), []);
});

test('a denial of something else, or by someone else, states no denial claim', () => {
  assert.ok(!lastIds(['Sessions met Kislyak twice in 2016. He denied wrongdoing in an unrelated case.']).includes(SESSIONS_DENIED));
  for (const after of [
    'Sessions denied that the hotel had been crowded.',
    'Moscow rejected that.',
    'The Kremlin dismissed the report.',
    'Sessions has never denied that.',
    'Has the Justice Department disputed the report?',
    'Flores said it was not her place to comment on intelligence matters.',
  ]) statesNoDenial(after);
});

test('a negation after "said it" denies what was said only with a verdict on it: true, so, what happened', () => {
  for (const after of [
    'Sessions said it was not surprising.',
    'Sessions said it was not over.',
    'Sessions said it was no big deal.',
    'Sessions said it was not clear.',
    'Sessions said that was not illegal.',
    'Sessions said it was not his fault.',
  ]) statesNoDenial(after);
});

test('"that" before a fronted phrase and "it" before a verb open a clause of their own: not a pointer back', () => {
  for (const after of [
    'Sessions denied that, at the time, he knew about the hacking.',
    'Sessions denied that when he was a senator he had sought a meeting with Putin.',
    'Sessions denied that as attorney general he had interfered.',
    'Sessions denied that in 2017 he misled the committee.',
    'Sessions denied it was a secret meeting.',
    'Sessions denied it had been his idea to attend.',
  ]) statesNoDenial(after);
});

test('a claim followed by a clause of its own is not what "that" points back to; a prediction denies nothing yet', () => {
  statesNoDenial('Sessions disputed that.', `${ACCOUNT.slice(0, -1)}, and the ambassador also grumbled about the hotel food.`);
  statesNoDenial('Sessions will deny that.');
  statesNoDenial('Sessions will probably deny that.');
  statesNoDenial('Sessions is going to deny it.');
});

test('a denial after a sentence that stated no claim keeps today\'s reading', () => {
  assert.ok(!lastIds([`${ACCOUNT} The weather in Cleveland was hot that week. Sessions denied that.`]).includes(SESSIONS_DENIED));
});
