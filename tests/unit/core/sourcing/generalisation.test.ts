/** Wordings beyond the plain "X said": relative clauses, documents as subjects, dismissals, shorthand and labels. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('a speaker described by a relative clause speaks, however long the clause', () => {
  assert.deepEqual(kindsOf('Nadia Hale, who runs a bakery on the east side of Leeds, said the new parking rules would hurt trade.'), ['on-record']);
  assert.deepEqual(kindsOf('The only objection came from trustee Omar Voss, who said during the debate that the fees were too high.'), ['on-record']);
});

test('records, filings and dockets say what they hold, past an aside or a participle', () => {
  assert.deepEqual(kindsOf('Logs from the Fish and Wildlife Service show that 40 permits were issued.'), ['document']);
  assert.deepEqual(kindsOf("The tenants' complaint, however, cites four unanswered repair requests."), ['document']);
  assert.deepEqual(kindsOf('The sentencing was delayed again, a docket entry shows, with no reason given.'), ['document']);
  assert.deepEqual(kindsOf('A lawsuit filed in state court in March accuses the landlord of ignoring mould.'), ['document']);
  assert.deepEqual(kindsOf('Ferries will resume on Monday, according to guidance issued by the port authority.'), ['document']);
  // "the paper admits" is the newspaper speaking, not a paper as a document.
  assert.notDeepEqual(kindsOf('Even the paper admits the evidence is thin.'), ['document']);
});

test('dismissing with a long object, a comparison or a word for a fuss is a denial', () => {
  assert.deepEqual(kindsOf('Okafor called the notion that she had hidden the invoices "a cynical and baseless smear" on Tuesday.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The minister likened the inquiry to a "political circus."'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ankara has repeatedly dismissed the outcry over the detentions.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Now the ministry is pushing back hard.'), ['denial', 'on-record']);
});

test('what should have been, or happened without a word, is neither a denial nor a statement', () => {
  assert.deepEqual(kindsOf('Ruiz said the referee "should have never sent him off" in the first half.'), ['on-record']);
  assert.deepEqual(kindsOf('The heater can switch itself off without warning.'), []);
  assert.deepEqual(kindsOf('She left the room without saying a word.'), []);
  assert.deepEqual(kindsOf('Watch: whether the governor posts about it again.'), []);
});

test('a quoted denial inside what a named speaker says is a denial', () => {
  assert.deepEqual(kindsOf('His counsel, Ana Ruiz, said her client "firmly denies" every count and will appeal.'), ['denial', 'on-record']);
});

test('call signs with a band, media in general, and "per" shorthand name their source', () => {
  assert.deepEqual(kindsOf('KTVB-TV reported in June that the bridge was closed.'), ['relayed']);
  assert.deepEqual(kindsOf('Turkish media have suggested he may step down.'), ['relayed']);
  assert.deepEqual(kindsOf('The plant will close in June, per Bloomberg.'), ['relayed']);
  assert.deepEqual(kindsOf('The plant will close in June, per the company.'), ['on-record']);
  assert.deepEqual(kindsOf('The plant will close in June, per a source.'), ['anonymous']);
  assert.deepEqual(kindsOf('Prices rose 4 per cent, or $3 per share.'), []);
});

test('headline labels naming the outlet spoken to, after a bullet or a comma', () => {
  assert.deepEqual(kindsOf('- One ex-aide to Politico: the budget talks were "tense."'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('- Ruiz, to Reuters last month: would have "walked away" sooner.'), ['on-record']);
  assert.deepEqual(kindsOf('- Also to Reuters: the budget was "a mess."'), ['on-record']);
  assert.deepEqual(kindsOf('Also: the budget vote is on Friday.'), []);
});

test('what follows "per OUTLET:" is the outlet\'s, with no speakers of its own', () => {
  assert.deepEqual(kindsOf('Governor Ada Lind, per Axios: her deputy told donors the vote was rigged.'), ['relayed']);
});

test('"called for" with a time inside it is still a demand made on the record', () => {
  assert.deepEqual(kindsOf('Two Republicans called Monday night for the chief to step aside.'), ['on-record']);
});

test('one\'s own account, a trailing "X added" and an unnamed person "quoted as" saying', () => {
  assert.deepEqual(kindsOf('Voss is not retiring, at least by his own account.'), ['on-record']);
  assert.deepEqual(kindsOf('The club stands by its statement, in which it said the fee was fair, Moreno added.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The one unnamed aide quoted as calling the deal "rushed" has since resigned.'), ['anonymous', 'relayed']);
});

test('speakers inside what a closing "according to" a document holds are its content', () => {
  const [sentence] = tag('During a call recorded by investigators, the treasurer told a cousin to "move the money," according to an affidavit filed last week.');
  assert.equal(sentence!.kinds.includes('on-record'), false);
  assert.equal(sentence!.kinds.includes('document'), true);
});

test('surveillance sought or aimed at is only mentioned', () => {
  assert.deepEqual(kindsOf('Detectives applied for wiretaps on two phones in June.'), []);
  // Eavesdroppers "fed" false leads (a verb of handing over, then "to") are who was misled, not a source (misled-eavesdroppers.ts); the "for" after them is a time.
  assert.deepEqual(kindsOf('The defector fed false leads to rival eavesdroppers for months.'), []);
  assert.deepEqual(kindsOf('Rival eavesdroppers listened to the defector for months.'), ['intercept']);
});

test('an owned statement set off by commas ("Her answer, that ...,") is the owner\'s', () => {
  assert.deepEqual(kindsOf('Her answer, that she never signed the contract, did not convince the jury.'), ['denial', 'on-record']);
});

test('a firm\'s owner is identified, and an application for a wiretap is a court paper, not an intercept', () => {
  assert.deepEqual(kindsOf('A clerk was suspended; the shop\'s owner says he did nothing wrong.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('A hearing on the motion to unseal the wiretap applications is set for May.'), []);
});
