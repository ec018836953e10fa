/**
 * Where refusing to accept and a party's lawyers stop: an offer, a pronoun or a "that" clause
 * not accepted denies no claim, a guess at a refusal ("might not accept") is none, lawyers named
 * only by a determiner stay unnamed, and speakers who withhold their names stay anonymous
 * whatever their head. Contracted and progressive refusals deny as the full forms do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('speakers who withhold their names stay anonymous, however the story described them before', () => {
  assert.deepEqual(kindsOf('The lawyers, who asked not to be identified, said the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('The carrier\'s lawyers, who spoke on condition of anonymity, said the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('The lawyers said on condition of anonymity that the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('The scientists, who were not authorized to discuss the trial, said the results were weak.'), ['anonymous']);
  assert.deepEqual(kindsOf('The researchers, speaking on condition of anonymity, said the samples were tainted.'), ['anonymous']);
});

test('a name, or an aside about something else, keeps the speaker on the record', () => {
  assert.deepEqual(kindsOf('Ada Brennan, who is close to the family, said the funeral would be private.'), ['on-record']);
  assert.deepEqual(kindsOf('The researchers, who ran the trial for a decade, said the samples were tainted.'), ['on-record']);
  assert.deepEqual(kindsOf('The carrier\'s lawyers said on Tuesday that the merger was nearly done.'), ['on-record']);
});

test('a pronoun, an offer or a "that" clause not accepted denies no claim', () => {
  assert.deepEqual(kindsOf('She was offered the post but did not accept it.'), []);
  assert.deepEqual(kindsOf('He was offered a settlement but refused to accept it.'), []);
  assert.deepEqual(kindsOf('The airline did not accept that offer.'), []);
  assert.deepEqual(kindsOf('The council would not accept this proposal.'), []);
  assert.deepEqual(kindsOf('The shop does not accept such cheques.'), []);
  assert.deepEqual(kindsOf('The firm did not accept that.'), []);
  assert.deepEqual(kindsOf('The widow refused to accept that her husband was gone.'), []);
  assert.deepEqual(kindsOf('The manager refused to accept that the season was lost.'), []);
});

test('a claim named by its noun after a determiner is still denied', () => {
  assert.deepEqual(kindsOf('The minister has never accepted that portrayal of the talks.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The minister would not accept this account of the talks.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The regulator has never accepted that description of the fees.'), ['denial', 'on-record']);
});

test('a refusal only guessed at denies nothing; a stated one, however contracted, does', () => {
  assert.deepEqual(kindsOf('The insurer might not accept the auditors\' findings, traders said.'), ['anonymous']);
  assert.deepEqual(kindsOf('The insurer may not accept the auditors\' findings.'), []);
  assert.deepEqual(kindsOf('The insurer cannot accept the auditors\' findings.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The insurer didn\'t accept the auditors\' findings.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The insurer doesn\'t accept the auditors\' conclusions.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The insurer won\'t accept the auditors\' findings.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The insurer is refusing to accept the auditors\' findings.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The insurer has been refusing to accept the auditors\' findings.'), ['denial', 'on-record']);
});

test('a contracted negation of a speech verb still says nothing', () => {
  assert.deepEqual(kindsOf('The mayor didn\'t respond to the letter.'), []);
  assert.deepEqual(kindsOf('The mayor didn\'t deny the report.'), []);
});

test('accepting a finding is no dispute, even as what a statement was', () => {
  assert.deepEqual(kindsOf('The agency\'s answer was to accept the findings.'), ['on-record']);
  assert.deepEqual(kindsOf('The agency\'s answer was to reject the findings.'), ['denial', 'on-record']);
});

test('lawyers with only a determiner, or a country\'s, name nobody; a party\'s speak for it', () => {
  assert.deepEqual(kindsOf('The two lawyers said the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('These lawyers said the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('The other lawyers said the merger was nearly done.'), ['anonymous']);
  assert.deepEqual(kindsOf('The immigration lawyers said the rule was unlawful.'), ['anonymous']);
  assert.deepEqual(kindsOf('The nation\'s lawyers have warned that the rule is unlawful.'), ['anonymous']);
  assert.deepEqual(kindsOf('The defendant\'s lawyers said the rule was unlawful.'), ['on-record']);
  assert.deepEqual(kindsOf('Their lawyers said the rule was unlawful.'), ['on-record']);
  assert.deepEqual(kindsOf('Lawyers for Harwick Mills said the rule was unlawful.'), ['on-record']);
  assert.deepEqual(kindsOf('The government\'s lawyers argued that the rule was lawful.'), ['on-record']);
});

test('lawyers once left unnamed stay unnamed when the story comes back to them', () => {
  const tagged = tag('Two lawyers briefed on the talks said the merger was nearly done. The lawyers said the carrier would pay.');
  assert.deepEqual(tagged.map((sentence) => sentence.kinds), [['anonymous'], ['anonymous']]);
});
