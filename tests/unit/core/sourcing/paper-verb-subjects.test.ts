/**
 * A paper's own verbs (names, includes, sets, mentions, recommends), the papers a newsroom holds
 * and the reports an owner put out cite a paper only when a written paper, a newsroom or a body is
 * what the sentence names: the same words about a chain, a band's release, someone's plans, a
 * video or a reporter's story source nothing new.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test("a paper's verbs cite it when a written paper is their subject", () => {
  assert.deepEqual(kindsOf('The audit names three contractors who were overpaid.'), ['document']);
  assert.deepEqual(kindsOf('The bill includes a tax on sugary drinks.'), ['document']);
  assert.deepEqual(kindsOf('The indictment mentions a second, unnamed official.'), ['document']);
  assert.deepEqual(kindsOf('The contract sets out three conditions for a refund.'), ['document']);
  assert.deepEqual(kindsOf('The policy sets a limit of two visits a week.'), ['document']);
});

test('the same verbs with a subject that is no written paper cite nothing', () => {
  assert.deepEqual(kindsOf('The grocery chain names a new chief financial officer.'), []);
  assert.deepEqual(kindsOf('The burger chain includes 60 restaurants across the state.'), []);
  assert.deepEqual(kindsOf('The stock index sets another record high.'), []);
  assert.deepEqual(kindsOf("The singer's new release includes two live tracks."), []);
  assert.deepEqual(kindsOf('The draft includes three linebackers.'), []);
  assert.deepEqual(kindsOf('The draft, staged in Detroit this spring, includes three linebackers.'), []);
  assert.deepEqual(kindsOf('His plans include a long hike.'), []);
  assert.deepEqual(kindsOf('The app includes a new map feature.'), []);
  assert.deepEqual(kindsOf('The photographs include a rare view of the summit.'), []);
  assert.deepEqual(kindsOf('Every copy includes a signed poster.'), []);
  assert.deepEqual(kindsOf('The opening video sets the mood.'), []);
  assert.deepEqual(kindsOf('The results include an upset in the third round.'), []);
  // Negated, the person who speaks after it is still the only source; a novel's naming is no reporting.
  assert.deepEqual(kindsOf('His plans do not include a move abroad, he said.'), ['on-record']);
  assert.deepEqual(kindsOf('The novel names Rome as the city of its hero.'), []);
});

test('"sets" as a plural noun is no verb', () => {
  assert.deepEqual(kindsOf('Analysts merged the data sets from the two clinics.'), []);
  assert.deepEqual(kindsOf('The survey sets from both years were merged.'), []);
});

test('a participle after its noun describes it rather than citing a paper', () => {
  assert.deepEqual(kindsOf('The inn, recommended by a cousin, was booked solid.'), []);
  assert.equal(cueOf('The records mentioned in the complaint were shredded.', 'document'), 'in the complaint');
  assert.deepEqual(kindsOf('The files named above were never returned.'), []);
});

test('a newsroom holding a written paper is the source; others holding other things are not', () => {
  assert.deepEqual(kindsOf('The Tribune has obtained copies of the invoices.'), ['document']);
  assert.deepEqual(kindsOf('The Wexford Clarion has since examined a leaked letter from the mayor.'), ['document']);
  assert.deepEqual(kindsOf('The Gazette has obtained a 20-minute audio recording of the meeting.'), ['document']);
  assert.deepEqual(kindsOf('The Gazette has seen a video of the brawl.'), []);
  assert.deepEqual(kindsOf('The Hendersons have obtained a copy of the deed.'), []);
  assert.deepEqual(kindsOf('The county has seen a record number of applications.'), []);
  assert.deepEqual(kindsOf('The town has seen a budget shortfall.'), []);
  assert.deepEqual(kindsOf('The reviewer has examined a memoir.'), []);
  assert.deepEqual(kindsOf('Thousands have seen a video of the fall.'), []);
  assert.deepEqual(kindsOf('The federation has reviewed a video of the foul.'), []);
  assert.deepEqual(kindsOf('It is not clear whether detectives have obtained a copy of the footage.'), []);
  assert.deepEqual(kindsOf('It is not clear whether the Tribune has obtained a copy of the memo.'), []);
  assert.deepEqual(kindsOf('The Tribune has reviewed its own style guide.'), []);
  // Others holding a paper: only who tells it is a source.
  assert.deepEqual(kindsOf('No one has seen a copy of the lease, Mayor Ruiz said.'), ['on-record']);
  assert.deepEqual(kindsOf('Detectives have seen a copy of the warrant, the station reported.'), ['relayed']);
});

test("a report is a body's paper only when a body or an office put it out", () => {
  assert.deepEqual(kindsOf("The agency's report, released Monday, showed delays grew."), ['document']);
  assert.deepEqual(kindsOf("A safety inspector's report released Friday found the rails were worn."), ['document']);
  assert.deepEqual(kindsOf('His report, published in the Times in 1971, said the war was failing.'), ['relayed']);
  assert.deepEqual(kindsOf('Our report, published last month, found the wells were dry.'), ['relayed']);
  assert.deepEqual(kindsOf("The Clarion's report, published Sunday, said the wells were dry."), []);
  assert.deepEqual(kindsOf("Bernstein's report, published in 1972, said the break-in was planned."), []);
  assert.deepEqual(kindsOf("The reporter's report, filed from Kyiv on Monday, said the bridge was out."), []);
  assert.deepEqual(kindsOf("The firm's report, published in the Times on Friday, said delays grew."), ['relayed']);
});
