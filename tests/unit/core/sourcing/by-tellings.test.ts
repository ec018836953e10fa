/** "By the Gazette's account", "by one aide's telling", "by her own reckoning": whose telling a clause is. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a telling owned after "by" and set off from its clause sources it, as "according to" does', () => {
  assert.deepEqual(kindsOf("By the Gazette's account, the two firms met twice in May."), ['relayed']);
  assert.deepEqual(kindsOf("The two firms met twice in May, by the newspaper's telling."), ['relayed']);
  assert.deepEqual(kindsOf("By one former aide's telling, the mayor knew of the deal."), ['anonymous']);
  assert.deepEqual(kindsOf("The budget, by the treasurer's own reckoning, is short by a million."), ['on-record']);
  assert.deepEqual(kindsOf('By her own reckoning, the coach has missed three games.'), ['on-record']);
});

test('near misses: "by" naming who acted, or an account of money', () => {
  assert.deepEqual(kindsOf("The rent was paid by the company's account at the bank."), []);
  assert.deepEqual(kindsOf("The ship was lost, by the captain's account of the storm."), []);
  assert.deepEqual(kindsOf("The funds were moved by the firm's version of the software."), []);
  assert.deepEqual(kindsOf('The coach kept a reckoning of every missed game.'), []);
});

test('one owner rule: a pronoun\'s telling after "by" is the subject\'s own, past "own" and "later"', () => {
  assert.deepEqual(kindsOf('By their later reckoning, the fund ran dry in May.'), ['on-record']);
  assert.deepEqual(kindsOf('The vote was close, by her account.'), ['on-record']);
  assert.deepEqual(kindsOf("The plan, by the agency's own later account, was rushed."), ['on-record']);
  // Near misses: a bare pronoun's account inside the clause is a bank's; a telling that is no owner's.
  assert.deepEqual(kindsOf('The bill was paid by his account.'), []);
  assert.deepEqual(kindsOf('The loan was repaid by their account at the credit union.'), []);
  assert.deepEqual(kindsOf('The fee was settled by the client\'s later account transfer.'), []);
});
