/** Unnamed people inside another outlet's reporting, passive hedges with adverbs, and interviews an outlet publishes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('unnamed people inside what another outlet says are the sources it relays', () => {
  assert.deepEqual(kindsOf('The paper says two former aides described the budget as padded.'), ['anonymous', 'relayed']);
  assert.equal(cueOf('The paper says two former aides described the budget as padded.', 'anonymous'), 'two former aides described');
  assert.deepEqual(kindsOf('The council member cited the Gazette\'s reporting that a city official had described the audit as rushed.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('A rival weekly told its readers that county officials had described the bids as rigged.'), ['anonymous', 'relayed']);
});

test('inside a document, an intercept or a named speaker, a speaker keeps today\'s reading', () => {
  // What a document or an intercept holds has no speakers of its own.
  assert.deepEqual(kindsOf('The minutes show that two members argued for a delay.'), ['document']);
  assert.deepEqual(kindsOf('Intercepts suggest that two aides described the plan as doomed.'), ['intercept']);
  // A named speaker inside an outlet's report is what it reports, not someone on the record here.
  assert.deepEqual(kindsOf('The Gazette reported that Mayor Ruiz said the meeting was brief.'), ['relayed']);
  // Unnamed people inside what a named speaker says are hers to cite.
  assert.deepEqual(kindsOf('The mayor said two aides described the budget as padded.'), ['on-record']);
});

test('a passive hedge reads through adverbs between its copula and "said to"', () => {
  assert.deepEqual(kindsOf('The coach is also said to have met the owner.'), ['relayed']);
  assert.equal(cueOf('The firm is still widely reported to be weighing a sale.', 'relayed'), 'is still widely reported to');
  assert.deepEqual(kindsOf('Two directors were once said to favour a merger.'), ['relayed']);
});

test('a negated passive, a report made to someone and words said to someone hedge nothing', () => {
  assert.deepEqual(kindsOf('The plan was never said to be final.'), []);
  assert.deepEqual(kindsOf('The theft was also reported to police on Monday.'), []);
  assert.deepEqual(kindsOf('What was later said to reporters is unclear.'), []);
});

test('an outlet that publishes an interview passes on the speaker\'s words, not reporting of its own', () => {
  assert.deepEqual(kindsOf('The Herald had published an interview in which Mayor Ruiz said the budget was padded.'), ['on-record']);
  assert.deepEqual(kindsOf('In an interview the Herald published on Sunday, Mayor Ruiz said the budget was padded.'), ['on-record']);
  // What the outlet publishes of its own is still its reporting.
  assert.deepEqual(kindsOf('The Herald published a story that the mayor had resigned.'), ['relayed']);
  assert.deepEqual(kindsOf('The Herald published on Sunday that the mayor had resigned.'), ['relayed']);
  assert.deepEqual(kindsOf('The Herald published details of the budget.'), ['relayed']);
});
