/** Dispute words that only name a kind of statement, told-to-me hedges, firms and papers that report, and document reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('"false" naming a kind of statement disputes nothing; calling a given claim false does', () => {
  assert.deepEqual(kindsOf('Fraud needs a knowingly false filing about a key fact, the judge added.'), ['on-record']);
  assert.deepEqual(kindsOf('She said it would be a scandal if the chief had given false or misleading answers.'), ['on-record']);
  assert.deepEqual(kindsOf('The judge said the state must prove a statement was false and knowingly made.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach said sloppy is not the same as false.'), ['on-record']);
  // A given claim disputed.
  assert.deepEqual(kindsOf('The coach said the story was false.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"That account is false," the coach said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach said these false claims had hurt the club.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach said the reports were false and misleading.'), ['denial', 'on-record']);
});

test('"no memory of" it, said by an identified party, denies it', () => {
  assert.deepEqual(kindsOf('The treasurer says she has no memory of any payment to the firm.'), ['denial', 'on-record']);
});

test('"I\'m told" and "is understood to" rest on unnamed people; a writer\'s own "I\'d" names no speaker', () => {
  assert.deepEqual(kindsOf('The draft, I\'m told, circulated among three ministries.'), ['anonymous']);
  assert.deepEqual(kindsOf('The minister is understood to have offered her resignation twice.'), ['anonymous']);
  assert.deepEqual(kindsOf('It is understood to rest on emails between the two firms.'), ['anonymous']);
  assert.deepEqual(kindsOf("But I'd add two things."), []);
});

test('a later account of one\'s own is on the record', () => {
  assert.deepEqual(kindsOf('The envoy met the senator twice that year, by his own later account.'), ['on-record']);
});

test('putting it bluntly is saying it', () => {
  assert.deepEqual(kindsOf('Dana Okafor, who ran the port for a decade, put it more bluntly.'), ['on-record']);
  assert.deepEqual(kindsOf('The clerk put it in the drawer.'), []);
});

test('a company under its legal name reports on the record; a bare name reporting stays unknown', () => {
  assert.deepEqual(kindsOf('Harbor Foods Inc reported a quarterly loss of $4 million on Monday.'), ['on-record']);
  assert.deepEqual(kindsOf('Lakeland Mills Corp. reported higher sales in its fiscal third quarter.'), ['on-record']);
  assert.deepEqual(kindsOf('Harbor Foods reported a quarterly loss of $4 million on Monday.'), []);
});

test('a carrier or an airline speaking is on the record', () => {
  assert.deepEqual(kindsOf('The carrier, which flies 50 jets for a larger airline, said the contract had been renewed.'), ['on-record']);
  assert.deepEqual(kindsOf('The airline said its fleet would grow next year.'), ['on-record']);
});

test('a paper that reports is a newspaper; a white paper or a study is a document', () => {
  assert.deepEqual(kindsOf("The county's weekly paper, the Hillside Ledger, reported in June that fees had doubled."), ['relayed']);
  assert.deepEqual(kindsOf('A local paper reported that the mill would close.'), ['relayed']);
  assert.deepEqual(kindsOf('A white paper reported that the mill would close.'), []);
});

test('a declassified or quarterly report is a document, not another outlet\'s story', () => {
  assert.deepEqual(kindsOf('A declassified report concluded that the fleet was not ready.'), ['document']);
  assert.deepEqual(kindsOf('A new report concluded that the fleet was not ready.'), ['relayed']);
});

test('results given in an earnings release rest on it', () => {
  assert.deepEqual(kindsOf('Sales rose 3 percent, the company said in its earnings release.'), ['document', 'on-record']);
});

test('owning up to leaving something out, or giving a reason, denies nothing; saying it never came up does', () => {
  assert.deepEqual(kindsOf('The treasurer has since said she did not mention the loan because the form did not ask about it.'), ['on-record']);
  assert.deepEqual(kindsOf('The treasurer wrote that she had not disclosed the loan.'), ['on-record']);
  assert.deepEqual(kindsOf('The treasurer said the loan was never mentioned.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer said she never discussed the loan with the bank.'), ['denial', 'on-record']);
});

test('intercepts weighed in general ("alone", "of this kind", "if accurate") are talked about, not relied on', () => {
  assert.deepEqual(kindsOf('She cautioned that intercepts of this kind capture only one side of a talk.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz said the intercepts, even if accurate, would not by themselves prove a crime.'), ['on-record']);
  assert.deepEqual(kindsOf('The intercepts show the envoy met the minister twice.'), ['intercept']);
});

test('citing a reason for what one did is speaking on the record; citing people only names them', () => {
  assert.deepEqual(kindsOf('She stepped down from the board in June, citing conflict-of-interest rules.'), ['on-record']);
  assert.deepEqual(kindsOf('The Ledger reported the sale, citing two people close to the deal.'), ['anonymous', 'relayed']);
  // A policy of not discussing something denies nothing.
  assert.ok(!kindsOf('The agency declined to comment, citing its policy of not discussing open cases.').includes('denial'));
});

test('a question quoted inside a statement leaves the statement read', () => {
  assert.deepEqual(kindsOf('The memo, which I\'m told reached every desk, carried the heading "is this legal?"'), ['anonymous']);
  assert.deepEqual(kindsOf('The senator asked, "Did you ever meet the envoy?"'), ['on-record']);
  assert.deepEqual(kindsOf('"Did the mayor lie?"'), []);
});

test('raging or lashing out at a claim disputes it; a flat no denies', () => {
  assert.deepEqual(kindsOf("Mayor rages at 'detestable lie' as council grills him over contracts"), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor railed against the allegations in a long speech.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Lowe asks whether he ever met the envoy, and the mayor answers with a flat no.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach raged at the referee.'), []);
});

test('referring to someone as a quoted name is saying it', () => {
  assert.deepEqual(kindsOf('The governor refers to the mayor on Twitter as "our weary leader."'), ['on-record']);
  assert.deepEqual(kindsOf('The term refers to a kind of bond.'), []);
});

test("a speaker's label with a topic but no comma, before a quotation, is on the record", () => {
  assert.deepEqual(kindsOf("Okafor on the port story: 'Nameless critics, same old script'"), ['on-record']);
  assert.deepEqual(kindsOf("Spotlight on the mayor: 'He lied'"), []);
});
