/** Where intercepts only talked about stop: they back a claim, a cleft gives what they hold, a report reads them, eavesdroppers are only near. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

const hasIntercept = (sentence: string): boolean => kindsOf(sentence).includes('intercept');

test('intercepts a copula makes the support of a claim are still cited', () => {
  for (const sentence of [
    'The intercepted cables are the basis of the inquiry.',
    'The wiretaps were the only evidence, and they show the consul lied.',
    'The intercepts are clear that the consul discussed the berth.',
    'The intercepts are proof that the trader paid him.',
    'Intercepted messages are evidence that the consul took cash.',
    'Intercepts of the consul\'s calls are among the evidence that the deal was rigged.',
    'The intercepts are consistent with the trader\'s account.',
    'Those wiretaps are the reason the consul was recalled.',
    'The intercepts are what led detectives to the trader.',
    'The wiretaps are the basis for the charges against him.',
    'Intercepted calls were the first sign of the scheme.',
    'The intercepts are a damning record of the consul\'s calls with the trader.',
    'Eavesdroppers are the source of the account.',
    'The intercepts were key to the inquiry, detectives said.',
    'The intercepted messages are damning, detectives said.',
    'The intercepted calls are the heart of the case against the consul.',
  ]) assert.ok(hasIntercept(sentence), sentence);
});

test('intercepts a copula only describes stay talked about', () => {
  assert.deepEqual(kindsOf('Wiretaps are an expensive tool for a small force.'), []);
  assert.deepEqual(kindsOf('Intercepted cables are a sensitive subject for any embassy.'), []);
  assert.deepEqual(kindsOf('Intercepts of a sitting minister are among the most closely guarded files.'), []);
});

test('"that" meaning "so" after what someone said opens no cleft', () => {
  assert.deepEqual(kindsOf('What the mayor said was that simple.'), []);
  assert.deepEqual(kindsOf('What the consul said was that important to the traders.'), []);
  assert.deepEqual(kindsOf('What they said was that kind of thing you hear at rallies.'), []);
  assert.deepEqual(kindsOf('What the minister said was that he would resign.'), ['on-record']);
  assert.deepEqual(kindsOf('What Mayor Ruiz said was that the council had lied.'), ['on-record']);
});

test('a cleft after what the intercepts hold gives it', () => {
  for (const sentence of [
    'What the intercepts revealed was that the consul discussed the berth.',
    'That\'s what the wiretaps revealed, detectives said.',
    'What the wiretaps captured was the consul promising relief.',
    'What British eavesdroppers heard was the consul describing the talks.',
    'What the intercepts show, according to detectives, is that the consul lied.',
  ]) assert.ok(hasIntercept(sentence), sentence);
  assert.deepEqual(kindsOf('What the intercepts said remains classified.'), []);
  assert.deepEqual(kindsOf('What the wiretaps said was brief.'), []);
});

test('a report on intercepts that states a finding reads them', () => {
  assert.ok(hasIntercept('A police report on intercepted calls concluded that the consul took cash.'));
  assert.ok(hasIntercept('In a report on intercepted cables, analysts concluded that the consul briefed his capital.'));
  assert.deepEqual(kindsOf('The consul resigned after a report on his intercepted messages.'), []);
});

test('eavesdroppers only near a clause are not misled, and still cited', () => {
  assert.ok(hasIntercept('It was known to British eavesdroppers that the consul had briefed his capital.'));
  assert.ok(hasIntercept('With eavesdroppers listening, the consul told his capital that the trader had called.'));
  assert.deepEqual(kindsOf('The consul leaked false figures to eavesdroppers.'), []);
});

test('a copula\'s complement that only names a kind, or a later clause of its own, leaves intercepts characterized', () => {
  assert.deepEqual(kindsOf('Intercepted messages are a kind of evidence few courts accept.'), []);
  assert.deepEqual(kindsOf('Leaking wiretaps is a grave offence, and whoever did it put sources in danger.'), []);
});

test('intercepts with a verb of their own after "what" (verb-act.ts) only name what they hold', () => {
  // "police wiretaps" is no bare noun, so verb-act.ts reads "reveal" with the intercepts as its subject.
  assert.deepEqual(kindsOf('What the police wiretaps reveal is unclear.'), []);
  assert.ok(hasIntercept('What the police wiretaps reveal is that the consul took cash.'));
});

test('eavesdroppers deceived or handed false figures are addressed', () => {
  assert.deepEqual(kindsOf('Envoys deceived British eavesdroppers for years.'), []);
  assert.deepEqual(kindsOf('The agents passed false figures to foreign eavesdroppers.'), []);
});
