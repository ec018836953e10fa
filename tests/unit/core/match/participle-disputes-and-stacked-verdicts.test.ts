import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DOJ = 'doj-disputes-intercept-report';
const KISLYAK_REPORTED = 'kislyak-reported-campaign-talks';
const RECUSED = 'sessions-recused-russia-probe';

test('a dispute participle coordinated after a negation ("saying ... never ... and casting doubt on") leaves that negation standing', () => {
  for (const sentence of [
    'The department answered quickly, with a spokeswoman saying Sessions never talked about the race with any Russian and casting doubt on a leak nobody had verified.',
    'Flores responded within the hour, insisting the attorney general had not discussed the election with the envoy and contradicting the officials the paper quoted.',
    'A spokesman said Sessions did not discuss the campaign with Kislyak and undercutting the report was easy.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(KISLYAK_REPORTED), sentence);
  }
  // Near misses: a contrast that is no coordinated participle still puts the denial in dispute.
  assert.ok(confidentIds('Contradicting his insistence that they never discussed the campaign, Kislyak told his superiors in Moscow that he and Sessions had.').includes(KISLYAK_REPORTED));
  assert.ok(confidentIds('Despite his insistence that they never discussed the campaign, Kislyak told his superiors in Moscow that he and Sessions had.').includes(KISLYAK_REPORTED));
});

test('a verdict adjective after other adjectives ("a single, unverified intercept") still judges only its noun', () => {
  for (const sentence of [
    'The Justice Department says this is a single, uncorroborated intercept that the paper never saw.',
    'The Justice Department calls it an old uncorroborated intercept.',
    'According to the Justice Department, the story rests on a lone unverified intercept.',
  ]) {
    assert.ok(confidentIds(sentence).includes(DOJ), sentence);
  }
  // Near misses: after a noun or a verb the verdict closes its clause and judges all of it.
  assert.ok(confidentIds('Trump called the interference story fabricated nonsense.').includes('trump-dismisses-russia-reports'));
  assert.ok(confidentIds('Trump said the reports of Russian meddling in the election were old, fake news.').includes('trump-dismisses-russia-reports'));
  assert.ok(confidentIds('Trump called reports of Russian interference in the election new, made-up nonsense.').includes('trump-dismisses-russia-reports'));
});

test('"withdrew, at a date, from overseeing the investigation" is the recusal', () => {
  assert.ok(confidentIds('Bowing to Democrats, Sessions withdrew in March from overseeing the inquiry into the campaign.').includes(RECUSED));
  assert.ok(confidentIds('Sessions withdrew last spring from overseeing the investigation.').includes(RECUSED));
  // Near misses: someone else kept from overseeing it, or another withdrawal.
  for (const sentence of [
    'Democrats want to bar Sessions from overseeing the Russia investigation.',
    'Sessions removed the prosecutor from overseeing the investigation.',
    'Sessions had hoped to keep Mueller from overseeing the investigation.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(RECUSED), sentence);
  }
});

test('Kislyak\'s accounts covering the April and July encounters report the intercepts', () => {
  assert.ok(confidentIds('Citing officials, the paper said Kislyak\u2019s accounts covered the encounters in April and July.').includes(KISLYAK_REPORTED));
  // Near misses: accounts of other things, or no months of the two encounters.
  for (const sentence of [
    'Kislyak gave interviews after the encounters, and his account of them covered little.',
    'Kislyak\u2019s accounts of his career covered his encounters with four presidents.',
    'The ambassador\u2019s public accounts have covered the encounters only vaguely.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(KISLYAK_REPORTED), sentence);
  }
});
