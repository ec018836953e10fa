import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('"according to" a source that names nobody does not make the person before it the speaker', () => {
  const despite = 'The attorney general talked about the race with Russia\'s envoy, according to intercepted cables, even though he had insisted no such conversations took place.';
  assert.ok(confidentIds(despite).includes('sessions-denied-campaign-discussions'));
  // A named source after it still speaks: the denial is then the spokeswoman's, not Sessions'.
  const sourced = 'According to Flores, Sessions never discussed interference in the election.';
  assert.ok(!confidentIds(sourced).includes('sessions-denied-campaign-discussions'));
  // Set off after its subject, or opening the sentence, the source leaves the verb after it to
  // decide: the envoy's or the department's denial is not Sessions'.
  for (const other of [
    'The envoy, according to a note from his embassy, denied that he had talked about the race with Sessions.',
    'The Justice Department, according to its statement, said the attorney general never talked about the race with the ambassador.',
    'According to two people briefed on it, Kislyak denied that the campaign came up in his talks with Sessions.',
  ]) {
    assert.ok(!confidentIds(other).includes('sessions-denied-campaign-discussions'), other);
  }
});

test('standing aside from an inquiry is recusing', () => {
  assert.ok(confidentIds('In March he stood aside from the department\'s inquiry into Russian meddling.', undefined, ['Sessions faced calls to quit.']).includes('sessions-recused-russia-probe'));
});

test('dealing with someone or coming up with an excuse is no meeting', () => {
  assert.ok(!confidentIds('Sessions is the fairest man I have dealt with, and I trust him over a Russian diplomat.').includes('sessions-kislyak-2016-meetings'));
  assert.ok(!confidentIds('Once caught, Sessions came up with another excuse.', undefined, ['Kislyak left Washington in July.']).includes('sessions-kislyak-2016-meetings'));
  // Talking with the envoy still is.
  assert.ok(confidentIds('Sessions talks briefly with Kislyak at a reception in 2016.').includes('sessions-kislyak-2016-meetings'));
});

test('meetings called committee business are the senator defence', () => {
  assert.ok(confidentIds('Sessions says the encounters were Armed Services business.').includes('sessions-senate-capacity-explanation'));
  const omitted = 'In a later filing he wrote that he had not mentioned the meetings because the question had not asked about them.';
  assert.ok(confidentIds(omitted, undefined, ['Sessions amended his testimony.']).includes('sessions-senate-capacity-explanation'));
});

test('the spokeswoman\'s words are the department disputing the report', () => {
  assert.ok(confidentIds('His spokeswoman attacked the sourcing, calling the intercept uncorroborated.').includes('doj-disputes-intercept-report'));
  const statement = 'Her statement said the attorney general did not discuss interference in the election.';
  assert.ok(confidentIds(statement, undefined, ['Flores answered the newspaper on Friday.']).includes('doj-disputes-intercept-report'));
  // His own statement is his denial, not the department's.
  assert.ok(!confidentIds('Sessions\' statement said he did not discuss interference in the election.').includes('doj-disputes-intercept-report'));
});

test('Putin ordering interference is the intelligence assessment', () => {
  const assessed = 'The CIA, NSA and FBI concluded last January that Putin ordered an influence campaign against the 2016 race.';
  assert.ok(confidentIds(assessed).includes('russia-interference-assessment'));
});

test('spy agencies intercepting the ambassador\'s reports home is the intercept claim', () => {
  assert.ok(confidentIds('U.S. spy agencies intercepted the ambassador\'s reports to his superiors in Moscow.').includes('kislyak-reported-campaign-talks'));
  // A generic ambassador reporting home is no intercept of Kislyak's.
  assert.ok(!confidentIds('An envoy reporting to his capital tends to flatter himself.').includes('kislyak-reported-campaign-talks'));
});
