/** Unnamed people inside another outlet's reporting, passive hedges with adverbs, and interviews an outlet publishes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('unnamed people inside what another outlet says are the sources it relays', () => {
  assert.deepEqual(kindsOf('The paper says two former aides described the budget as padded.'), ['anonymous', 'relayed']);
  assert.equal(cueOf('The paper says two former aides described the budget as padded.', 'anonymous'), 'two former aides described');
  assert.deepEqual(kindsOf('The council member cited the Gazette\'s reporting that a city official had described the audit as rushed.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('A rival weekly told its readers that county officials had described the bids as rigged.'), ['anonymous', 'relayed']);
  // A report read as relayed, though no outlet's, passes on its unnamed people the same way.
  assert.deepEqual(kindsOf('A rights group\'s report said villagers described the shelling.'), ['anonymous', 'relayed']);
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

test('inside an outlet\'s report, unnamed people in what a named speaker or a document says are theirs, not the outlet\'s', () => {
  assert.deepEqual(kindsOf('The Gazette reported that Ruiz told donors that opponents had called him a crook.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that Ruiz said staffers had described the vote as rigged.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that the mayor said tenants had complained for months.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that the audit shows that an inspector described the books.'), ['relayed']);
  // Unnamed people the outlet itself relays, and those inside another outlet's report it relays, still are.
  assert.deepEqual(kindsOf('The Gazette reported that two inspectors described the books as cooked.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that the Ledger said two inspectors described the books as cooked.'), ['anonymous', 'relayed']);
});

test('unnamed people an outlet reports as doing something, not as saying something, are no sources', () => {
  assert.deepEqual(kindsOf('The Gazette reported that tenants had complained about the damp.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that neighbours complained about the traffic.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that doctors warned of bed shortages.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette reported that librarians have asked for longer hours.'), ['relayed']);
  // Unnamed people who give information still are.
  assert.deepEqual(kindsOf('The Gazette reported that neighbours said the traffic was worse.'), ['anonymous', 'relayed']);
});

test('an outlet reporting in a broadcast or from interviews it did still reports', () => {
  assert.deepEqual(kindsOf('In a Monday broadcast the Herald reported that two aides said the bid was over.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('On its podcast the Herald reported that a deputy mayor had quit.'), ['relayed']);
  assert.deepEqual(kindsOf('The Herald reported interviews with 30 staffers who said the bid was over.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Herald reported speaking with four staffers who said the bid was over.'), ['anonymous', 'relayed']);
});

test('an outlet publishing an unnamed person\'s interview still relays it', () => {
  assert.deepEqual(kindsOf('The Herald published an interview with a former clerk who said the ledger was forged.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Herald published an interview in which a clerk said the ledger was forged.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('In an interview the Herald published on Sunday, a former clerk said the ledger was forged.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Herald published a long interview with Mayor Ruiz, who said the ledger was forged.'), ['on-record']);
  assert.deepEqual(kindsOf('The Herald published an interview done by its editor in which Mayor Ruiz said the ledger was forged.'), ['on-record']);
});

test('a passive with a manner adverb or a noun told after "to" hedges nothing', () => {
  assert.deepEqual(kindsOf('Little is also said to management about the debt.'), []);
  assert.deepEqual(kindsOf('Nothing was openly said to congress about the sale.'), []);
  assert.deepEqual(kindsOf('The lines were softly said to soothe the horse.'), []);
  assert.deepEqual(kindsOf('The burglary was reported to detectives.'), []);
  assert.deepEqual(kindsOf('Much was later said to staff.'), []);
  // The bare hedge is read by the same rule.
  assert.deepEqual(kindsOf('The bridge is said to be the longest in the region.'), ['relayed']);
  assert.equal(cueOf('The singer was reported to have left the band.', 'relayed'), 'was reported to');
  assert.deepEqual(kindsOf('He is said to own four boats.'), ['relayed']);
  assert.deepEqual(kindsOf('Her uncle is still said to live in the valley.'), ['relayed']);
  assert.deepEqual(kindsOf('The flood was initially reported to have begun at dawn.'), ['relayed']);
});
