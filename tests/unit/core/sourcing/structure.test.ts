import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('what a diplomat tells his own government is a private exchange, not a statement on the record', () => {
  assert.deepEqual(kindsOf('The envoy told his government that the talks had gone well, according to a newspaper account.'), ['relayed']);
  assert.deepEqual(kindsOf('Messages show the envoy told his political masters that the deal was close.'), ['document']);
  assert.deepEqual(kindsOf('A diplomat once boasted to his bosses about the meeting, officials said.'), ['anonymous']);
  assert.deepEqual(kindsOf("Nobody knew what the Kremlin's man was telling his handlers."), []);
});

test('"a newspaper account", "press accounts": the outlet\'s reporting, relayed', () => {
  assert.deepEqual(kindsOf('The minister resigned on Friday, according to a newspaper account.'), ['relayed']);
  assert.deepEqual(kindsOf('The minister resigned on Friday, according to press accounts.'), ['relayed']);
});

test('intercepted reports are intercepts, and a person\'s own reports are not the press', () => {
  assert.deepEqual(kindsOf('Intercepted reports put the minister\'s contacts back in question'), ['intercept']);
  assert.deepEqual(kindsOf("The ambassador's reports to his capital, captured by American intelligence, describe the talks."), ['intercept']);
  assert.deepEqual(kindsOf('American eavesdroppers say the envoy was busy telling his handlers about the talks.'), ['intercept']);
});

test('what a document, an intercept or an outlet holds has no speakers of its own', () => {
  assert.deepEqual(kindsOf('The Gazette is reporting that the mayor, Ana Ruiz, told aides she would resign.'), ['relayed']);
  assert.deepEqual(kindsOf('The envoy told Moscow of talks with the senator, intercepts suggest'), ['intercept']);
  assert.deepEqual(kindsOf('The mayor must answer questions after reports that the contractor described the deal in emails.'), ['relayed']);
  assert.deepEqual(kindsOf('Report: Mayor told donors she would run again'), ['relayed']);
  // A trailing outlet keeps a named party's denial, not the party's voice on the record.
  assert.deepEqual(kindsOf("The contractor's account contradicts Mayor Ruiz's assertion that she hadn't met him, the Gazette reports."), ['denial', 'relayed']);
});

test('speakers introduced by a relative clause, a progressive verb or an opener', () => {
  assert.deepEqual(kindsOf('One former official who has seen the files described the talks as tense.'), ['anonymous']);
  assert.equal(cueOf('The Gazette, which cited two unnamed officials.', 'anonymous'), 'cited two unnamed officials');
  assert.deepEqual(kindsOf('Well, the paper is citing current and former officials.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Earlier this week he told the Gazette that the plan was dead.'), ['on-record']);
  assert.deepEqual(kindsOf('Even the mayor seems to have lost patience, complaining that the budget was late.'), ['on-record']);
});

test('an unnamed member of a named party or group is not a named source', () => {
  assert.deepEqual(kindsOf('A Democratic senator says the minister must return to the council.'), ['anonymous']);
  assert.deepEqual(kindsOf("The minister's defenders point out that he met dozens of envoys."), ['anonymous']);
});

test('transcript roles and headline kickers are not speakers; named speakers are', () => {
  const transcript = ['ANCHOR: Good evening.', 'CORRESPONDENT: That is right.', 'RUIZ: I never met him.', 'Yes: the committee is looking into it.', 'BOMBSHELL: MAYOR QUITS'];
  assert.deepEqual(transcript.map((block) => tag(block).flatMap((sentence) => sentence.kinds)), [[], [], ['denial', 'on-record'], [], []]);
});

test('denials: "nothing wrong", "nothing to do with"; a contrast with "not" is not one', () => {
  assert.deepEqual(kindsOf('The White House said the adviser had done nothing wrong.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor said the meetings had nothing to do with the contract.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The agency calls the report unreliable.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('He later explained that he meant the campaign, not his work in the council.'), ['on-record']);
});

test('page furniture and nouns that look like verbs attribute nothing', () => {
  assert.deepEqual(kindsOf('Story continues below advertisement'), []);
  assert.deepEqual(kindsOf('He won the 2016 presidential contest, the Gazette reported.'), ['relayed']);
});
