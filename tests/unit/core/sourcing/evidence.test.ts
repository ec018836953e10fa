/** Denials, hedges, relays, intercepts and documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('denial verbs by a named party are on the record', () => {
  assert.deepEqual(kindsOf('The company has repeatedly denied the allegations.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz rejected the report as "pure fiction."'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz disputed the figures.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The ministry dismissed such claims on Monday.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club pushed back on the reports.'), ['denial', 'on-record']);
});

test('negated statements of an identified speaker are denials', () => {
  assert.deepEqual(kindsOf('Ruiz said she did not discuss the contract with the bidders.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"I never had meetings with the bidders," Ruiz said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz said she has not seen the memo.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz said the account was false.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The statement said the mayor had never mixed city business with fundraising.'), ['denial', 'on-record']);
});

test('refusals, hypotheticals and unnamed critics are not denials', () => {
  assert.deepEqual(kindsOf('A spokesman said the bureau does not confirm or deny investigations.'), ['on-record']);
  assert.deepEqual(kindsOf('"We do not comment on rumours," Ruiz said.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz said she would not have signed the contract.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz said she did not expect the vote to pass.'), ['on-record']);
  assert.deepEqual(kindsOf('Officials said the account was false.'), ['anonymous']);
  assert.deepEqual(kindsOf('Dr. Lee, who was not involved in the study, said the effect was small.'), ['on-record']);
  assert.deepEqual(kindsOf('A judge dismissed two jurors on Monday.'), []);
});

test('hedges relay what others reported', () => {
  assert.deepEqual(kindsOf('The striker reportedly asked for a transfer.'), ['relayed']);
  assert.deepEqual(kindsOf('The mayor allegedly used city phones for fundraising.'), ['relayed']);
  assert.deepEqual(kindsOf('The letter purportedly shows a second signature.'), ['document', 'relayed']);
  assert.deepEqual(kindsOf('The council has opened an inquiry into alleged fraud.'), []);
});

test('outlets relay: reported, according to, citing, first reported by, told the newspaper', () => {
  assert.deepEqual(kindsOf('The talks have stalled, The Washington Post reported on Friday.'), ['relayed']);
  assert.deepEqual(kindsOf('According to the Post, the talks have stalled.'), ['relayed']);
  assert.deepEqual(kindsOf('The talks have stalled, according to a new report.'), ['relayed']);
  assert.deepEqual(kindsOf('The Riverton Gazette reported, citing two officials, that the talks had stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The stall was first reported by the local broadcaster.'), ['relayed']);
  assert.deepEqual(kindsOf('A senior official told the newspaper that the talks had stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Talks stall over border dispute: report'), ['relayed']);
});

test('a named speaker talking to an outlet is on the record, not relayed', () => {
  assert.deepEqual(kindsOf('Ruiz told The New York Times that the talks had stalled.'), ['on-record']);
  assert.deepEqual(kindsOf('A source told Reuters that the talks had stalled.'), ['anonymous']);
});

test('intercepts and surveillance, but not sport or cameras', () => {
  assert.deepEqual(kindsOf('The calls were intercepted by intelligence agencies, two officials said.'), ['anonymous', 'intercept']);
  assert.deepEqual(kindsOf('Intelligence from Western spy agencies suggests the convoy was diverted.'), ['intercept']);
  assert.deepEqual(kindsOf('The suspect had been under surveillance for months.'), ['intercept']);
  assert.deepEqual(kindsOf('The defender intercepted a pass in the final minute.'), []);
  assert.deepEqual(kindsOf('Surveillance cameras recorded the crash.'), []);
});

test('documents, records, filings and published assessments', () => {
  assert.deepEqual(kindsOf('According to court records, the firm was paid twice.'), ['document']);
  assert.deepEqual(kindsOf('Emails released by the council show the plan was changed in March.'), ['document']);
  assert.deepEqual(kindsOf('The assessment concluded that the bridge was unsafe.'), ['document']);
  assert.deepEqual(kindsOf('Court filings show the firm was paid twice.'), ['document']);
  assert.deepEqual(kindsOf('Emails obtained by the Riverton Gazette show the plan was changed.'), ['document', 'relayed']);
  assert.deepEqual(kindsOf('The release of the emails caused a stir.'), []);
});
