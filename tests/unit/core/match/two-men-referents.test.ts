import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const CLAIM = 'sessions-kislyak-2016-meetings';

test('"the two men" are two men, however many sentences since the second was named', () => {
  const before = [
    'The Russian ambassador, Sergey Kislyak, reported to Moscow on his talks with Jeff Sessions.',
    'Several outlets picked up the account over the weekend.',
    'Sessions has said those talks were routine.',
    'A department spokeswoman, Sarah Isgur Flores, said the attorney general stood by his testimony.',
  ];
  assert.ok(confidentIds('Public records show the two men met at least twice that year.', undefined, before).includes(CLAIM));
});

test('"the two women" are not Sessions and Kislyak', () => {
  const before = ['Sessions and Kislyak were both at the embassy reception in April.'];
  assert.ok(confidentIds('The two men met again at least twice that year.', undefined, before).includes(CLAIM));
  assert.ok(!confidentIds('The two women met again at least twice that year.', undefined, before).includes(CLAIM));
});
