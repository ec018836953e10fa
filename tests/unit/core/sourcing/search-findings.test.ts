/** What a search found: "found no evidence" reports a finding; "found no truth to the report" still disputes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a search that found nothing reports a finding, it denies nothing', () => {
  assert.deepEqual(kindsOf('The auditor said her staff found no evidence of theft.'), ['on-record']);
  assert.deepEqual(kindsOf('Harbor Clinic said it had found no sign that records were taken.'), ['on-record']);
  // Near misses: a plain denial by the one accused, "no evidence" asserted, a refusal to find.
  assert.deepEqual(kindsOf('The mayor said there was no evidence of theft.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm denied finding any irregularities.'), ['denial', 'on-record']);
});

test('finding no truth, merit or basis in a claim still disputes it', () => {
  assert.deepEqual(kindsOf('A spokesman for the governor said the governor found no truth to the article.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator said he found no basis for the charges.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club said it finds no merit in the claim.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor said she found no wrongdoing by her deputies.'), ['denial', 'on-record']);
  // A search whose object is a claim's support weighs that claim.
  assert.deepEqual(kindsOf("His spokeswoman said the agency found no evidence to support the newspaper's account."), ['denial', 'document', 'on-record']);
  assert.deepEqual(kindsOf('The firm said it found no evidence for the allegations.'), ['denial', 'on-record']);
  // Near misses: searches that turned up nothing, of any kind.
  assert.deepEqual(kindsOf('The fire chief said crews found no trace of an accelerant.'), ['on-record']);
  assert.deepEqual(kindsOf('The bank said its review found no indication that accounts were accessed.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('The council said inspectors found no evidence of mould in the flats.'), ['on-record']);
});
