/** Hearsay a tip sheet passes on ("we hear", "rumor has it", "an aide whispers"), and intercepts only named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('hearing that something is so, or rumor having it, cites unnamed people', () => {
  assert.deepEqual(kindsOf('We hear the governor is about to name a new budget chief.'), ['anonymous']);
  assert.deepEqual(kindsOf('The bigger worry in the caucus, we hear, is the timing of the vote.'), ['anonymous']);
  assert.deepEqual(kindsOf("I'm hearing the merger talks collapsed over the weekend."), ['anonymous']);
  assert.deepEqual(kindsOf('The band has a new drummer, and rumor has it the tour will be extended.'), ['anonymous']);
});

test('hearing about something or from someone cites nobody', () => {
  assert.deepEqual(kindsOf('We hear about potholes from readers every single spring.'), []);
  assert.deepEqual(kindsOf('We have heard from the parents on this more than once.'), []);
  assert.deepEqual(kindsOf('I hear you, but the numbers still do not add up.'), []);
});

test('an unnamed aide who whispers or swears something is an unnamed source', () => {
  assert.deepEqual(kindsOf('A senior budget aide whispers that the deal is closer than it looks.'), ['anonymous']);
  assert.deepEqual(kindsOf('One council staffer swears the vote count was "never in doubt."'), ['anonymous']);
  assert.deepEqual(kindsOf('Ruiz swore that the contract was signed in May.'), ['on-record']);
});

test('swearing an oath or in an official says nothing', () => {
  assert.deepEqual(kindsOf('Ruiz swore an oath before the county board on Monday.'), []);
  assert.deepEqual(kindsOf('Judge Ortega swore in the new sheriff at noon.'), []);
});

test('intercepts or eavesdroppers that only end a heading or a clause are named, not cited', () => {
  assert.deepEqual(kindsOf('The senator and the intercepts'), []);
  assert.deepEqual(kindsOf('Behind the diplomats stand the foreign eavesdroppers.'), []);
  assert.deepEqual(kindsOf('The governor asked for copies of the intercepts.'), []);
});

test('intercepts that say something, or where it was found, are still cited', () => {
  assert.deepEqual(kindsOf('The intercepts reportedly cover only the spring meetings.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('Only the first call shows up in the intercepts.'), ['intercept']);
  assert.deepEqual(kindsOf('The autumn meeting is covered by the intercepts.'), ['intercept']);
  assert.deepEqual(kindsOf('The intercepts, the paper says, show the envoy boasting.'), ['intercept', 'relayed']);
});
