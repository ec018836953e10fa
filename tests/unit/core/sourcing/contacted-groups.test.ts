/** Unnamed people a party reached ("officials the Post spoke with"): an outlet that reached them relays their account. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('an unnamed source "the paper spoke with" ends before the outlet, whose reporting it is', () => {
  assert.deepEqual(kindsOf('According to a former official the Tribune spoke with, the talks ran for an hour.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('According to two aides the Tribune interviewed, the plan stalled.'), ['anonymous', 'relayed']);
  // Near misses: an outlet that only reported on them, no outlet at all.
  assert.deepEqual(kindsOf('According to officials the Tribune reported on, the plan stalled.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to officials the plan stalled.'), ['anonymous']);
  // Near misses: a named source, "the" opening no clause, an object of "told".
  assert.deepEqual(kindsOf('According to the official, the talks ran for an hour.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to Mayor Ruiz, the talks ran for an hour.'), ['on-record']);
  assert.deepEqual(kindsOf('He told officials the talks ran for an hour.'), ['on-record']);
});

test('an auxiliary or a relative word may stand in the clause of who reached them', () => {
  assert.deepEqual(kindsOf('According to people the Tribune has spoken with, the plan stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('According to aides the Tribune had interviewed, the plan stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('According to officials whom the Tribune interviewed, the plan stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('According to officials that the Tribune spoke with, the plan stalled.'), ['anonymous', 'relayed']);
});

test('the people reached may be the subject: relayed only when an outlet reached them', () => {
  assert.deepEqual(kindsOf('People the Tribune spoke with said the plan had stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Several aides the Tribune interviewed described the talks as tense.'), ['anonymous', 'relayed']);
  // Near misses: a police force, an agency or a senator reached them; no contact verb.
  assert.deepEqual(kindsOf('An official the FBI interviewed said the envoy attended the dinner.'), ['anonymous']);
  assert.deepEqual(kindsOf('Witnesses the police questioned said the van sped off.'), ['anonymous']);
  assert.deepEqual(kindsOf('Officials the committee spoke with said the bids were fair.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to a source the ministry trusts, the envoy will be recalled.'), ['anonymous']);
});
