/** ClaimReview JSON-LD <-> claim pack: the field map, the status map, the input shapes, the notes, the round trip. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importClaimReview, looksLikeClaimReview, UNSPECIFIED_LICENSE } from '../../../../src/core/claims/claimreview.js';
import { exportClaimReview } from '../../../../src/core/claims/claimreview-export.js';
import { statusFromRating } from '../../../../src/core/claims/claimreview-rating.js';
import { parsePackValue } from '../../../../src/core/claims/parse.js';
import type { ClaimPack } from '../../../../src/core/claims/schema.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/packs/${name}`, import.meta.url), 'utf8')) as unknown;
const TODAY = { today: '2024-03-01' };

const review = (over: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checks.example.org/2024/ferry-fares',
  claimReviewed: 'Ferry fares for pensioners were doubled last winter.',
  author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org/' },
  datePublished: '2024-01-15T08:00:00Z',
  reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'False' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Morgan Reyes', jobTitle: 'council candidate' },
    datePublished: '2024-01-08',
    appearance: [{ '@type': 'CreativeWork', url: 'https://video.example.net/debate' }],
    firstAppearance: { '@type': 'CreativeWork', url: 'https://radio.example.net/show', datePublished: '2024-01-07', publisher: { '@type': 'Organization', name: 'Example Radio' } },
  },
  ...over,
});

function imported(value: unknown, options = {}) {
  const result = importClaimReview(value, { ...TODAY, ...options });
  assert.ok(result.ok, JSON.stringify(result));
  return result;
}

test('every ClaimReview field lands where the documented map says', () => {
  const { pack, notes } = imported(review());
  const claim = pack.claims[0]!;
  assert.equal(claim.id, 'checks.example.org-2024-ferry-fares');
  assert.equal(claim.statement, 'Ferry fares for pensioners were doubled last winter.');
  assert.equal(claim.status, 'false');
  assert.equal(claim.date, '2024-01-08');
  assert.deepEqual(claim.review, { author: 'Example Checks', date: '2024-01-15', url: 'https://checks.example.org/2024/ferry-fares', rating: { name: 'False', value: 1, best: 5, worst: 1 } });
  assert.deepEqual(claim.sources, [{ kind: 'on-record', who: 'Morgan Reyes, council candidate', date: '2024-01-08', url: 'https://radio.example.net/show' }]);
  assert.deepEqual(claim.firstReport, { outlet: 'Example Radio', date: '2024-01-07', url: 'https://radio.example.net/show' });
  assert.deepEqual(claim.appearances.map((a) => a.url), ['https://radio.example.net/show', 'https://video.example.net/debate']);
  assert.deepEqual(claim.involved, [{ entity: 'morgan-reyes', role: 'speaker' }]);
  assert.deepEqual(pack.entities, [{ id: 'morgan-reyes', name: 'Morgan Reyes', kind: 'person', aliases: ['Reyes'], description: 'council candidate' }]);
  assert.equal(claim.match, undefined, 'matching is derived from the statement by the matcher');
  assert.deepEqual(
    { name: pack.name, publisher: pack.publisher, version: pack.version, updated: pack.updated, license: pack.license, homepage: pack.homepage },
    { name: 'ClaimReview import from Example Checks', publisher: 'Example Checks', version: '1', updated: '2024-03-01', license: UNSPECIFIED_LICENSE, homepage: 'https://checks.example.org/' },
  );
  assert.deepEqual(notes.map((n) => n.path), ['license']);
  assert.ok(parsePackValue(pack).ok, 'the result is a valid pack');
});

test('ratings map to statuses by name first, then by value; the map is the documented one', () => {
  const byName: [string, string][] = [
    ['True', 'confirmed'], ['Correct', 'confirmed'], ['Mostly True', 'confirmed'], ['Accurate', 'confirmed'],
    ['False', 'false'], ['Pants on Fire!', 'false'], ['Fake', 'false'], ['Fabricated', 'false'], ['Mostly false', 'false'], ['Not true', 'false'], ['Inaccurate', 'false'], ['Four Pinocchios', 'false'],
    ['Misleading', 'disputed'], ['Mixture', 'disputed'], ['Half True', 'disputed'], ['Half-true', 'disputed'], ['Partly false', 'disputed'], ['Missing context', 'disputed'], ['Exaggerated', 'disputed'], ['Cherry-picks', 'disputed'],
    ['Unproven', 'unverified'], ['Unsupported', 'unverified'], ['Unverified', 'unverified'], ['No evidence', 'unverified'], ['Research in progress', 'unverified'],
    ['Denied', 'denied'], ['Disputed', 'disputed'], ['Confirmed', 'confirmed'],
  ];
  for (const [name, status] of byName) assert.equal(statusFromRating({ name }).status, status, name);
  assert.deepEqual(statusFromRating({ value: 5 }), { status: 'confirmed', from: 'value' });
  assert.deepEqual(statusFromRating({ value: 1 }), { status: 'false', from: 'value' });
  assert.deepEqual(statusFromRating({ value: 3 }), { status: 'disputed', from: 'value' });
  assert.deepEqual(statusFromRating({ value: 9, best: 10, worst: 0 }), { status: 'confirmed', from: 'value' });
  assert.deepEqual(statusFromRating({ name: 'Satire' }), { status: 'unverified', from: 'none' });
  assert.deepEqual(statusFromRating({ name: 'Satire', value: 1 }), { status: 'false', from: 'value' });
});

test('input shapes: one object, an array, an @graph, and ClaimReview nested in a page\'s JSON-LD', () => {
  const a = review();
  const b = review({ url: 'https://checks.example.org/2024/bridge', claimReviewed: 'The bridge closes in March.' });
  const shapes: unknown[] = [[a, b], { '@context': 'https://schema.org', '@graph': [a, b] }, [{ '@type': 'WebPage', mainEntity: a }, { '@type': 'NewsArticle', review: [b] }]];
  for (const shape of shapes) {
    assert.ok(looksLikeClaimReview(shape));
    assert.deepEqual(imported(shape).pack.claims.map((c) => c.id), ['checks.example.org-2024-ferry-fares', 'checks.example.org-2024-bridge']);
  }
  assert.equal(imported(a).pack.claims.length, 1);
  for (const type of ['schema:ClaimReview', 'http://schema.org/ClaimReview', ['ClaimReview', 'Review']]) assert.equal(imported(review({ '@type': type })).pack.claims.length, 1);
});

test('@id references to Claim, Rating and author nodes are followed', () => {
  const graph = {
    '@graph': [
      { '@type': 'ClaimReview', claimReviewed: 'Ferry fares doubled.', author: { '@id': '#desk' }, reviewRating: { '@id': '#rating' }, itemReviewed: { '@id': '#claim' } },
      { '@id': '#desk', '@type': 'Organization', name: 'Desk' },
      { '@id': '#rating', '@type': 'Rating', alternateName: 'Misleading' },
      { '@id': '#claim', '@type': 'Claim', author: { '@type': 'Person', name: 'Ana Ruiz' }, datePublished: '2023-12-01' },
    ],
  };
  const { pack, notes } = imported(graph);
  assert.equal(pack.claims[0]!.status, 'disputed');
  assert.equal(pack.claims[0]!.review?.author, 'Desk');
  assert.equal(pack.claims[0]!.date, '2023-12-01');
  assert.equal(pack.entities[0]!.name, 'Ana Ruiz');
  assert.ok(!notes.some((n) => n.message.includes('ignored a node')), JSON.stringify(notes));
});

test('what could not be mapped is reported, never dropped silently', () => {
  const messy = review({
    reviewBody: 'A long text.',
    url: 'not a link',
    reviewRating: { '@type': 'Rating', alternateName: 'Satire', image: 'x.png' },
    itemReviewed: { '@type': 'Claim', author: 'Someone', appearance: [{ '@type': 'CreativeWork', name: 'no address' }], firstAppearance: { url: 'https://a.example/first' }, about: 'x' },
  });
  const { pack, notes } = imported([{ '@type': 'WebPage', name: 'page' }, messy, { '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } }]);
  const text = notes.map((n) => `${n.path}: ${n.message}`).join('\n');
  for (const expected of [
    /\[0\]: ignored a node of type WebPage/,
    /\[1\]: ignored field reviewBody/,
    /\[1\]\.url: not an http\(s\) address/,
    /\[1\]\.reviewRating: ignored field image/,
    /\[1\]\.reviewRating: no status could be read from the rating "Satire": the claim is "unverified"/,
    /\[1\]\.itemReviewed: ignored field about/,
    /\[1\]\.itemReviewed\.appearance\[0\]: has no http\(s\) address: left out/,
    /\[1\]\.itemReviewed\.firstAppearance: has no datePublished/,
    /\[2\]\.claimReviewed: missing: this review was skipped/,
  ]) assert.match(text, expected);
  assert.equal(pack.claims.length, 1);
  assert.equal(pack.claims[0]!.status, 'unverified');
  assert.match(pack.claims[0]!.id, /^claimreview-[0-9a-f]{8}$/, 'no usable url: a hash of the statement');
});

test('no ClaimReview at all, or none with a claim, is refused', () => {
  for (const value of [{}, [], { '@type': 'NewsArticle' }, 'text', null]) {
    const result = importClaimReview(value, TODAY);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.problems[0]!.message, /no ClaimReview found/);
  }
  const empty = importClaimReview({ '@type': 'ClaimReview' }, TODAY);
  assert.match(empty.ok ? '' : empty.problems[0]!.message, /none of the ClaimReview nodes states the claim/);
});

test('ids are stable and unique: two reviews on one page get distinct ids that do not depend on order', () => {
  const a = review({ claimReviewed: 'First claim on the page.' });
  const b = review({ claimReviewed: 'Second claim on the page.' });
  const forward = imported([a, b]).pack.claims.map((c) => c.id);
  const backward = imported([b, a]).pack.claims.map((c) => c.id);
  assert.equal(new Set(forward).size, 2);
  assert.equal(forward[1], backward[0]);
  const long = imported(review({ url: `https://checks.example.org/${'very-long-segment/'.repeat(20)}` })).pack.claims[0]!.id;
  assert.ok(long.length <= 128 && /^[a-z0-9]/.test(long), long);
});

test('options and long texts: metadata overrides, statements over 600 characters shortened with a note', () => {
  const { pack, notes } = imported(review({ claimReviewed: 'word '.repeat(200) }), { name: 'My checks', publisher: 'Me', license: 'CC-BY-4.0', version: '2.1' });
  assert.deepEqual([pack.name, pack.publisher, pack.license, pack.version], ['My checks', 'Me', 'CC-BY-4.0', '2.1']);
  assert.ok(pack.claims[0]!.statement.length <= 600 && pack.claims[0]!.statement.endsWith('…'));
  assert.ok(notes.some((n) => /longer than 600 characters/.test(n.message)));
  const licensed = imported([review({ license: 'https://creativecommons.org/licenses/by/4.0/' })]).pack;
  assert.equal(licensed.license, 'https://creativecommons.org/licenses/by/4.0/');
});

test('HTML and script in ClaimReview text are kept as inert text', () => {
  const statement = '<script>alert(1)</script> said the <b>mayor</b>';
  assert.equal(imported(review({ claimReviewed: statement })).pack.claims[0]!.statement, statement);
});

test('round trip: pack -> ClaimReview -> pack keeps ids, statements, statuses, reviews, dates, speakers and appearances', () => {
  const pack = imported(fixture('claimreview-bridge.json')).pack;
  const out = exportClaimReview(pack);
  assert.equal(out.document['@context'], 'https://schema.org');
  const back = imported(JSON.parse(JSON.stringify(out.document))).pack;
  assert.deepEqual(back.claims, pack.claims);
  assert.deepEqual(back.entities, pack.entities);
});

test('export of a hand-written pack: statuses survive through ratings, the rest is listed as left out', () => {
  const example = parsePackValue(fixture('example.json'));
  assert.ok(example.ok);
  const pack: ClaimPack = example.pack;
  const out = exportClaimReview(pack);
  const graph = out.document['@graph'];
  assert.equal(graph.length, 2);
  assert.deepEqual(graph[1]!.reviewRating, { '@type': 'Rating', alternateName: 'Denied' });
  assert.deepEqual((graph[1]!.author as { name: string }).name, pack.publisher);
  const notes = out.notes.map((n) => n.message).join('\n');
  assert.match(notes, /1 claim: match \(how reporting phrases the claim\) not representable/);
  assert.match(notes, /2 claims: related claims not representable/);
  assert.match(notes, /sources other than the claim's on-record author/);
  const back = imported(out.document).pack;
  assert.deepEqual(back.claims.map((c) => [c.id, c.status, c.statement]), pack.claims.map((c) => [c.id, c.status, c.statement]));
});
