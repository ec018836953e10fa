/** Intelligence as the evidence: a spy agency's finding, stated, in a sentence about spying or a state. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('the intelligence itself showing something is spy-agency sourcing', () => {
  assert.deepEqual(kindsOf('According to the Tribune, the intelligence indicates the two envoys spoke twice.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf("Leaked intelligence showed the embassy's attaché briefing his superiors."), ['intercept']);
  assert.deepEqual(kindsOf('Analysts say the intercepted material points to the minister.'), ['anonymous', 'intercept']);
  // Near misses: artificial intelligence, a committee, intercepted goods, material only talked about.
  assert.deepEqual(kindsOf('The artificial intelligence shows promise in radiology.'), []);
  assert.deepEqual(kindsOf('Customs officers intercepted material bound for the harbour.'), []);
  assert.deepEqual(kindsOf('Whether the inquiry has seen the intercepted material remains unclear.'), []);
  assert.deepEqual(kindsOf('The intelligence of ravens shows up in puzzle tests.'), []);
});

test('intelligence stating a finding counts only when stated and about spying or a state', () => {
  assert.deepEqual(kindsOf('Intelligence officials said the intelligence suggests the envoy overstated his access.'), ['anonymous', 'intercept']);
  assert.deepEqual(kindsOf('The intelligence shows the foreign minister met the banker twice.'), ['intercept']);
  // Near misses: asked or supposed, police or scouting intelligence, intelligence only talked about.
  assert.deepEqual(kindsOf('It remains unclear whether the intelligence shows the embassy knew.'), []);
  assert.deepEqual(kindsOf('If the intelligence indicates a foreign hand, the minister must resign.'), []);
  assert.deepEqual(kindsOf('Detectives said the intelligence suggested the crew planned a robbery.'), ['on-record']);
  assert.deepEqual(kindsOf('Coaches said the intelligence showed the rival side would rest its striker.'), ['on-record']);
  assert.deepEqual(kindsOf('Opponents said the leaked intelligence was selectively edited.'), ['anonymous']);
});
