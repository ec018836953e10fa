import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

/** An article that has named the two men. */
const STORY = ['Sessions held two conversations with Kislyak in 2016.'];

function found(sentence: string, id: string): boolean {
  return confidentIds(sentence, undefined, STORY).includes(id);
}

test('an official calls what Sessions said misleading, not Sessions\' side calling what an official said misleading', () => {
  const id = 'official-says-sessions-misleading';
  assert.ok(found('An official told reporters that what Sessions has said in public is misleading.', id));
  assert.ok(found('A current official said what Sessions has said publicly about the talks is misleading.', id));
  for (const sentence of [
    'A spokeswoman for Sessions said what the anonymous official had said was misleading.',
    'A spokesman said that what the official told the paper is misleading.',
    'Sessions\' lawyer called what unnamed officials have said publicly misleading.',
    'The attorney general\'s office said what an official told the Post is misleading.',
    'A Sessions aide said what the officials have said publicly is misleading.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});

test('the exchange between surrogates and intermediaries in Sessions\' account, not in Franken\'s of his own question', () => {
  const id = 'sessions-senate-capacity-explanation';
  assert.ok(found('Sessions has said the January question concerned a continuing exchange of information between campaign surrogates and Russian intermediaries.', id));
  assert.ok(found('He said the question was about a continuing exchange of information between surrogates and intermediaries.', id));
  for (const sentence of [
    'Franken says his January question concerned a continuing exchange of information between Trump surrogates and Russian intermediaries.',
    'Franken has said his question in January was about a continuing exchange of information between surrogates and intermediaries.',
    'Franken said the question he asked in January was about a continuing exchange of information between surrogates and intermediaries.',
    'Senator Franken said his question was about a continuing exchange of information between campaign surrogates and intermediaries.',
  ]) {
    assert.ok(!found(sentence, id), sentence);
  }
});

test('a pronoun after a speaker the database knows only as a wording\'s word is that speaker', () => {
  // "Franken" is a word of some wordings, not an entity: "he" after "Franken said" is Franken.
  assert.ok(!found('Franken said he misunderstood the scope of the question.', 'sessions-senate-capacity-explanation'));
  assert.ok(found('He said he misunderstood the scope of the question.', 'sessions-senate-capacity-explanation'));
});
