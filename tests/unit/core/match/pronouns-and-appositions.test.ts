import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePackText } from '../../../../src/core/claims/parse.js';
import type { ClaimPack } from '../../../../src/core/claims/schema.js';
import { compileMatcher, restoreMatcher, serializeMatcher } from '../../../../src/core/match/index.js';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const CAPACITY = 'sessions-senate-capacity-explanation';
const BAD_ANSWERS = 'trump-sessions-bad-answers';
const DISMISSES = 'trump-dismisses-russia-reports';

test('a name set off by commas right before "said" is its subject, not the end of an inverted attribution', () => {
  // Before, "..., Flores, said Sessions never ..." read Sessions as the speaker ("..., said Flores").
  const apposed = 'A department spokeswoman, Sarah Isgur Flores, said Sessions never talked about election interference with any Russian.';
  assert.deepEqual(confidentIds(apposed), [DOJ]);
  assert.deepEqual(confidentIds('The agency\'s spokeswoman, Flores, said Sessions never talked about election interference with any Russian.'), [DOJ]);
  // A speaker named after the verb still frames the sentence.
  assert.deepEqual(confidentIds('Sessions never talked about election interference with any Russian, said Flores.'), [DOJ]);
});

test('"she" and "her" never stand for a man the database knows, nor "he" for a woman', () => {
  const before = ['Jeff Sessions sat down with Sergey Kislyak twice in 2016.'];
  // The press officer is nobody the pack knows: her remark is not Sessions meeting anyone.
  const remark = 'In her weekly briefing, the press officer said Russian diplomats meet people all the time.';
  assert.deepEqual(confidentIds(remark, undefined, before), []);
  assert.deepEqual(confidentIds('"Every contact with a Russian diplomat is not a plot," she told reporters in a conversation.', undefined, before), []);
  // "He" still stands for the man named just before.
  assert.deepEqual(confidentIds('In his statement, he said he met the Russian diplomat.', undefined, before), [MEETINGS]);
  // "She" stands for the woman named before, even after a man was named.
  const flores = ['Sarah Isgur Flores spoke for the department on Friday about Jeff Sessions.'];
  assert.deepEqual(confidentIds('She called the intercept unreliable.', undefined, flores), [DOJ]);
});

test('without a pronoun in the pack, any pronoun may stand for a person', () => {
  const pack = (pronoun: string) =>
    JSON.stringify({
      schemaVersion: 1,
      name: 'Pronoun test',
      publisher: 'Tests',
      version: '1',
      updated: '2026-01-01',
      license: 'CC0-1.0',
      entities: [{ id: 'mayor', name: 'Dana Ortiz', kind: 'person', aliases: ['Ortiz'], ...(pronoun && { pronoun }) }],
      claims: [
        {
          id: 'mayor-vetoed-budget',
          statement: 'Mayor Dana Ortiz vetoed the transit budget.',
          status: 'confirmed',
          match: { polarity: 'affirms', phrasings: ['Ortiz vetoed the transit budget'] },
        },
      ],
    });
  const compiled = (pronoun: string): ClaimPack => {
    const result = parsePackText(pack(pronoun));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    return result.pack;
  };
  const before = ['Dana Ortiz spoke at city hall on Monday.'];
  const sentence = 'Later that day she vetoed the transit budget.';
  assert.deepEqual(confidentIds(sentence, compileMatcher([compiled('')]), before), ['mayor-vetoed-budget']);
  assert.deepEqual(confidentIds(sentence, compileMatcher([compiled('she')]), before), ['mayor-vetoed-budget']);
  const he = compileMatcher([compiled('he')]);
  assert.deepEqual(confidentIds(sentence, he, before), []);
  // The pronoun is part of the stored matcher.
  assert.deepEqual(confidentIds(sentence, restoreMatcher(serializeMatcher(he))!, before), []);
  assert.equal(parsePackText(pack('it')).ok, false);
});

test('explanations, verdicts and dismissals as a discussion programme or an editorial words them', () => {
  assert.deepEqual(confidentIds('Sessions told senators that the question had been about the campaign, not about his work as a senator.'), [CAPACITY]);
  assert.deepEqual(confidentIds('Sessions has said he took those meetings as a senator, not as a campaign adviser.'), [CAPACITY]);
  assert.deepEqual(confidentIds('Trump said his attorney general had given bad answers.'), [BAD_ANSWERS]);
  assert.deepEqual(confidentIds('Trump said he saw no reason Russia would have been responsible for the hacking.'), [DISMISSES]);
  assert.deepEqual(confidentIds('Trump said he saw every reason Russia was responsible for the hacking.'), []);
  assert.deepEqual(confidentIds('A department spokeswoman pointed out that nobody at the Post had seen the intercept.'), [DOJ]);
  // The explanation is not a denial of the meetings' subject.
  assert.ok(!confidentIds('Sessions has said he took those meetings as a senator.').includes(DENIED));
});
