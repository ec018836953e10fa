/** Unnamed people an outlet reached, anonymity asides before a verb, "it is learnt that", and "nothing improper". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('unnamed people an outlet says it reached, in a relative clause, are an unnamed source', () => {
  assert.deepEqual(kindsOf('According to the Herald, which spoke to several current and former aides, the deal was signed in May.'), ['anonymous', 'relayed']);
  assert.equal(cueOf('According to the Herald, which spoke to several current and former aides, the deal was signed in May.', 'anonymous'), 'several current and former aides');
  assert.ok(kindsOf('The Gazette, which has interviewed four people familiar with the bids, reported that the tender was rigged.').includes('anonymous'));
  // A named person reached by the outlet is no unnamed source.
  assert.ok(!kindsOf('The Herald, which spoke to the harbour master, said the pier would close.').includes('anonymous'));
  // Not an outlet: a senator or a committee that spoke to officials is itself the speaker.
  assert.deepEqual(kindsOf('The senator, who spoke to officials on Monday, said the vote would slip.'), ['on-record']);
  assert.deepEqual(kindsOf('The committee, which questioned two officials on Tuesday, said the vote would slip.'), ['on-record']);
  assert.deepEqual(kindsOf('According to the council, which spoke to officials in the ministry, the plan is dead.'), ['on-record']);
});

test('an anonymity aside before "said" keeps the speaker before it, not a name after it', () => {
  const sentence = 'Officials at the Foreign Ministry, speaking on condition of anonymity, said Ottawa\'s patience lay in short supply.';
  assert.deepEqual(kindsOf(sentence), ['anonymous']);
  // The anonymity aside after an inverted speaker still leaves that speaker in place.
  assert.deepEqual(kindsOf('"We are finished," said one aide, speaking on condition of anonymity.'), ['anonymous']);
  // Other asides are no anonymity: a named governor still speaks on the record.
  assert.deepEqual(kindsOf('The governor, speaking at a rally, said Ohio\'s farmers were owed relief.'), ['on-record']);
  // An inverted named speaker after a quotation is untouched.
  assert.deepEqual(kindsOf('"The pier will reopen," said Mayor Ana Ruiz.'), ['on-record']);
});

test('"it is learnt that" is someone unnamed making the claim; "learnt that way" is not', () => {
  assert.deepEqual(kindsOf('It is learnt that the two envoys met twice in the spring.'), ['anonymous']);
  assert.deepEqual(kindsOf('It has been learned that the board will meet on Friday.'), ['anonymous']);
  // "that" pointing at a manner or a time opens no claim.
  assert.deepEqual(kindsOf('It is learnt that way, by years of hauling nets.'), []);
  assert.deepEqual(kindsOf('It was learned that afternoon, in a hurry, by every new recruit.'), []);
  // A lesson learnt names nobody.
  assert.deepEqual(kindsOf('The lesson learnt that winter stayed with the crew.'), []);
  // "that" before a possessive time word is the claim's subject.
  assert.deepEqual(kindsOf('It is understood that Monday\'s vote will slip.'), ['anonymous']);
});

test('"nothing improper" denies wrongdoing like "nothing wrong"', () => {
  assert.deepEqual(kindsOf('The mayor\'s office said there was nothing improper in the deal.'), ['denial', 'on-record']);
  // A question, a search that found nothing, and a condition deny nothing.
  assert.deepEqual(kindsOf('Is there nothing improper about a mayor taking gifts?'), []);
  assert.deepEqual(kindsOf('The auditors looked for anything improper and found nothing improper in the ledgers.'), []);
  assert.deepEqual(kindsOf('If the review finds nothing improper, the contract stands.'), []);
});

test('"pages of" and "reams of" count documents: the documents after them are the source', () => {
  assert.deepEqual(kindsOf('The fares were raised twice, according to 200 pages of invoices.'), ['document']);
  assert.deepEqual(kindsOf('Reams of court filings show the firm paid the fines late.'), ['document']);
  // Pages of a playbook or a diary's pages that nobody cites as a source stay silent.
  assert.deepEqual(kindsOf('The coach spent pages of the playbook on defence.'), []);
  assert.deepEqual(kindsOf('Pages of the old ledger were lost in the flood.'), []);
  assert.deepEqual(kindsOf('She filled pages of notebooks with sketches of the harbour.'), []);
});

test('"more than" before a count leaves the counted people or papers as the source', () => {
  assert.deepEqual(kindsOf('The pier was unsafe for years, according to more than a dozen inspectors.'), ['anonymous']);
  assert.ok(kindsOf('The Ledger, citing more than 40 internal emails, said the warnings were ignored.').includes('document'));
  // More than a thing, not a source: no one is cited.
  assert.deepEqual(kindsOf('The plan drew on more than a decade of research.'), []);
  assert.deepEqual(kindsOf('According to more than the usual rumours, the deal is off.'), []);
  assert.deepEqual(kindsOf('The deal was off, according to more than one account.'), []);
});
