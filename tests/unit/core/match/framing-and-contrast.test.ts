import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const TALKS = 'kislyak-reported-campaign-talks';
const MEETINGS = 'sessions-kislyak-2016-meetings';

test('"the point is not that X but that Y" grants X rather than denying it', () => {
  const contrast = 'Her complaint was not that Sessions met Kislyak but that his story kept changing.';
  assert.ok(!confidentIds(contrast).includes(DENIED));
  // A plain denial is still one.
  assert.ok(confidentIds('Sessions said he had no contacts with the Russians.').includes(DENIED));
});

test('not having thought of the meetings leaves them standing', () => {
  const forgot = 'He said later that he had been answering a question about the campaign and had not thought of his meetings with the envoy.';
  assert.ok(!confidentIds(forgot, undefined, ['Sessions spoke at the hearing.']).includes(DENIED));
});

test('someone who "countered" an argument is speaking, not contradicting Sessions', () => {
  const countered = 'Ruiz countered that the ambassador\'s reports were never the only thing investigators had on Sessions.';
  assert.ok(!confidentIds(countered).includes(TALKS));
});

test('", and the department ..." opens a clause with a speaker of its own', () => {
  const both = 'Sessions has denied talking about the campaign with any Russian, and the Justice Department has brushed off the story as resting on an intercept nobody outside government has seen.';
  assert.deepEqual(confidentIds(both).filter((id) => id === DENIED || id === DOJ), [DOJ, DENIED]);
});

test('after a semicolon, a newly named subject speaks for its own clause', () => {
  const semicolon = 'Sessions, who told senators he never talked about interference with Russian officials, has kept quiet; a Justice Department spokeswoman called the intercept unverified.';
  assert.deepEqual(confidentIds(semicolon).filter((id) => id === DENIED || id === DOJ), [DOJ, DENIED]);
  // A comma alone is no new clause: "Sessions, a senator, said ..." keeps its speaker.
  const apposed = 'Sessions, the attorney general, called the intercept unverified.';
  assert.ok(!confidentIds(apposed).includes(DOJ));
});

test('a spokeswoman "pointing to" his testimony frames the denial quoted from it', () => {
  const pointed = 'A Justice Department spokeswoman pointed to Sessions\' testimony in June, in which he said he never met any Russians about any kind of interference in the election.';
  const ids = confidentIds(pointed);
  assert.ok(ids.includes(DOJ) && ids.includes(DENIED));
});

test('everyday wordings of the meetings, the intercepts and the answers', () => {
  assert.ok(confidentIds('In March the Post reported that Sessions spoke twice with Kislyak in 2016.').includes(MEETINGS));
  assert.ok(confidentIds('The third was in Sessions\' Senate office in September.', undefined, ['Two of the meetings were in public.']).includes(MEETINGS));
  assert.ok(confidentIds('The intercepts cover the April meeting and the one in July.', undefined, ['Sessions met Kislyak twice in 2016.']).includes(TALKS));
  const onTheTable = 'According to U.S. intelligence, the envoy told his bosses in Moscow that the campaign was on the table.';
  assert.ok(confidentIds(onTheTable).includes(TALKS));
  const correct = 'Sessions maintains that his answer to Franken was correct as he understood it then.';
  assert.ok(confidentIds(correct).includes('sessions-senate-capacity-explanation'));
  assert.ok(confidentIds('The department says Sessions stands by what he told senators in his testimony.').includes(DOJ));
  const hands = 'The Russia investigation is now in the hands of Robert Mueller, the special counsel.';
  assert.ok(confidentIds(hands).includes('special-counsel-investigating'));
});
