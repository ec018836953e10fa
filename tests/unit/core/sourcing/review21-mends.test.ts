/**
 * Review 21: outbursts and whispers that say nothing, hearing that is only hearing, "nothing"
 * opening what was said, intercepts found in what hangs on them, platform phrases after a closing
 * speaker, and refusals across a comma-set aside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('unnamed people who rage, seethe, whisper or swear without saying anything are no source', () => {
  assert.deepEqual(kindsOf('Farmers raged outside the statehouse all afternoon.'), []);
  assert.deepEqual(kindsOf('Parents seethed when the closures were announced.'), []);
  assert.deepEqual(kindsOf('Two clerks whispered to the judge during the recess.'), []);
  assert.deepEqual(kindsOf('Supporters swear by the new clinic.'), []);
  assert.deepEqual(kindsOf('Officials swore in the new fire chief on Tuesday.'), []);
  assert.deepEqual(kindsOf('A spectator swore at the umpire and was escorted out.'), []);
  assert.deepEqual(kindsOf('Officials declared a curfew on Friday.'), []);
});

test('named people who fume or rage at something without saying anything are no source', () => {
  assert.deepEqual(kindsOf('The mayor raged when the measure failed.'), []);
  assert.deepEqual(kindsOf('The manager fumed as his side fell apart.'), []);
});

test('raging, whispering or swearing something still cites the speaker', () => {
  assert.deepEqual(kindsOf('Critics fumed that the ruling was a disgrace.'), ['anonymous']);
  assert.deepEqual(kindsOf('One clerk whispered that the ballots were late.'), ['anonymous']);
  assert.deepEqual(kindsOf('A staffer swears the count was right.'), ['anonymous']);
  // A named swearer with a bare clause after the verb.
  assert.deepEqual(kindsOf('Ortega swore he had never seen the invoice.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"This is a disgrace," fumed one lawmaker.'), ['anonymous']);
});

test('hearing something plainly, or hearing after when, if or as, cites nobody', () => {
  assert.deepEqual(kindsOf('Each spring we hear the same pledges from the county board.'), []);
  assert.deepEqual(kindsOf('When we hear an alarm, we leave the building.'), []);
  assert.deepEqual(kindsOf('If we hear back from the county, we will add its answer.'), []);
  assert.deepEqual(kindsOf('As we hear more, we will update this post.'), []);
  assert.deepEqual(kindsOf('These days we hear the word "pivot" constantly.'), []);
  assert.deepEqual(kindsOf("We've heard enough."), []);
  assert.deepEqual(kindsOf('I hear the freight trains every night from my porch.'), []);
  assert.deepEqual(kindsOf('The singer closed with Rumor Has It at the arena.'), []);
});

test('hearing that something is so still cites unnamed people', () => {
  assert.deepEqual(kindsOf('We hear that the chief is retiring.'), ['anonymous']);
  assert.deepEqual(kindsOf('The chief, we hear, is retiring.'), ['anonymous']);
  assert.deepEqual(kindsOf('I hear the diner on Elm Street is closing.'), ['anonymous']);
  assert.deepEqual(kindsOf('Rumour has it the chief will retire.'), ['anonymous']);
});

test('"nothing" that opens what was said keeps the speaker; a finding of nothing keeps the document', () => {
  assert.deepEqual(kindsOf('The attorney said nothing in the lease barred the transfer.'), ['on-record']);
  assert.deepEqual(kindsOf('Officials said nothing at this point suggested a crime.'), ['anonymous']);
  assert.deepEqual(kindsOf('The mayor said nothing from the review surprised her.'), ['on-record']);
  assert.deepEqual(kindsOf('The attorney said nothing on the record would change her mind.'), ['on-record']);
  assert.deepEqual(kindsOf("The auditor's review found nothing to support the complaint."), ['document']);
  assert.deepEqual(kindsOf('The state review found nothing.'), ['document']);
  // Near misses: "nothing" is only the object.
  assert.deepEqual(kindsOf('The chairwoman said nothing to reporters.'), []);
  assert.deepEqual(kindsOf('The nominee said nothing at the hearing.'), []);
  assert.deepEqual(kindsOf('He said nothing to suggest he would step down.'), []);
});

test('intercepts found through, via or in what hangs on them are cited', () => {
  assert.deepEqual(kindsOf('The remark appears in transcripts of the intercepts.'), ['intercept']);
  assert.deepEqual(kindsOf('Detectives learned of the meeting through wiretaps.'), ['intercept']);
  assert.deepEqual(kindsOf('The meeting was confirmed via the intercepts.'), ['intercept']);
  // Near misses: copies asked for, and a noun that only ends its clause.
  assert.deepEqual(kindsOf('The council asked for copies of the intercepts.'), []);
  assert.deepEqual(kindsOf('The envoy and the intercepts'), []);
  assert.deepEqual(kindsOf('Critics questioned the summaries of the intercepts.'), []);
});

test('a platform phrase after a closing speaker is where, not what, was said', () => {
  for (const where of ['on his Twitter account', 'in a tweet', 'on CNN', 'on the Senate floor']) {
    const tagged = tag(`"Get out now!" the governor raged ${where}.`);
    assert.deepEqual(tagged.flatMap((s) => s.kinds), ['on-record'], where);
  }
  // Near miss: a place that is no platform leaves the outburst without a quotation.
  assert.deepEqual(tag('"Get out now!" the governor raged in the kitchen of the mansion.').flatMap((s) => s.kinds), []);
});

test('a refusal may carry a connective adverb between commas', () => {
  assert.deepEqual(kindsOf('Officials declined, however, to comment on the audit.'), ['anonymous']);
  assert.deepEqual(kindsOf('The minister declined, again, to comment.'), ['on-record']);
  // Near misses: a fall, not a refusal; a refusal in a proceeding.
  assert.deepEqual(kindsOf('Shares declined, however, to their lowest level in a year.'), []);
  assert.deepEqual(kindsOf('The founder declined, however, to discuss pay with the union.'), []);
});
