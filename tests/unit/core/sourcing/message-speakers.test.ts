/** A named person speaking only inside intercepted or reported messages is not on the record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a speaker inside the messages an intercept or a report holds is their content', () => {
  assert.deepEqual(kindsOf("The Post reported that spy agencies had intercepted the envoy's cables to his capital, in which he said the two men discussed trade."), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The paper reported that agents picked up messages the consul sent home, and in them he says he met the mayor twice.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('In those intercepted accounts, the envoy described the talks as warm.'), ['intercept']);
  assert.deepEqual(kindsOf('In those secretly captured messages, the consul said the two of them talked about the vote.'), ['intercept']);
});

test('a named speaker answering a report, or speaking in his own papers, stays on the record', () => {
  assert.deepEqual(kindsOf('After the Post revealed the meetings, the senator said he had met the envoy as a member of a committee.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The Post reported the talks; in an interview, the senator said he had met the envoy only once.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('In his letter to the panel, the senator said he had met the envoy twice.'), ['on-record']);
  assert.deepEqual(kindsOf('In a statement after the report, the senator said he had met the envoy twice.'), ['on-record']);
});

test('an "in" phrase pointing back with no intercept or report before it changes nothing', () => {
  assert.deepEqual(kindsOf('The mayor kept a diary, in which she said the council had misled her.'), ['on-record']);
});

test("a speaker's own call, emails or account after a report or an intercept stays on the record", () => {
  assert.deepEqual(kindsOf('The Herald broke the story; in a phone call with reporters, Finance Minister Lena Ortiz said she had not been told.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('Agents bugged his office for a year, but in conversations with journalists, Councilman Ray Dunn said he had kept every rule.'), ['intercept', 'on-record']);
  assert.deepEqual(kindsOf('The Tribune reported the allegations; in emails to the Tribune, Dunn said they were invented.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('According to the Gazette, the mill will shut, but in her account of the meeting, Mayor Ana Ruiz said the vote was postponed.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('According to Sky News, the minister quit, and in his version of events, Hughes said he was pushed out.'), ['on-record', 'relayed']);
  // The phrase is read from its first "in", not from a later one inside it.
  assert.deepEqual(kindsOf('The Ledger reported the talks; in a call with reporters in Boston, Coyle said he would cooperate.'), ['on-record', 'relayed']);
});

test('"in which" naming an event or a reply, not the messages, leaves its speaker on the record', () => {
  assert.deepEqual(kindsOf('The Ledger reported the bribes last month, prompting a press conference in which Senator Ray Coyle said he would cooperate.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('Agents recorded the calls, and then held a briefing in which Director Ann Moss said the bureau had followed the law.'), ['intercept', 'on-record']);
  assert.deepEqual(kindsOf('According to the Ledger, the governor held three rallies, in which she said the count was rigged.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The Ledger reported the wiretaps, which led to an interview with NBC in which Coyle said he would cooperate.'), ['intercept', 'on-record', 'relayed']);
  assert.deepEqual(kindsOf("The Ledger printed the ministry's reply, in which spokesman Tom Hale said the minister had acted properly."), ['on-record', 'relayed']);
});

test('messages pointed back at through their noun phrase or a repeated noun stay their content', () => {
  assert.deepEqual(kindsOf('The Ledger reported that agents intercepted the calls; in one of the calls, the envoy said the deal was close.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf("The Ledger reported that spies had intercepted the envoy's reports home about his meetings with the senator, in which he said the talks went well."), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The Ledger reported the leaked cables, and in them, the envoy says the talks went well.'), ['relayed']);
  assert.deepEqual(kindsOf("The Ledger reported that agents read the envoy's cables, and in these cables he said the senator was friendly."), ['relayed']);
});

test('"during which" and "on those calls" place a speaker inside the messages as "in" does', () => {
  assert.deepEqual(kindsOf('The Ledger reported that agents intercepted the calls, during which the envoy said the deal was close.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The Ledger reported that agents intercepted the calls; on those calls, the envoy said the deal was close.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The Ledger reported the vote; on Tuesday, Coyle said he would cooperate.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The Ledger reported the bribes, prompting a hearing during which Coyle said he was innocent.'), ['on-record', 'relayed']);
});
