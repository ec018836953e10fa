import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const KISLYAK_REPORTED = 'kislyak-reported-campaign-talks';

test('a spokeswoman relaying his own stand ("said Sessions stands by ...") reports his denial', () => {
  assert.ok(confidentIds('Flores said on Monday that the attorney general stands by his sworn answer that he never talked about the election with any Russian.').includes(DENIED));
  assert.ok(confidentIds('A department spokeswoman, Sarah Isgur Flores, said Sessions has firmly denied discussing the race with Russians.').includes(DENIED));
});

test('her own denial, or a denial verb that is hers, is not Sessions denying', () => {
  for (const sentence of [
    'Flores said Sessions never talked about the election with any Russian and dismissed the story as unfounded.',
    'Flores, who stood by the department\u2019s account, said Sessions never talked about the race with Russian officials.',
    'Sarah Isgur Flores said Sessions did not discuss the campaign with the ambassador, and she rejected the newspaper\u2019s story.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
});

test('an opening participle ("Responding to ...,") leaves the main verb to say who speaks', () => {
  assert.ok(!confidentIds('Responding to the story, Flores said Sessions never talked about the election with the Russian ambassador.').includes(DENIED));
  assert.ok(!confidentIds('Replying to questions, a Justice Department spokeswoman said Sessions had not discussed the race with Kislyak.').includes(DENIED));
  // Near misses: the speaker is still Sessions.
  assert.ok(confidentIds('Speaking to reporters, Sessions said he never discussed the campaign with the Russian ambassador.').includes(DENIED));
  assert.ok(confidentIds('Responding to Franken, Sessions said he had no communications with the Russians.').includes(DENIED));
  assert.ok(confidentIds('Sessions, responding to the story, said he never discussed the campaign with Kislyak.').includes(DENIED));
});

test('an attributive verdict ("an unverified intercept") judges its noun, not the clause before it', () => {
  // After a coordinated "cast doubt on", a verdict judging the whole clause would put its negation in dispute.
  const sentence = 'Flores said Sessions never talked about the election with the ambassador and cast doubt on an unverified intercept nobody had shown her.';
  assert.ok(!confidentIds(sentence).includes(KISLYAK_REPORTED));
  // Near misses: a verdict closing its clause still judges it.
  assert.ok(confidentIds('Trump called the reports of Russian interference in the election a hoax.').includes('trump-dismisses-russia-reports'));
  assert.ok(confidentIds('Trump said the reports of Russian meddling in the election were fake news.').includes('trump-dismisses-russia-reports'));
  assert.ok(confidentIds('The Justice Department called the intercept uncorroborated.').includes('doj-disputes-intercept-report'));
});

test('a dispute verb coordinated after a negation ("... and cast doubt on ...") leaves that negation standing', () => {
  for (const sentence of [
    'A spokeswoman said Sessions never discussed the campaign with the ambassador and cast doubt on the newspaper\u2019s story.',
    'Flores said Sessions had not talked about the election with Kislyak and undercut the report in the same breath.',
    'The department said the attorney general did not discuss the race with the envoy and contradicted the officials quoted by the Post.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(KISLYAK_REPORTED), sentence);
  }
  // Near miss: a contrast that is no coordinated verb still disputes the denial.
  assert.ok(confidentIds('Despite his insistence that they never discussed the campaign, Kislyak told his superiors in Moscow that he and Sessions had.').includes(KISLYAK_REPORTED));
});

test('"not the first time" is no negation', () => {
  for (const sentence of [
    'It is not the first time the attorney general\u2019s account of his contacts with Kislyak has drawn questions.',
    'Not for the first time, the attorney general\u2019s dealings with Kislyak are under scrutiny.',
    'This is not the only time Sessions and the Russian ambassador have been in the news.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIED), sentence);
  }
  // Near misses: a real denial beside it still counts.
  assert.ok(confidentIds('It is not the first time Sessions has denied discussing the campaign with Russians.').includes(DENIED));
  assert.ok(confidentIds('Not for the first time, Sessions said he had no contacts with the Russians about the campaign.').includes(DENIED));
});
