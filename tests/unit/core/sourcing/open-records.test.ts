/** "The record" as what is publicly known or a history, against a record that is a paper. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('the open record, what is publicly known, cites no document', () => {
  assert.deepEqual(kindsOf('The public record shows the two men met at least twice that spring.'), []);
  assert.deepEqual(kindsOf('What the record shows is a mayor who changed her story three times.'), []);
  assert.deepEqual(kindsOf('As far as the historical record shows, the bridge never flooded before 1950.'), []);
  assert.deepEqual(kindsOf('The trainer has a long track record of rescuing injured horses.'), []);
  assert.deepEqual(kindsOf('Recall the record.'), []);
});

test('a fact-check\'s "The record:" heading is no source; the sources after it still are', () => {
  assert.deepEqual(kindsOf('The record: The council voted twice on the contract, in May and again in June.'), []);
  assert.deepEqual(kindsOf('The Record: The council voted twice on the contract, in May and again in June.'), []);
  const [finding] = tag('The record: A spokesman for the council confirmed that the vote was held twice.');
  assert.deepEqual(finding!.kinds, ['on-record']);
});

test('a record marked as a particular paper stays a document', () => {
  assert.equal(cueOf('The court record shows the two men met at least twice that spring.', 'document'), 'The court record shows');
  assert.equal(cueOf('The record of the call shows the two men spoke for nine minutes.', 'document'), 'The record of the call shows');
  assert.deepEqual(kindsOf('The trial record shows the witness changed her account twice.'), ['document']);
  assert.deepEqual(kindsOf("The committee's record shows the senator missed four votes."), ['document']);
  assert.deepEqual(kindsOf('According to the Congressional Record, the senator spoke for an hour.'), ['document']);
  assert.deepEqual(kindsOf('The official record shows the mayor left early.'), ['document']);
});

test('plural records count papers and stay documents', () => {
  assert.deepEqual(kindsOf('Phone records show the two men spoke for nine minutes.'), ['document']);
  assert.deepEqual(kindsOf('Public records show the firm paid no tax that year.'), ['document']);
});

test('a record described after its head, by a clause or an aside, is a paper', () => {
  assert.equal(cueOf('The record obtained by the Ledger shows the guard was suspended twice.', 'document'), 'The record obtained by the Ledger shows');
  assert.deepEqual(kindsOf('The record, which the Ledger examined, shows the fees kept rising.'), ['document']);
  assert.deepEqual(kindsOf('The full record, made public Monday, shows the board knew of the spill.'), ['document']);
  assert.deepEqual(kindsOf('According to the record, the witness stayed silent.'), ['document']);
});

test('a record picked out by another determiner, or a vote tally, is a paper', () => {
  assert.deepEqual(kindsOf('A record shows the guard was suspended twice.'), ['document']);
  assert.deepEqual(kindsOf('A public record shows the lot was sold in 1987.'), ['document']);
  assert.deepEqual(kindsOf('Its record shows the clinic billed for visits that never happened.'), ['document']);
  assert.deepEqual(kindsOf('Their record shows the company paid the penalty late.'), ['document']);
  assert.deepEqual(kindsOf('That record shows the ferry left the harbor on June 3.'), ['document']);
  assert.deepEqual(kindsOf('His voting record shows he opposed the tax.'), ['document']);
});
