import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('advice in the negative ("should not") denies nothing', () => {
  const advised = 'Sessions said he took the step after talks with his own lawyers, who told him he should not oversee matters tied to a campaign he had worked on.';
  assert.ok(!confidentIds(advised).includes('sessions-denied-campaign-discussions'), advised);
  // A plain negation in the same place still denies.
  assert.deepEqual(confidentIds('Sessions said the meetings were not about the campaign.'), ['sessions-denied-campaign-discussions']);
});

test('not disclosing a meeting is neither a denial nor an affirmation of it', () => {
  const undisclosed = 'Sessions stepped aside from the Russia inquiry in March once it came out that he had not revealed the meetings with the ambassador.';
  assert.deepEqual(confidentIds(undisclosed), ['sessions-recused-russia-probe']);
  // Failing to disclose stays the denial the database words it as.
  assert.ok(confidentIds('Sessions failed to disclose his contacts with Kislyak at the hearing.').includes('sessions-denied-campaign-discussions'));
});

test('"business" alone is a topic, not the routine work of a senator', () => {
  const topic = 'The letter cites reporting that Kislyak told Moscow he had discussed campaign business with Sessions, then a senator.';
  assert.ok(!confidentIds(topic).includes('sessions-senate-capacity-explanation'), topic);
  assert.ok(confidentIds('Sessions said his contacts with Kislyak were the routine business of a senator.').includes('sessions-senate-capacity-explanation'));
});

test('more ways of putting recusal, intercepted reports and the inquiries', () => {
  const cases: [string, string][] = [
    ['Sessions stepped away last March from every inquiry into the 2016 race.', 'sessions-recused-russia-probe'],
    ['Officials say the ambassador’s own write-ups of two conversations with Sessions were kept.', 'kislyak-reported-campaign-talks'],
    ['Congressional committees are examining links between Trump associates and Russian officials.', 'special-counsel-investigating'],
  ];
  for (const [sentence, id] of cases) assert.ok(confidentIds(sentence).includes(id), `${sentence} -> ${confidentIds(sentence).join(', ')}`);
  // Without the two men's names, in an article that has named them (see wording-context.ts).
  assert.ok(confidentIds('Per the paper, the intercepts relate to two of the encounters.', undefined, ['Kislyak met Sessions in 2016.']).includes('kislyak-reported-campaign-talks'));
  // Intercepts and a conversation of someone else's: no intercepted account of the meetings.
  assert.deepEqual(confidentIds('To learn how intercepts are read, we spoke with a retired analyst.'), []);
});

test('being "in touch" with Russians, answered with a quoted no, is denied', () => {
  const answered = 'Sessions wrote "No" when a senator asked whether he had been in touch with anyone from the Russian government about the race.';
  assert.ok(confidentIds(answered).includes('sessions-denied-campaign-discussions'), answered);
});
