import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DOJ = 'doj-disputes-intercept-report';

test('a title and name run on before an aside: the outlet inside the aside does not speak', () => {
  const aside = 'Department spokeswoman Sarah Isgur Flores, in remarks to the Post, said the attorney general never discussed interference in the election.';
  assert.ok(confidentIds(aside).includes(DOJ));
  const email = 'Justice Department spokeswoman Sarah Isgur Flores, in an email, said Sessions never discussed interference in any election.';
  assert.ok(confidentIds(email).includes(DOJ));
});

test('a spokeswoman closing the sentence after an article speaks for all of it', () => {
  assert.ok(confidentIds('The attorney general stands by his sworn testimony, a Justice Department spokeswoman said.').includes(DOJ));
  assert.ok(confidentIds('Sessions stands by his testimony, Justice Department spokeswoman Sarah Isgur Flores said.').includes(DOJ));
  // Without her, standing by his testimony is his own word, not the department's.
  assert.ok(!confidentIds('The attorney general stands by his sworn testimony.').includes(DOJ));
});

test('standing by what he told senators is standing by his testimony', () => {
  const before = ['Spokeswoman Sarah Isgur Flores called the story unfair.'];
  assert.ok(confidentIds('She added that the attorney general stands by what he told the committee.', undefined, before).includes(DOJ));
});

test('a denial that is itself negated grants what it names', () => {
  assert.ok(!confidentIds('Trump does not dispute that Russia interfered in the election.').includes('trump-dismisses-russia-reports'));
  const granted = 'Sessions has never denied that he met the ambassador twice in 2016.';
  assert.ok(!confidentIds(granted).includes('sessions-denied-campaign-discussions'));
  assert.ok(confidentIds(granted).includes('sessions-kislyak-2016-meetings'));
  // An outright denial still is one.
  assert.ok(confidentIds('Trump has denied that Russia interfered, calling it a hoax.').includes('trump-dismisses-russia-reports'));
  // Not denying, or refusing to confirm or deny, leaves the matter open: nothing is stated.
  for (const open of [
    'The department would neither confirm nor deny that Sessions talked about the campaign with Kislyak.',
    'Sessions did not deny talking about the campaign with the ambassador.',
    "Asked twice, Sessions didn't deny discussing the race with Kislyak.",
    'So far Sessions has not denied discussing the campaign with the envoy.',
  ]) {
    assert.deepEqual(confidentIds(open), [], open);
  }
  // An auxiliary or an adverb may stand between the negation and the denial.
  assert.ok(!confidentIds('No one has denied that Sessions met the envoy twice in 2016.').includes('sessions-denied-campaign-discussions'));
  assert.ok(!confidentIds('The president no longer disputes reports of Russian meddling.').includes('trump-dismisses-russia-reports'));
  assert.deepEqual(confidentIds('Sessions did not explicitly deny talking about the race with the ambassador.'), []);
  // A denial of its own after another verb's negation still denies.
  assert.ok(confidentIds('Sessions has repeatedly denied talking about the campaign with Kislyak.').includes('sessions-denied-campaign-discussions'));
});

test('pushing back, then pointing something out, states what is pointed out', () => {
  const pointed = 'Her co-host pushed back, pointing out that Sessions said he had misread the question.';
  assert.ok(confidentIds(pointed).includes('sessions-senate-capacity-explanation'));
  // A push-back that goes on to deny still denies.
  const denied = 'The Justice Department pushed back, saying the attorney general never discussed interference in the election.';
  assert.ok(confidentIds(denied).includes(DOJ));
});

test('a verdict after an aside judges the subject named before the aside', () => {
  const lie = 'Sessions said any suggestion that he colluded with Russia, or knew of others colluding, was a detestable lie.';
  assert.ok(confidentIds(lie).includes('sessions-denied-campaign-discussions'));
});

test('a possessive "nobody\'s" closing a sentence answers no question', () => {
  const possessive = 'Whether the talks touched on the election would no longer be Sessions\' word against nobody\'s.';
  assert.ok(!confidentIds(possessive).includes('sessions-denied-campaign-discussions'));
});

test('being walled off from the inquiry is recusing; walling off a thing is not', () => {
  assert.ok(confidentIds('Since March the attorney general has been walled off from the Russia inquiry.').includes('sessions-recused-russia-probe'));
  assert.ok(!confidentIds('Investigators walled off the evidence from Sessions.').includes('sessions-recused-russia-probe'));
});

test('the agencies concluding the Russians meddled is the assessment; waving it away is the dismissal', () => {
  assert.ok(confidentIds('Back in January the intelligence agencies concluded that the Russians meddled.').includes('russia-interference-assessment'));
  assert.ok(confidentIds('The president still waves away the finding that Russia meddled as a hoax.').includes('trump-dismisses-russia-reports'));
});

test('meeting the envoy as a senior committee member, said of him, is the senator defence', () => {
  const said = 'A spokeswoman said Sessions met Kislyak as a senior member of the Armed Services Committee.';
  assert.ok(confidentIds(said).includes('sessions-senate-capacity-explanation'));
  // Where he sat when they met is no defence.
  const where = 'The third meeting was in Sessions\' office, where he sat as a senior member of the Armed Services Committee.';
  assert.ok(!confidentIds(where).includes('sessions-senate-capacity-explanation'));
});
