/** Wordings that look like attribution but attribute nothing: habits, suppositions, nouns, topics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a record of describing, or a harder question, is no speech act', () => {
  assert.deepEqual(kindsOf('Aides said the envoy had a long record of describing his meetings plainly.'), ['anonymous']);
  assert.deepEqual(kindsOf('That makes it a thornier question than it first appears.'), []);
  // a verb after "a" and a noun still speaks when it is inflected
  assert.deepEqual(kindsOf('A rival disputed the count on Monday.'), []);
  assert.deepEqual(kindsOf('A witness told a local radio station that she saw smoke.'), ['anonymous', 'relayed']);
});

test('what someone would do only if or unless something happens is not said', () => {
  assert.deepEqual(kindsOf('The file stays sealed unless a judge asks for it to be opened.'), []);
  assert.deepEqual(kindsOf('If a manager says otherwise, staff should call the hotline.'), []);
});

test('writing home is a private report, not a source speaking', () => {
  assert.deepEqual(kindsOf('An envoy wrote home about the dinner that night.'), []);
});

test('not knowing what or whether is uncertainty, not a denial', () => {
  assert.deepEqual(kindsOf('We simply do not know whether the figures hold up, Ortega said.'), ['on-record']);
  assert.deepEqual(kindsOf('Ortega said she did not know of any such payment.'), ['denial', 'on-record']);
});

test('an aside crediting unnamed people holds what a named person is said to have described', () => {
  assert.deepEqual(kindsOf('What Moreno described, according to an aide quoted by the Herald, was a shouting match.'), ['anonymous', 'relayed']);
});

test('surveillance as a topic or inside the name of a law is no intercept sourcing', () => {
  assert.deepEqual(kindsOf('To follow the case, it helps to learn how these wiretaps come about.'), []);
  assert.deepEqual(kindsOf('A judge on the Foreign Intelligence Surveillance Court signed the order.'), []);
  assert.deepEqual(kindsOf('The wiretaps show the aide calling the embassy twice.'), ['intercept']);
});
