/** Intercepts only talked about (asked about, characterized, a story's topic, those misled) rather than cited. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('intercepts as the subject of "what" are asked about, not cited', () => {
  assert.deepEqual(kindsOf('What the wiretaps revealed'), []);
  assert.deepEqual(kindsOf('GUIDE: What the harbour intercepts do and do not prove'), []);
  assert.deepEqual(kindsOf('What the intercepts might show, the panel agreed, is what the consul hoped to hear.'), []);
  assert.deepEqual(kindsOf('To judge what such intercepts can establish, we asked a retired analyst.'), []);
});

test('intercepts that state something, or a cleft that gives it, are still cited', () => {
  assert.deepEqual(kindsOf('The intercepts show what the consul promised the trader.'), ['intercept']);
  assert.deepEqual(kindsOf('What the intercepts show is that the consul met the trader twice.'), ['intercept']);
  assert.deepEqual(kindsOf('That is what the wiretaps show.'), ['intercept']);
});

test('a cleft after what someone said gives what was said', () => {
  assert.deepEqual(kindsOf('What Mayor Ruiz said was that the berth had been promised.'), ['on-record']);
  assert.deepEqual(kindsOf('What Mayor Ruiz said was brief.'), []);
});

test('intercepts that a copula only characterizes are talked about, not cited', () => {
  assert.deepEqual(kindsOf('Wiretaps of a sitting minister are among the rarest tools a prosecutor has.'), []);
  assert.deepEqual(kindsOf('Nobody has heard the tapes, and an intercepted cable is one side of a story.'), []);
  assert.deepEqual(kindsOf('Leaks of signals intelligence at this level are almost unheard of.'), []);
});

test('intercepts in a passive, a progressive or a supposition with content keep their reading', () => {
  assert.deepEqual(kindsOf('The intercepted calls are said to cover the first two visits.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('Because foreign spy agencies were listening in.'), ['intercept']);
  assert.deepEqual(kindsOf('The calls were intercepted by the police.'), ['intercept']);
  assert.deepEqual(kindsOf('In the wiretaps the trader is heard asking for cash.'), ['intercept']);
});

test('intercepts that a news story is about are its topic, not its source', () => {
  assert.deepEqual(kindsOf('2019 intercept stories'), []);
  assert.deepEqual(kindsOf('Mayor stays quiet after a story about the consul\'s intercepted calls'), []);
  assert.deepEqual(kindsOf('The article on intercepted cables from the consulate runs on Sunday.'), []);
});

test('intercepts a story rests on, or that report, are still cited', () => {
  assert.deepEqual(kindsOf('The intercepts reportedly cover only the spring meetings.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The story rests on intercepted calls between the two men.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The station built its story on intercepted radio traffic.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The consul told his capital about the deal, according to intercepted cables.'), ['intercept']);
});

test('eavesdroppers misled or fed stories are addressed, not cited', () => {
  assert.deepEqual(kindsOf('Envoys sometimes plant false leads for foreign eavesdroppers to find.'), []);
  assert.deepEqual(kindsOf('Envoys may inflate their reports to mislead British eavesdroppers.'), []);
  assert.deepEqual(kindsOf('The consulate passed bogus figures to eavesdroppers on purpose.'), []);
});

test('eavesdroppers who say or capture something are still cited', () => {
  assert.deepEqual(kindsOf('But foreign eavesdroppers say the consul bragged about the deal.'), ['intercept']);
  assert.deepEqual(kindsOf('The call, as captured by British eavesdroppers, runs for ten minutes.'), ['intercept']);
});
