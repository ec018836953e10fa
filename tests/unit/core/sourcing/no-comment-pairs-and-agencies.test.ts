/** Declining to comment as one rule, pairs inside an anonymity marker's object, intelligence agencies cited or counted, surnames alone, warnings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('a refusal to comment, however worded, is its party answering', () => {
  assert.deepEqual(kindsOf('Harbor Foods declined to immediately comment.'), ['on-record']);
  assert.deepEqual(kindsOf('The ministry declined repeated requests for comment.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor’s office declined immediate comment.'), ['on-record']);
  assert.deepEqual(kindsOf('The consulate would not comment on the visa case.'), ['on-record']);
  assert.deepEqual(kindsOf('The striker refused comment after the match.'), ['on-record']);
  assert.deepEqual(kindsOf('The agency declined to be interviewed for this article.'), ['on-record']);
  assert.deepEqual(kindsOf('The airline refused to answer written questions about the delays.'), ['on-record']);
  assert.equal(cueOf('Harbor Foods declined to immediately comment.', 'on-record'), 'Harbor Foods declined to immediately comment');
  // Unnamed people declining stay unnamed; a news outlet declining answers as a party, it relays nothing.
  assert.deepEqual(kindsOf('Two nurses at the clinic declined to comment.'), ['anonymous']);
  assert.deepEqual(kindsOf('The Riverton Gazette declined to comment on its sources.'), ['on-record']);
  assert.deepEqual(kindsOf('Reuters declined to comment on the lawsuit.'), ['on-record']);
  // An opening participle: its subject follows the clause.
  assert.deepEqual(kindsOf('Declining to comment on the audit, the treasurer pointed to last year’s figures.'), ['on-record']);
  assert.equal(cueOf('Declining to comment on the audit, the treasurer pointed to last year’s figures.', 'on-record'), 'Declining to comment on the audit, the treasurer');
  // Near misses: a fall in numbers, a refusal of something else, silence, a request only made.
  assert.deepEqual(kindsOf('Ticket sales declined to their lowest level in a decade.'), []);
  assert.deepEqual(kindsOf('The bank declined the loan application in May.'), []);
  assert.deepEqual(kindsOf('The coach refused to play the injured striker.'), []);
  assert.deepEqual(kindsOf('The ministry did not comment.'), []);
  assert.deepEqual(kindsOf('The paper sent the ministry a request for comment.'), []);
  assert.deepEqual(kindsOf('Declining to comment on the audit is the treasurer’s habit.'), []);
});

test('a refusal to discuss something in a meeting, a negotiation or a proceeding answers no reporter', () => {
  assert.deepEqual(kindsOf('The drivers’ union has refused to discuss shift changes with the operator since June.'), []);
  assert.deepEqual(kindsOf('The board declined to discuss the merger at Monday’s session, deferring it to autumn.'), []);
  assert.deepEqual(kindsOf('The defendant refused to answer questions on Fifth Amendment grounds.'), []);
  // Near misses: the same refusals made to the press, or about a meeting rather than in one.
  assert.deepEqual(kindsOf('The union declined to discuss the talks with reporters.'), ['on-record']);
  assert.deepEqual(kindsOf('The board declined to discuss the merger with the Gazette.'), ['on-record']);
  assert.deepEqual(kindsOf('The board declined to comment on what was said at the meeting.'), ['on-record']);
  assert.deepEqual(kindsOf('The defendant’s lawyer declined to discuss the trial’s timing.'), ['on-record']);
  assert.deepEqual(kindsOf('The minister refused to answer questions about her talks with the union, citing the inquiry.'), ['on-record']);
});

test('what a refusal leaves unanswered holds no denial', () => {
  assert.deepEqual(kindsOf('A county spokesman declined to comment on questions about why the mayor never disclosed the loan.'), ['on-record']);
  assert.deepEqual(kindsOf('The club declined to comment on reports that its coaches had not been paid since spring.'), ['on-record']);
  assert.deepEqual(kindsOf('The firm would not say why it had not paid the contractors.'), ['on-record']);
  // Near misses: a denial made after the refusal, or by the speaker outright.
  assert.deepEqual(kindsOf('The firm declined to comment on the audit, but said it had never missed a payment.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm said it had never missed a payment.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm declined to comment, saying it had not seen the audit.'), ['denial', 'on-record']);
});

test('pairs joined by "neither ... nor" or followed by "both"', () => {
  assert.deepEqual(kindsOf('Neither the mayor nor her deputy responded to requests for comment.'), []);
  assert.deepEqual(kindsOf('Neither Ruiz nor Okafor replied to messages on Friday.'), []);
  assert.deepEqual(kindsOf('Ruiz and Okafor both declined to comment.'), ['on-record']);
  // Near misses: "both" as the subject, a plain pair, a pair that did answer.
  assert.deepEqual(kindsOf('Ruiz and Okafor met the lobbyist in Denver, both later confirmed.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor and her deputy said the plan was sound.'), ['on-record']);
  assert.deepEqual(kindsOf('Both engineers said the bridge was safe.'), ['anonymous']);
});

test('unnamed people speak across "and" only when the marker is about a pair', () => {
  assert.deepEqual(kindsOf('Officials familiar with the talks between Ankara and Athens said a deal was near.'), ['anonymous']);
  assert.deepEqual(kindsOf('Aides close to both the governor and the speaker said the budget would pass.'), ['anonymous']);
  // A second half that cannot speak is part of what the people know about.
  assert.deepEqual(kindsOf('Three people with knowledge of the bid and its funding said the club would pay in installments.'), ['anonymous']);
  // Near misses: two clauses, a person's own familiarity, two speakers, no unnamed people.
  assert.deepEqual(kindsOf('The two clubs are close to a transfer fee and the league said it would approve it.'), ['on-record']);
  assert.deepEqual(kindsOf('Inflation is close to target and the central bank said rates would hold.'), ['on-record']);
  assert.deepEqual(kindsOf('He is familiar with the site and the council said he would lead the survey.'), ['on-record']);
  assert.ok(kindsOf('A person familiar with the bid and a club spokesman said the offer was rejected.').includes('on-record'));
});

test('a country’s intelligence agencies cited for communications are intelligence, as spy agencies are; counted or regional ones stay unnamed', () => {
  assert.deepEqual(kindsOf('According to British intelligence agencies, the envoy’s messages home covered the sanctions.'), ['intercept']);
  assert.deepEqual(kindsOf('The envoy’s calls to Moscow covered the sanctions, according to the nation’s intelligence agencies.'), ['intercept']);
  assert.deepEqual(kindsOf('According to U.S. spy agencies, the envoy’s messages home covered the sanctions.'), ['intercept']);
  // Cited or speaking for a finding, not for communications, they are on the record.
  assert.deepEqual(kindsOf('U.S. intelligence agencies said the malware came from a state group.'), ['on-record']);
  assert.deepEqual(kindsOf('The malware, according to British intelligence agencies, came from a state group.'), ['on-record']);
  assert.deepEqual(kindsOf('UK intelligence agencies said the malware came from a state group.'), ['on-record']);
  // Near misses: counted, hedged, several countries, a region, a size capitalised by the sentence's start.
  assert.deepEqual(kindsOf('At least two French intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('Only some of the nation’s intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('The intelligence agencies of at least four countries said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('The region’s intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('Nordic intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('Several Gulf intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('Smaller intelligence agencies said the malware came from a state group.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to foreign intelligence agencies, the envoy’s messages home covered the sanctions.'), ['anonymous']);
});

test('a listed word capitalised alone inside the sentence is a surname', () => {
  assert.deepEqual(kindsOf('The audit was rushed, Friend said.'), ['on-record']);
  assert.deepEqual(kindsOf('“We were ignored,” said Banks, who runs the food bank.'), ['on-record']);
  assert.deepEqual(kindsOf('According to Banks, the grant arrived two years late.'), ['on-record']);
  assert.deepEqual(kindsOf('The grant was late, and Banks told the Gazette the council was to blame.'), ['on-record']);
  // Near misses: a size or a place before the word, a plain plural, a title-case headline.
  assert.deepEqual(kindsOf('Smaller Banks said lending had slowed.'), ['anonymous']);
  assert.deepEqual(kindsOf('Lending slowed, Wall Street Banks said.'), ['anonymous']);
  assert.deepEqual(kindsOf('Lending slowed, banks said.'), ['anonymous']);
  assert.deepEqual(kindsOf('Lending Slowed Sharply in May, Banks Say'), ['anonymous']);
});

test('a warning follows the "told" convention: private to a circle or a government, public to the public', () => {
  for (const verb of ['warned', 'told']) {
    assert.deepEqual(kindsOf(`The senator ${verb} his colleagues that the bill would fail.`), []);
    assert.deepEqual(kindsOf(`The ambassador ${verb} Moscow that relations would sour.`), []);
    assert.deepEqual(kindsOf(`The minister ${verb} the public that prices would rise.`), ['on-record']);
    assert.deepEqual(kindsOf(`The mayor ${verb} residents that the river would flood.`), ['on-record']);
  }
});
