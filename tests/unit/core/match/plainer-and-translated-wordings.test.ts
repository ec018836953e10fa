import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('a "dialogue" is a discussion of its topics', () => {
  const dialogue = 'A retired official said their dialogue covered Trump\'s positions on Russia and the future of relations with Moscow.';
  assert.ok(confidentIds(dialogue, undefined, ['Sessions met Kislyak twice that year.']).includes('sessions-kislyak-substantive-talks'));
});

test('"declarations" are statements called misleading', () => {
  const declarations = 'One official described the declarations Sessions made about the contacts as misleading.';
  assert.ok(confidentIds(declarations).includes('official-says-sessions-misleading'));
});

test('crossing paths or coinciding with someone is meeting him', () => {
  assert.ok(confidentIds('Sessions crossed paths with Kislyak at least twice in 2016.').includes('sessions-kislyak-2016-meetings'));
  assert.ok(confidentIds('During 2016 Sessions coincided with Kislyak at three events.').includes('sessions-kislyak-2016-meetings'));
});

test('a senator who "separated himself" from the inquiry recused', () => {
  const separated = 'In March Sessions separated himself from every Justice Department inquiry into the Russia affair.';
  assert.ok(confidentIds(separated).includes('sessions-recused-russia-probe'));
});

test('POTUS is the president and "knocking" answers is faulting them', () => {
  const potus = 'POTUS told the NYT he would never have tapped Sessions had he known about the recusal.';
  assert.ok(confidentIds(potus).includes('trump-would-not-have-picked-sessions'));
  const knocked = 'In the same interview Trump knocked the AG\'s confirmation hearing performance.';
  assert.ok(confidentIds(knocked).includes('trump-sessions-bad-answers'));
});

test('"would never have named him had he known he would recuse" needs no name for the appointee', () => {
  const unnamed = 'Trump said this week he would not have named him had he known he would recuse himself from the Russia inquiry.';
  assert.ok(confidentIds(unnamed, undefined, ['Sessions is under pressure.']).includes('trump-would-not-have-picked-sessions'));
});

test('communications the senator denied having are not talk about the campaign', () => {
  // "communications" names contacts, not a conversation about a topic: the sentence reports
  // the meetings and the denial, not the ambassador's account of campaign talk.
  const despite = 'Sessions met Kislyak twice during the campaign despite telling senators he "did not have communications with the Russians."';
  const ids = confidentIds(despite);
  assert.ok(!ids.includes('kislyak-reported-campaign-talks'));
  assert.ok(ids.includes('sessions-kislyak-2016-meetings'), 'a meeting set against a denial still stands');
});

test('a generic ambassador reporting home is not Kislyak\'s account', () => {
  const generic = 'Any ambassador reporting to his capital may inflate a conversation, and an intercepted summary tells one side.';
  assert.ok(!confidentIds(generic).includes('kislyak-reported-campaign-talks'));
});

test('the intercepts covering the first two meetings are the intercepted accounts', () => {
  assert.ok(confidentIds('The intercepts cover only the first two meetings.', undefined, ['Sessions met Kislyak twice in 2016.']).includes('kislyak-reported-campaign-talks'));
  // Covering something else is not it.
  assert.ok(!confidentIds('The intercepts cover a wide range of subjects.').includes('kislyak-reported-campaign-talks'));
});

test('his reports concerning encounters are his account', () => {
  assert.ok(confidentIds('Kislyak\'s reports concerned two encounters with Sessions.').includes('kislyak-reported-campaign-talks'));
});

test('a substantive content list, a Russian witch hunt, and committees asking who worked with Moscow', () => {
  const content = 'A former official said the content was substantive: Trump\'s Russia positions and the future of the relationship.';
  assert.ok(confidentIds(content, undefined, ['Sessions met Kislyak twice in 2016.']).includes('sessions-kislyak-substantive-talks'));
  assert.ok(confidentIds('Trump has repeatedly branded the Russian affair a witch hunt.').includes('trump-dismisses-russia-reports'));
  const worked = 'A special counsel and committees of Congress are looking into whether anyone around Trump worked with Moscow.';
  assert.ok(confidentIds(worked).includes('special-counsel-investigating'));
});

test('an uncorroborated intercept questioned by the spokeswoman is the department\'s dispute', () => {
  const weight = 'Flores questioned how much weight an uncorroborated intercept could bear.';
  assert.ok(confidentIds(weight).includes('doj-disputes-intercept-report'));
});
