import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';

/** The sentence without its "Mr", "Ms." and "Sen." before names. */
function untitled(sentence: string): string {
  return sentence.replace(/\b(?:Mr|Ms|Mrs|Dr|Sen)\.? (?=[A-Z])/g, '');
}

test('a title before a name set off by commas keeps the name the speaker ("A spokeswoman, Ms Flores, said")', () => {
  const titled = "The agency's press officer, Ms Sarah Isgur Flores, said Mr Sessions never talked about election meddling and doubted an intercept the paper had not seen.";
  assert.deepEqual(confidentIds(titled), [DOJ]);
  assert.deepEqual(confidentIds(titled.replace('Ms ', 'Ms. ').replace('Mr ', 'Mr. ')), [DOJ]);
  assert.deepEqual(confidentIds('Its press officer, Ms Flores, said Mr Sessions never talked about election meddling and doubted an intercept the paper had not seen.'), [DOJ]);
});

test('a title changes nothing where the name is not set off before its verb', () => {
  const sentences = [
    // A name inside an opening phrase is still not the subject.
    'After meeting Mr Sessions, Mr Kislyak, a veteran envoy, said he never discussed the campaign.',
    // Speaking through someone is still no apposition.
    'Mr Sessions, through a Justice Department spokeswoman, disputed the account.',
    // The subject before an apposition still speaks.
    'Mr Sessions, a longtime ally of Mr Trump, has insisted he never talked about the campaign with Russian officials.',
    // The name after "said" is still what is said, not who says it.
    'The department said Mr Sessions had met Mr Kislyak twice in 2016.',
  ];
  for (const sentence of sentences) assert.deepEqual(confidentIds(sentence), confidentIds(untitled(sentence)), sentence);
  assert.ok(!confidentIds(sentences[0]!).includes(DENIED));
  assert.deepEqual(confidentIds(sentences[2]!), [DENIED]);
});
