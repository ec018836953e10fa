/** The president dismissing the whole affair, or a place-named story set off in an aside: his own denial. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const TRUMP_DISMISSES = 'trump-dismisses-russia-reports';

const has = (sentence: string, id: string) => confidentIds(sentence).includes(id);

test('the president dismissing the whole matter, business or affair as a hoax states the dismissal', () => {
  assert.ok(has('The President, for his part, has waved away the whole business as a hoax.', TRUMP_DISMISSES));
  assert.ok(has('Mr. Trump spent the summer describing the entire affair as a witch hunt.', TRUMP_DISMISSES));
  assert.ok(has('The president has dismissed the whole matter as fake news.', TRUMP_DISMISSES));
  // Near misses: someone else dismissing it, the whole of something else, or no verdict at all.
  assert.ok(!has('Moscow has dismissed the whole matter as a hoax.', TRUMP_DISMISSES));
  assert.ok(!has('Zakharova has ridiculed the whole business as fake news.', TRUMP_DISMISSES));
  assert.ok(!has('Trump dismissed the whole lawsuit as a hoax.', TRUMP_DISMISSES));
  assert.ok(!has('Trump said the whole matter would be settled by Friday.', TRUMP_DISMISSES));
});

test('a place naming a story in an aside ("and the Russia story generally") opens no clause of its own', () => {
  assert.ok(has('The president has brushed off that finding, and the Russia story more broadly, as a witch hunt.', TRUMP_DISMISSES));
  // Near misses: a clause that Russia itself opens keeps its denial Russia's; someone else's aside is theirs.
  assert.ok(!has('Sessions denied meeting the envoy, and Russia has dismissed the Russia story as a hoax.', TRUMP_DISMISSES));
  assert.ok(!has('Zakharova has dismissed that finding, and the Russia story generally, as a hoax.', TRUMP_DISMISSES));
});
