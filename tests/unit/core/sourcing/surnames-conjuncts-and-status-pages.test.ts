/** Surnames that are common nouns, a country's intelligence agencies, conjuncts inside an anonymity marker's object, status pages, warnings given to an outlet. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a surname that is also a plural noun names its bearer', () => {
  assert.deepEqual(kindsOf('Loretta Banks says the council owes voters an answer.'), ['on-record']);
  assert.deepEqual(kindsOf('County party chair Dana Friend said the vote was rushed.'), ['on-record']);
  // Near misses: a count, an article, a plain plural, a title-case headline.
  assert.deepEqual(kindsOf('Two Banks said the rates would rise.'), ['anonymous']);
  assert.deepEqual(kindsOf('The Banks said the rates would rise.'), ['anonymous']);
  assert.deepEqual(kindsOf('Regional banks said the rule would cost billions.'), ['anonymous']);
  assert.deepEqual(kindsOf('Senior Officials Say Budget Deal Is Near'), ['anonymous']);
});

test("a country's intelligence agencies are an identified source; unnamed ones are not", () => {
  assert.deepEqual(kindsOf('U.S. intelligence agencies said in January that the hackers worked for Moscow.'), ['on-record']);
  assert.deepEqual(kindsOf("The country's intelligence agencies said the plot had been foiled."), ['on-record']);
  // Near misses: a count, unidentifying modifiers, agencies of another kind.
  assert.deepEqual(kindsOf('Several intelligence agencies said they had shared warnings.'), ['anonymous']);
  assert.deepEqual(kindsOf('Foreign intelligence agencies said they had shared warnings.'), ['anonymous']);
  assert.deepEqual(kindsOf('Western intelligence agencies said the attack was planned abroad.'), ['anonymous']);
  assert.deepEqual(kindsOf('Federal agencies said the rule would cost billions.'), ['anonymous']);
});

test('a conjunct inside what an anonymity marker is about leaves its people unnamed', () => {
  assert.deepEqual(kindsOf('Two people familiar with talks between the city and the union said a deal was close.'), ['anonymous']);
  assert.deepEqual(kindsOf('People close to both the mayor and her deputy said the plan was shelved.'), ['anonymous']);
  // Near misses: a marker that takes no object, plain coordinated speakers, a preposition that is no marker.
  assert.deepEqual(kindsOf('An anonymous donor and the city said the park would open in May.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor and the council said the vote was delayed.'), ['on-record']);
  assert.deepEqual(kindsOf('Residents near the plant and the union said the smell was worse.'), ['on-record']);
});

test("a company's status page is a published record", () => {
  assert.deepEqual(kindsOf('Service was fully restored by noon, according to the status page.'), ['document']);
  assert.deepEqual(kindsOf("According to the provider's public status page, the fault began overnight."), ['document']);
  // Near misses: the page mentioned, not cited.
  assert.deepEqual(kindsOf('The company updated its status page every hour.'), []);
  assert.deepEqual(kindsOf('The status page itself went down during the outage.'), []);
  assert.deepEqual(kindsOf('Customers were told to check the status page for updates.'), []);
});

test('warning an outlet is telling it: the outlet relays what it was warned', () => {
  assert.deepEqual(kindsOf('Officials cautioned the Gazette that the figures might be incomplete.'), ['anonymous', 'relayed']);
  // Near misses: a warning to the public, to a private circle, with no outlet at all.
  assert.deepEqual(kindsOf('The mayor warned residents that the water was unsafe.'), ['on-record']);
  assert.deepEqual(kindsOf('The chief cautioned his aides that the budget was tight.'), []);
  assert.deepEqual(kindsOf('“It could get worse,” the mayor warned.'), ['on-record']);
});
