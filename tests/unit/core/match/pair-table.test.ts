import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairCounts, PairIndex, PairTable } from '../../../../src/core/match/pair-table.js';

test('a pair is found in either order, and ids far past 2^31 / count never collide', () => {
  const table = new PairTable<string>();
  table.set(5, 3, 'a');
  table.set(3, 5, 'b');
  table.set(200_000, 199_999, 'c');
  assert.equal(table.get(3, 5), 'b');
  assert.equal(table.get(5, 3), 'b');
  assert.equal(table.get(199_999, 200_000), 'c');
  assert.equal(table.get(3, 6), undefined);
  assert.equal(table.size, 2);
});

test('pair ids are dense and stable while the index grows', () => {
  const index = new PairIndex();
  const ids = new Map<string, number>();
  for (let a = 0; a < 300; a++) for (let b = a + 1; b < a + 20; b++) ids.set(`${a},${b}`, index.add(b, a));
  assert.equal(index.size, 300 * 19);
  assert.deepEqual([...ids.values()], [...Array(index.size).keys()]);
  let seen = 0;
  index.forEach((a, b, id) => {
    assert.ok(a < b);
    assert.equal(ids.get(`${a},${b}`), id);
    assert.equal(index.find(a, b), id);
    seen++;
  });
  assert.equal(seen, index.size);
  assert.equal(index.find(1, 1000), -1);
});

test('pair counts', () => {
  const counts = new PairCounts();
  for (let i = 0; i < 5000; i++) counts.add(i % 7, 100 + (i % 3));
  assert.equal(counts.get(101, 1), Math.ceil(5000 / 21));
  assert.equal(counts.get(1, 99), 0);
});
