import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('what people can or may say is no statement; a refusal, a past "may have" and other subjects still count', () => {
  assert.deepEqual(kindsOf('Fair-minded voters can argue about whether the mayor went too far.'), []);
  assert.deepEqual(kindsOf('Senior clerks may ask to see the ledger if they need it.'), []);
  assert.deepEqual(kindsOf('Tenants might complain, but the rent will rise anyway.'), []);
  // Near misses: negated (a refusal), perfect ("may have told"), a capitalised month, another verb saying it.
  assert.deepEqual(kindsOf('Officials could not say whether the bridge would reopen.'), ['anonymous']);
  assert.deepEqual(kindsOf('The treasurer may raise taxes again, her spokesman said.'), ['on-record']);
  assert.deepEqual(kindsOf('In May officials said the bridge would reopen.'), ['anonymous']);
});

test('a verb of finding with a reflexive object finds nothing', () => {
  assert.deepEqual(kindsOf('The city treasurer finds herself defending a budget she opposed.'), []);
  assert.deepEqual(kindsOf('The inquiry found itself short of witnesses.'), []);
  // Near misses: a finding with an object, a finding about someone, a speech verb with a reflexive.
  assert.deepEqual(kindsOf('The audit finds the treasurer moved the money twice.'), ['document']);
  assert.deepEqual(kindsOf('The audit found him responsible for the shortfall.'), ['document']);
  assert.deepEqual(kindsOf('The treasurer described herself as a reluctant candidate.'), ['on-record']);
});

test('a verb set at a time to come ("when the inquiry concludes") reports nothing', () => {
  assert.deepEqual(kindsOf('The findings go to the council when the inquiry concludes.'), []);
  assert.deepEqual(kindsOf('Nothing will move until the court rules on the appeal.'), []);
  // Near misses: a past event after "when", "before" as a place, an -ing verb after it.
  assert.deepEqual(kindsOf('When the Ledger reported the loans, the treasurer resigned.'), ['relayed']);
  assert.deepEqual(kindsOf('Before the council, the treasurer insisted she had never moved the money.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer resigned once the Ledger reported the gap.'), ['relayed']);
});

test('a time after an invertible verb says when; it names no speaker', () => {
  assert.deepEqual(kindsOf('The minutes, posted Friday afternoon, show the vote was 5-2.'), ['document']);
  // Near misses: a name after the verb, a time after the name, a speaker before the verb.
  assert.deepEqual(kindsOf('"We are leaving," said May.'), ['on-record']);
  assert.deepEqual(kindsOf('"We are leaving," tweeted Ruiz on Friday.'), ['on-record']);
  assert.deepEqual(kindsOf('The treasurer posted Friday that the vote was 5-2.'), ['on-record']);
});

test('a negation inside a conditional clause supposes, it denies nothing', () => {
  assert.deepEqual(kindsOf('"If a treasurer had told the council she had no accounts abroad, she would be finished," said Lena Ortiz.'), ['on-record']);
  assert.deepEqual(kindsOf('"Unless the board never met, the vote stands," Ortiz said.'), ['on-record']);
  // Near misses: the denial after the condition, an indirect question, a condition inside what is said.
  assert.deepEqual(kindsOf('Even if they met, the treasurer said, they did not discuss the loan.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Asked if she had met him, the treasurer said she never did.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer said that if asked, she would repeat that she never met him.'), ['denial', 'on-record']);
});

test("how a speaker named after the verb is described is the reporter's, not a denial", () => {
  assert.deepEqual(kindsOf('"The sampling is careful," said Ines Haro, a chemist who was not involved in the study.'), ['on-record']);
  assert.deepEqual(kindsOf('"The sampling is careful," said Ines Haro, who had no part in the study.'), ['on-record']);
  // Near misses: what the speaker says before the name, a relative that asserts ("who insisted that"), a participle after it.
  assert.deepEqual(kindsOf('"We never saw the data," said Ines Haro, a chemist.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"Fine," said Haro, who insisted that the lab had not altered the data.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"Fine," said Ines Haro, the lab director, adding that she never saw the data.'), ['denial', 'on-record']);
});
