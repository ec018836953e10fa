import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recurringLabels } from '../../../../src/core/sourcing/label-keys.js';
import { segmentBlock } from '../../../../src/core/segment.js';
import { tagRead } from '../../../../src/core/sourcing/tag.js';
import { readBlock } from '../../../../src/core/text/read-block.js';
import { cueOf, kindsOf } from './helpers.js';

/** The kinds of each block's first sentence, with the labels that recur across the blocks. */
function documentKinds(blocks: string[]): string[][] {
  const labels = recurringLabels(blocks);
  return blocks.map((block) => {
    const cues = tagRead(readBlock(block, segmentBlock(block)), labels)[0] ?? [];
    return [...new Set(cues.map((cue) => cue.kind))].sort();
  });
}

test('a month or a day that opens a name or owns a noun after an inverted verb is the speaker, not a time', () => {
  assert.deepEqual(kindsOf('"We kept every receipt," said April Moreno, a city auditor.'), ['on-record']);
  assert.deepEqual(kindsOf('"I never saw the ledger," said June Okafor.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"That vote never took place," said August Lindqvist, a council member.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"There was no such meeting," said Tuesday\'s statement from the treasury.'), ['denial', 'on-record']);
  assert.equal(cueOf('"I never saw the ledger," said June Okafor.', 'on-record'), 'said June Okafor');
  // Near misses: a time after the verb is still a time, and says nothing of who spoke.
  assert.deepEqual(kindsOf('The minutes, posted Friday, show the motion passed narrowly.'), ['document']);
  assert.deepEqual(kindsOf('The ledger, released Monday night, shows two transfers.'), ['document']);
});

test('a modal leaves only opinions merely possible: facts passed on, documents and "could ... only that" still count', () => {
  assert.deepEqual(kindsOf('Officials could confirm only that the two auditors met in March.'), ['anonymous']);
  assert.deepEqual(kindsOf('The clerk could tell reporters only that the review was still open.'), ['on-record']);
  assert.deepEqual(kindsOf('The Ledger could report that the treasurer moved the funds twice.'), ['relayed']);
  assert.deepEqual(kindsOf('City officials can now confirm that the transfer reached the account.'), ['anonymous']);
  assert.deepEqual(kindsOf('Phone records can show whether the two payments were linked.'), ['document']);
  assert.deepEqual(kindsOf('The receipts could indicate that the money left in May.'), ['document']);
  assert.deepEqual(kindsOf('The wiretaps may show that the treasurer discussed the bids.'), ['intercept']);
  assert.equal(cueOf('The receipts could indicate that the money left in May.', 'document'), 'The receipts could indicate');
  // Near misses: an opinion or a denial someone is free to voice is no statement.
  assert.deepEqual(kindsOf('The treasurer may say she never signed the contract.'), []);
  assert.deepEqual(kindsOf('Opponents may claim the levy is unfair.'), []);
  assert.deepEqual(kindsOf('Thoughtful residents can argue about the levy.'), []);
  assert.deepEqual(kindsOf('Opponents could argue that the levy is unfair.'), []);
  assert.deepEqual(kindsOf('Spokesmen can say only so much about a pending audit.'), []);
  assert.deepEqual(kindsOf('The bank may deny the account, but the receipts are plain.'), []);
});

test('a description after an inverted speaker ends at its own verb of saying, so what that verb reports is read', () => {
  assert.deepEqual(kindsOf('"It was routine," said Ruiz, who told auditors he had not seen the ledger.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"No," said Ruiz, the former treasurer who had insisted he never signed the contract.'), ['denial', 'on-record']);
  // Near miss: a description with no verb of its own stays the reporter's words.
  assert.deepEqual(kindsOf('"It was routine," said Ruiz, the treasurer who was not in the room.'), ['on-record']);
});

test('"when" with a speech verb in the present tells a habit, unless the sentence speaks of the future', () => {
  assert.deepEqual(kindsOf('When bank officials deny wrongdoing, they point to the audit.'), ['anonymous']);
  assert.deepEqual(kindsOf('When officials say the clerk met the bidder twice, they mean in June and July.'), ['anonymous']);
  // Near misses: a future marker, a document's verb.
  assert.deepEqual(kindsOf('When the Ledger publishes its figures, the treasurer will resign.'), []);
  assert.deepEqual(kindsOf('Nothing changes until the tribunal rules.'), []);
});

test('"those who" is the speaker only when it opens the subject; after a preposition the head noun speaks', () => {
  const wiretaps = 'Critics of those who leaked the wiretaps say the leaks broke the law.';
  assert.equal(cueOf(wiretaps, 'anonymous'), 'Critics of those who leaked the wiretaps say');
  assert.notEqual(cueOf(wiretaps, 'intercept'), 'the wiretaps say'); // named only as what was leaked
  assert.deepEqual(kindsOf('Critics of those who leaked the memos say the leaks broke the law.'), ['anonymous']);
  assert.deepEqual(kindsOf('Those who reviewed the memos say they show a pattern.'), ['anonymous']);
  assert.equal(cueOf('Some of those who attended the meeting said it was brief.', 'anonymous'), 'Some of those who attended the meeting said');
  // Near miss: the plain "those who" subject.
  assert.deepEqual(kindsOf('Those who know the treasurer say she is careful.'), ['anonymous']);
});

test('only a label for a recording introduces a clip speaker; headlines and on-screen captions name nobody', () => {
  assert.deepEqual(documentKinds(['Podcast: The Weekly Ledger, Episode 4: "Who is the bidder?"']), [[]]);
  assert.deepEqual(documentKinds(['GRAPHIC: TIMELINE OF PAYMENTS, 2019: "Three transfers."']), [[]]);
  assert.deepEqual(documentKinds(['ON SCREEN: THE QUESTION, TONIGHT: "Who signed it?"']), [[]]);
  assert.deepEqual(documentKinds(['Up Next: Ruiz, the treasurer: "A quiet exit"', 'Up Next: Weather 02:10']), [[], []]);
  // Near misses: clip labels of every kind, a role that opens with an article.
  assert.deepEqual(documentKinds(['SOUNDBITE: RUIZ, at the hearing: "We never signed it."']), [['denial', 'on-record']]);
  assert.deepEqual(documentKinds(['SOT: MAYOR ANA RUIZ, on Tuesday: "It is over."']), [['on-record']]);
  assert.deepEqual(documentKinds(['SOUND BITE: RUIZ, in May: "It is over."']), [['on-record']]);
  assert.deepEqual(documentKinds(['SOUNDBITE: THE SECRETARY OF STATE, at the hearing: "It is over."']), [['on-record']]);
  assert.deepEqual(documentKinds(['SOUNDBITE: THE ISSUE OF FUNDING, in brief: "Three transfers."']), [[]]);
});
