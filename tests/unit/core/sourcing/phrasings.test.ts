import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a particle verb split by its object denies like its joined form', () => {
  assert.deepEqual(kindsOf('The ministry brushed the allegations aside on Tuesday.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club swatted the story away within the hour.'), ['denial', 'on-record']);
  // No claim as its object: no denial.
  assert.deepEqual(kindsOf('The mayor waved the crowd away from the stage.'), []);
});

test('a longer verb phrase wins over a shorter reading of its first word ("called on" is a demand)', () => {
  assert.deepEqual(kindsOf('Senate Republicans called on the governor to release the emails.'), ['on-record']);
});

test('unnamed people whose view is hedged as reported are anonymous too', () => {
  assert.deepEqual(kindsOf('Some scientists reportedly came to see the trial as flawed.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The trial reportedly ended early.'), ['relayed']);
});

test('a headline label naming a report relays it; a kicker that ends in "story" names no source', () => {
  assert.deepEqual(kindsOf('New report: council spent twice its budget on consultants'), ['relayed']);
  assert.deepEqual(kindsOf('Cover story: how the council spent its budget'), []);
});

test('a bare intercept noun that is only talked about is no intercept sourcing', () => {
  assert.deepEqual(kindsOf('The wiretaps themselves have never been released.'), []);
  assert.deepEqual(kindsOf('No journalist has seen the underlying intercepts.'), []);
  assert.deepEqual(kindsOf('The intercepts suggest the minister knew of the payments.'), ['intercept']);
});

test('a speaker inside what someone else says is theirs: on the record or unnamed, it is reported', () => {
  assert.deepEqual(kindsOf('The mayor said residents had told her the water was brown.'), ['on-record']);
  assert.deepEqual(kindsOf('Two people familiar with the talks said the minister told reporters that the deal was dead.'), ['anonymous']);
  assert.deepEqual(kindsOf('The minister told reporters that the deal was dead.'), ['on-record']);
});

test('people disclose as well as outlets; an official body that concludes publishes a finding', () => {
  assert.deepEqual(kindsOf('A former aide disclosed that the payments continued for a year.'), ['anonymous']);
  assert.deepEqual(kindsOf('The safety agencies concluded in March that the bridge was unsafe.'), ['document']);
});

test('outlets relay through more verbs, and later reporting is another outlet’s', () => {
  assert.deepEqual(kindsOf('The Times’ story depends on leaked emails.'), ['relayed']);
  assert.deepEqual(kindsOf('Subsequent reports placed the meeting in a hotel bar.'), ['relayed']);
  assert.deepEqual(kindsOf('According to a witness quoted in the piece, the doors were locked.'), ['anonymous', 'relayed']);
});

test('more denials: a lie by any adjective, and a discussion that never came up', () => {
  assert.deepEqual(kindsOf('The senator called the charge “an outright lie.”'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach has insisted that doping never came up in his talks with the rider.'), ['denial', 'on-record']);
});

test('an outlet that claims relays; a report that merely adds to something says nothing', () => {
  assert.deepEqual(kindsOf('The Daily Mirror claims, citing no one, that the striker will leave.'), ['relayed']);
  assert.deepEqual(kindsOf('The striker will leave in June, the paper reported.'), ['relayed']);
  assert.deepEqual(kindsOf('The new report adds to the pressure on the coach.'), []);
});

test('an official finding cited for what it holds is a document; listening in is interception', () => {
  assert.deepEqual(kindsOf('The firm kept drilling despite a federal assessment that the site was unsafe.'), ['document']);
  assert.deepEqual(kindsOf('The calls were picked up by police listening in on the gang.'), ['intercept']);
});
