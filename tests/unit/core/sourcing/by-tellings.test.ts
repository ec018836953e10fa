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
