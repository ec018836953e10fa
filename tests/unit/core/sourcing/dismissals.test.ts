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
  assert.deepEqual(kindsOf('The mayor went on to deny the report.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach went on to describe the story as a smear.'), ['denial', 'on-record']);
  // Near misses: "on" as a preposition before a noun or a gerund someone insists on.
  assert.deepEqual(kindsOf('The council went on holiday after the vote.'), []);
  assert.deepEqual(kindsOf('The mayor went on to the next question.'), []);
  assert.deepEqual(kindsOf('The club went on to sign him.'), []);
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

test('only the head of the object counts, in the sense that tells of a claim', () => {
  const none = [
    'The director dismissed the inquiry officer on Monday.',
    'The council dismissed the leak detective last week.',
    'The chief dismissed the probe staff after a year.',
    "The publisher dismissed the publication's whole newsroom.",
    'The district dismissed the coach at the heart of the investigation.',
    "The owner dismissed the probe's lead engineer.",
    'The spinners dismissed the openers cheaply, and the talk turned to the weather.',
    'Engineers waved off the probe launch because of lightning.',
    'The landlord dismissed the water leak as a small drip.',
    'Markets shrugged off the investigation news.',
    'The medic waved off the probe and took her temperature.',
    'The bank brushed aside customer inquiries about fees.',
    'The receptionist brushed off my inquiry about the parcel.',
    'The senator brushed off questions about the leak.',
    'Parents dismissed the talk by the principal as a waste of an evening.',
    'Fans shrugged off the leak.',
    'He dismissed the talk as idle chatter.',
    'The landlord dismissed the water leak in the basement as a small drip.',
    'The medic waved off the probe in her hand and took her temperature.',
  ];
  for (const sentence of none) assert.deepEqual(kindsOf(sentence), [], sentence);
  // Still: the inquiry into it, the probe as a verdict, a leak about something, talk of it.
  assert.deepEqual(kindsOf('The senator brushed off the probe as a partisan stunt.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The governor waved away the FBI's investigation into her aides."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm shrugged off the leaks about its accounts.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach laughed off talk that he would resign.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The embassy dismissed the investigations in Congress as theatre.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The ministry brushed aside the latest publication in a Paris weekly about the prince.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm brushed off the "probe" into its books.'), ['denial', 'on-record']);
});

test('a court, a judge or a tribunal dismissing rules on a case; it denies nothing', () => {
  assert.deepEqual(kindsOf('The court dismissed the lawsuit over the leaks.'), []);
  assert.deepEqual(kindsOf('A federal judge dismissed the suit against the leak suspect.'), []);
  assert.deepEqual(kindsOf("The appeals court dismissed the probe's challenge."), []);
  assert.deepEqual(kindsOf("The judge dismissed the jury's inquiry about the sentence."), []);
  assert.deepEqual(kindsOf('The tribunal dismissed the whole thing.'), []);
  // Near miss: a party dismissing the inquiry still denies it.
  assert.deepEqual(kindsOf('The ministry dismissed the inquiry into the contract as politics.'), ['denial', 'on-record']);
});

test('mocking, ridiculing or deriding an inquiry is criticism on the record; of a report, a denial', () => {
  assert.deepEqual(kindsOf('The governor mocked the investigation at a rally in Iowa.'), ['on-record']);
  assert.deepEqual(kindsOf('The senator ridiculed the inquiry into her office.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach derided the reports about his contract.'), ['denial', 'on-record']);
});
