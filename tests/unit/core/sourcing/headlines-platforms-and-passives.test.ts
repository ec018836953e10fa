/**
 * Headline wordings (inverted bare speakers, title case, datelines), quotations split after "!",
 * going to a platform to speak, reduced passives, open questions and public criticism.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('a headline may put a bare speaker after its verb', () => {
  assert.deepEqual(kindsOf('Ferry service to end in May, says report'), ['relayed']);
  assert.deepEqual(kindsOf('Bridge repairs to run into autumn, says official'), ['anonymous']);
  assert.deepEqual(kindsOf('Rates to stay on hold, says central bank'), ['on-record']);
  // Only a short phrase closing the sentence: a clause after the verb is what is said.
  assert.deepEqual(kindsOf('Ruiz, now the treasurer, has insisted she never signed the memo.'), ['denial', 'on-record']);
});

test('a title-case headline capitalises its verbs', () => {
  assert.deepEqual(kindsOf('Council Member Ada Brennan Said She Never Saw the Memo'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("Treasurer Says She 'Did Not Sign Any Contracts With the Firm.'"), ['denial', 'on-record']);
});

test('a title-case headline may keep a long preposition in lower case', () => {
  assert.deepEqual(kindsOf('Mayor Denies Taking Bribes amid Growing Pressure'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Treasurer Says She Never Signed Contracts amid Audit'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Governor Denies Favouring Donors like Predecessors Did'), ['denial', 'on-record']);
  // Near misses: a lower-case word that is no preposition makes it a sentence, whose capitals are names.
  assert.deepEqual(kindsOf('Mayor Denies taking Bribes amid Growing Pressure'), []);
  assert.deepEqual(kindsOf('Mayor Denies Taking Bribes Despite mounting Pressure'), []);
  assert.deepEqual(kindsOf('Mayor Denies Taking Bribes From Developer'), ['denial', 'on-record']);
});

test('a capitalised US after a dateline is the country, not the first person', () => {
  assert.deepEqual(kindsOf('Ottawa: US trade envoy Mara Lind met the minister twice, the Gazette reported.'), ['relayed']);
});

test('a quotation split after its exclamation mark keeps its speaker', () => {
  const [quote, tail] = tag('"These audits must end now!" she added.');
  assert.equal(quote!.text, '"These audits must end now!"');
  assert.deepEqual(tail!.kinds, ['on-record']);
  assert.deepEqual(tag('"Is that really so?" the mayor asked on Friday.').at(-1)!.kinds, ['on-record']);
  // A lower-case sentence after one that closed no quotation is no attribution of it.
  assert.deepEqual(tag('The audits must end. she added.').at(-1)!.kinds, []);
});

test('going to a platform to speak is speaking', () => {
  assert.deepEqual(kindsOf('On Monday the governor took to Twitter to call the audit an illegal stunt.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer went to Facebook to complain about the audit.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor went on television to say she would stay.'), ['on-record']);
  assert.deepEqual(kindsOf('Fans took to Twitter to celebrate the win.'), []);
});

test('a participle after its noun names its speaker after "by"', () => {
  assert.equal(cueOf('The merger, announced by Acme on Friday, surprised the staff.', 'on-record'), 'announced by Acme on Friday');
  assert.deepEqual(kindsOf('The cuts announced by the ministry on Friday will close two clinics.'), ['on-record']);
  // "by email" names no one: the mayor is the speaker.
  assert.equal(cueOf('The mayor announced by email that she would resign.', 'on-record'), 'The mayor announced');
});

test('declining to say whether denies nothing', () => {
  assert.deepEqual(kindsOf('The mayor has not said whether she will run again.'), []);
  assert.deepEqual(kindsOf('The treasurer said she had not said that.'), ['denial', 'on-record']);
});

test('public criticism is said on the record even when it denies nothing', () => {
  assert.deepEqual(kindsOf('The governor denounced what he called an illegal leak after a newspaper reported the payments.'), ['on-record', 'relayed']);
  // A leak is not a claim, and a clause after the object is not what is slammed.
  assert.deepEqual(kindsOf("Governor slams 'leak' as report says aide took bribes"), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The governor slammed the door.'), []);
  assert.deepEqual(kindsOf('The governor rejected, after a long pause, the claims.'), ['denial', 'on-record']);
  // Denouncing a story attacks it; denouncing allegations, or a story as false, denies.
  assert.deepEqual(kindsOf("The mayor took to Twitter to denounce the Gazette report as another 'political leak'."), ['on-record']);
  assert.deepEqual(kindsOf('The ministry denounced the allegations.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor denounced the report as false.'), ['denial', 'on-record']);
});

test('a rhetorical reminder states what it recalls', () => {
  assert.deepEqual(kindsOf('Remember when the treasurer told the council, "I never met the contractor"?'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Remember when she followed that up by insisting, "I had no meetings with him"?'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Did the treasurer say she never met him?'), []);
});

test('a participle after a time opener with no comma speaks for the subject', () => {
  assert.deepEqual(kindsOf('On Friday the treasurer returned to the subject, calling the audit "a sideshow" and writing that it must stop.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer has spent months calling the audit a hoax.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('On Tuesday morning she went further, writing that the audit was a waste.'), ['on-record']);
});
