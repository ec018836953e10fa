/** Dismissing a report, an inquiry, a leak or talk of something: a named party's denial on the record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a named party dismissing an inquiry, a leak, talk or the whole business denies it on the record', () => {
  assert.deepEqual(kindsOf('The governor keeps waving off the audit story as "a smear."'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor has brushed off the investigations into her campaign as a vendetta.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club had dismissed talk of a takeover, again and again.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Vantor shrugs off latest anonymous leak about its merger'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The ministry has brushed aside the latest publication about the minister.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The league, for its part, has laughed off the whole business.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The senator scoffs at the inquiry into her travel.'), ['denial', 'on-record']);
});

test('ridiculing or deriding a report denies it; denouncing one only attacks it', () => {
  assert.deepEqual(kindsOf('The spokeswoman has also ridiculed the reports about the deal.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach derided the story as gossip.'), ['denial', 'on-record']);
  // Near miss: criticism of a report, said in public, disputes nothing.
  assert.deepEqual(kindsOf('The mayor denounced the report in a late-night post.'), ['on-record']);
});

test('going on doing it: "went on calling", "kept on denying" are the subject\'s acts', () => {
  assert.deepEqual(kindsOf('The coach went on calling the whole inquiry a "witch hunt" for months.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor kept on denying the report.'), ['denial', 'on-record']);
  // Near misses: "on" as a preposition before a noun or a gerund someone insists on.
  assert.deepEqual(kindsOf('The council went on holiday after the vote.'), []);
  assert.deepEqual(kindsOf('She insisted on calling it a hoax.'), ['denial', 'on-record']);
});

test('near misses: firing someone, a court, snow, a shrug, a wave, unnamed critics, a negated or possible dismissal', () => {
  assert.deepEqual(kindsOf('The minister dismissed the aide on Friday.'), []);
  assert.deepEqual(kindsOf('The dismissal of the police chief shocked the city.'), []);
  assert.deepEqual(kindsOf('The court dismissed the whole matter.'), []);
  assert.deepEqual(kindsOf('The judge dismissed the motion.'), []);
  assert.deepEqual(kindsOf('She brushed off the snow and went inside.'), []);
  assert.deepEqual(kindsOf('The mayor shrugged and walked away.'), []);
  assert.deepEqual(kindsOf('The senator waved to the crowd.'), []);
  assert.deepEqual(kindsOf('The senator challenged the investigation.'), []);
  assert.deepEqual(kindsOf('The mayor denounced the leak.'), ['on-record']);
  assert.deepEqual(kindsOf('Critics dismiss the investigation as spin.'), ['anonymous']);
  assert.deepEqual(kindsOf('The ministry has not dismissed the investigation.'), []);
  assert.deepEqual(kindsOf('The ministry could dismiss the inquiry.'), []);
});
