import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const TALKS = 'kislyak-reported-campaign-talks';
const ENVOY_TOLD = 'Intercepted messages suggest the envoy told his bosses back home that he had talked about the campaign.';
const AMBASSADOR_TOLD = 'Officials said the ambassador had told his superiors that he discussed the election campaign.';

test('a bare title is someone else\'s when the article gave that office to a stranger before naming the story', () => {
  assert.deepEqual(confidentIds(ENVOY_TOLD, undefined, ['Lena Marsh, the trade envoy of Velmora, toured the docks on Monday.']), []);
  assert.deepEqual(confidentIds(AMBASSADOR_TOLD, undefined, ["Velmora expels Kaledria's ambassador over tapped phone calls"]), []);
  // A body named by common words only ("an intelligence agency") does not name the story.
  assert.deepEqual(confidentIds(AMBASSADOR_TOLD, undefined, ['Velmora expels Kaledrian ambassador', 'An intelligence agency recorded the calls.']), []);
});

test('near misses: a bare title stays the database\'s when nothing gave its office away first', () => {
  // An article opening on the bare title.
  assert.deepEqual(confidentIds(ENVOY_TOLD), [TALKS]);
  // The stranger held another office.
  assert.deepEqual(confidentIds(ENVOY_TOLD, undefined, ['Lena Marsh, the trade minister of Velmora, toured the docks on Monday.']), [TALKS]);
  // The story was named first: a stranger's envoy later leaves "the envoy" as it was read.
  assert.deepEqual(confidentIds(ENVOY_TOLD, undefined, ['Sessions met Kislyak twice in 2016.', 'Lena Marsh, the trade envoy of Velmora, declined to comment.']), [TALKS]);
  // The story is named in the sentence itself.
  assert.deepEqual(
    confidentIds('Intercepted messages suggest the envoy told his bosses back home that he had talked about the campaign with Sessions.', undefined, ['Lena Marsh, the trade envoy of Velmora, toured the docks.']),
    [TALKS],
  );
  // A title with a proper name in it is no bare title.
  assert.deepEqual(
    confidentIds('Intercepted messages suggest the Russian envoy told his bosses back home that he had talked about the campaign.', undefined, ['Lena Marsh, the trade envoy of Velmora, toured the docks.']),
    [TALKS],
  );
});
