/** Show notes with time stamps, speaker labels with a topic or a time, asides mid-sentence, refusals, titles described after a dash. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('a chapter time stamp before a label is skipped, with or without a dash', () => {
  assert.deepEqual(kindsOf('12:05 — The Gazette’s scoop: the council met the developer twice'), ['relayed']);
  assert.equal(cueOf('1:14:20 – Okafor on the vote: “We had the numbers all along.”', 'on-record'), 'Okafor on the vote');
  assert.deepEqual(kindsOf('08:30 Report: the council met the developer twice'), ['relayed']);
  // A time stamp opening an ordinary line names nobody.
  assert.deepEqual(kindsOf('09:15 — Highlights from the second half'), []);
});

test('a label may say when its speaker spoke, but a date alone is no speaker', () => {
  assert.deepEqual(kindsOf('Okafor in March: “I never signed that memo.”'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz last week: "The budget holds."'), ['on-record']);
  assert.deepEqual(kindsOf('Floods in April: what the forecasts missed'), []);
  assert.deepEqual(kindsOf('March 2019: the plant closes'), []);
  // Saying when, a label speaks only when a quotation or the first person follows: otherwise it heads a story.
  assert.deepEqual(kindsOf('Police on Friday: what we know about the fire'), []);
  assert.deepEqual(kindsOf('The council last month: a timeline of the vote'), []);
});

test('a speaker label may name the topic after a comma when a quotation follows', () => {
  assert.equal(cueOf('Okafor, on the audit: “It was the one thing the board got right.”', 'on-record'), 'Okafor, on the audit');
  assert.deepEqual(kindsOf('The treasurer, about the shortfall: "We will cover it."'), ['on-record']);
  assert.deepEqual(kindsOf('Insiders, on the merger: "It is already done."'), ['anonymous']);
  // Without a quotation or the first person, a comma and a topic label nothing.
  assert.deepEqual(kindsOf('Markets, on balance: shares rose slightly.'), []);
});

test('an attribution set off by commas before "and" or "but" speaks for what came before', () => {
  const [, aside] = tag('Ana Ruiz, who teaches tax law, said the memo settles little. The bar for fraud is high, she added, and the state would need far more.');
  assert.deepEqual(aside!.kinds, ['on-record']);
  assert.equal(aside!.cues[0]!.cue, 'she added');
  assert.deepEqual(kindsOf('The vote was close, the clerk said, but the result stands.'), ['on-record']);
});

test('a spokesperson who will not discuss a case refuses an answer and denies nothing', () => {
  assert.deepEqual(kindsOf('A spokesman said the agency was helping investigators but would not discuss an open case.'), ['on-record']);
  assert.deepEqual(kindsOf("Okafor said she couldn't discuss the audit while it was under way."), ['on-record']);
  // Not having discussed something is still a denial.
  assert.deepEqual(kindsOf('Okafor said she did not discuss the audit with the developer.'), ['denial', 'on-record']);
  // Joined to that denial, the refusal shares its verb: it denies too.
  assert.deepEqual(kindsOf('Okafor said she had not and would not discuss the audit with the developer.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("Okafor said she never did and won't discuss the audit with him."), ['denial', 'on-record']);
});

test('a title described after a dash is no outlet credit', () => {
  assert.deepEqual(kindsOf('Inside the Chamber — a weekly politics podcast'), []);
  assert.deepEqual(kindsOf('Mill owners weigh sale (Bloomberg)'), ['relayed']);
  assert.deepEqual(kindsOf('Mill owners weigh sale — Reuters'), ['relayed']);
});

test('a top or chief rank in an identified body names its one holder; unowned, plural or source-like ranks stay unnamed', () => {
  assert.deepEqual(kindsOf("Brazil's top diplomat said the talks had gone well."), ['on-record']);
  assert.deepEqual(kindsOf("The deal was, according to the agency's chief lawyer, signed in haste."), ['on-record']);
  assert.deepEqual(kindsOf('A top official said the talks had gone well.'), ['anonymous']);
  assert.deepEqual(kindsOf("The ministry's top officials said the talks had gone well."), ['anonymous']);
  // The usual words for unnamed sources are no sole rank, owned or not.
  assert.deepEqual(kindsOf("The mayor's top aide, who spoke on condition of anonymity, said the talks had gone well."), ['anonymous']);
  assert.deepEqual(kindsOf("The agency's top source said the memo was genuine."), ['anonymous']);
  assert.deepEqual(kindsOf("The campaign's top adviser said the memo was genuine."), ['anonymous']);
});
