import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

/** Wordings the database gained for how other writers put the same claims. */
const CASES: [string, string][] = [
  ['Asked at the hearing, Sessions replied that he had no contacts with the Russians.', 'sessions-denied-campaign-discussions'],
  ['Sessions later said he took Franken’s question to be about his role as a campaign surrogate.', 'sessions-senate-capacity-explanation'],
  ['Sessions said the meeting was one of many he held as a member of the Armed Services Committee.', 'sessions-senate-capacity-explanation'],
  ['Sessions called the suggestion that he colluded with Russia an appalling and detestable lie.', 'sessions-denied-campaign-discussions'],
  ['Flores said the newspaper had not seen the intercept it described.', 'doj-disputes-intercept-report'],
  ['A declassified intelligence assessment concluded that Russia interfered in the election to help Trump.', 'russia-interference-assessment'],
  ['Justice Dept. rejects the intercept as uncorroborated', 'doj-disputes-intercept-report'],
  ['Trump has long brushed off talk of collusion as a "hoax" and "fake news."', 'trump-dismisses-russia-reports'],
  ['Justice Department officials are contesting the Post\u2019s version of events.', 'doj-disputes-intercept-report'],
  ['The Justice Department also cast doubt on the report, with a spokesman pointing out that the paper had never seen the intercept.', 'doj-disputes-intercept-report'],
  ['Sessions has consistently said those were Senate meetings.', 'sessions-senate-capacity-explanation'],
  ['Sessions, through a spokesman, acknowledged the July and September meetings.', 'sessions-kislyak-2016-meetings'],
  ['In those reports, the ambassador described discussing campaign matters with Sessions.', 'kislyak-reported-campaign-talks'],
  ['One current official goes further, calling Sessions\u2019 accounts "misleading."', 'official-says-sessions-misleading'],
  ['Also to the Times: Sessions gave "bad answers" at his confirmation hearing.', 'trump-sessions-bad-answers'],
];

/** The same, read after a sentence naming the person a pronoun or role noun stands for, or the two men whose talks a wording leaves unnamed. */
const IN_CONTEXT: [string, string, string][] = [
  ['Sessions and Kislyak talked in July.', 'The talks touched on policy questions important to Moscow, the paper said.', 'kislyak-reported-campaign-talks'],
  ['Kislyak spoke with Sessions in 2016.', 'According to the newspaper, the intercepted accounts dealt with the April and July encounters.', 'kislyak-reported-campaign-talks'],
  ['Sessions and Kislyak met three times.', 'Their first encounter at the Mayflower Hotel came in April.', 'sessions-kislyak-2016-meetings'],
  ['Sessions met Kislyak twice in 2016.', 'The talks touched on Trump’s posture toward Russia, one official said.', 'sessions-kislyak-substantive-talks'],
  ['Kislyak reported on his meetings with Sessions.', 'One former official told the paper the talks were substantive, covering Trump\u2019s positions on Russia.', 'sessions-kislyak-substantive-talks'],
  ['Trump spoke to reporters on Friday.', 'The president, who has called the entire Russia probe a "witch hunt," kept quiet.', 'trump-dismisses-russia-reports'],
  ['Sessions spoke Monday.', 'In a later letter to the committee, he said he had taken the question to be about a continuing exchange of information between surrogates and Russian go-betweens.', 'sessions-senate-capacity-explanation'],
];

test('paraphrases of the claims are found', () => {
  for (const [sentence, id] of CASES) assert.deepEqual(confidentIds(sentence), [id], sentence);
  for (const [before, sentence, id] of IN_CONTEXT) assert.deepEqual(confidentIds(sentence, undefined, [before]), [id], sentence);
});

test('the same words for something else stay unmatched', () => {
  // A member of the committee, not a meeting he explained by it.
  assert.deepEqual(confidentIds('Sessions, then a member of the Armed Services Committee, sat on several panels.'), []);
  // Raising questions is not a discussion.
  assert.ok(!confidentIds('Sessions met Kislyak last year, raising questions about his testimony.').includes('kislyak-reported-campaign-talks'));
});
