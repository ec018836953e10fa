/**
 * Fuzzing claim packs full of payloads through the import the options page uses (the background's
 * readImport, over parse.ts, validate.ts and claimreview.ts): packs whose every author-written
 * string is an HTML, script, URL, template or bidi payload are accepted, keep every string exactly
 * as written (it is later shown as text), compile and scan; every link field refuses addresses
 * that are not http(s); ClaimReview files with payloads give a pack or problems, never an exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validatePack, type Problem } from '../../../src/core/claims/validate.js';
import { readImport } from '../../../src/background/pack-import.js';
import { compileMatcher } from '../../../src/core/match/index.js';
import { scanBlocks } from '../../../src/core/scan.js';
import { PAYLOADS, REFUSED_URLS, URL_PAYLOADS, payloadPack, stringsIn } from '../../fixtures/security/payloads.js';
import { SPECIAL_CHARS, anyText, check } from './arbitraries.js';

type Outcome = { ok: true } | { ok: false; problems: Problem[] };

function assertAnswered(outcome: Outcome): void {
  if (outcome.ok) return;
  assert.ok(outcome.problems.length > 0, 'a refusal names at least one problem');
  for (const problem of outcome.problems) assert.ok(typeof problem.path === 'string' && problem.message.length > 0);
}

const payload = fc.constantFrom(...Object.values(PAYLOADS));
const hostileString = fc.oneof(payload, anyText(120), fc.tuple(payload, anyText(40)).map(([a, b]) => a + b));
const text = (max: number) => hostileString.map((s) => s.slice(0, max)).filter((s) => s.trim().length > 0);
const httpUrl = fc.constantFrom(...Object.values(URL_PAYLOADS), 'https://example.org/ok');

/** A pack whose every author-written string is hostile; ids, dates and enums stay valid. */
const hostilePack = fc
  .record({
    name: text(200),
    publisher: text(200),
    version: text(40),
    license: text(200),
    description: text(2000),
    homepage: httpUrl,
    lexicon: fc.array(text(200), { minLength: 1, maxLength: 3 }),
    entity: fc.record({ name: text(200), aliases: fc.array(text(200), { maxLength: 3 }), description: text(500) }),
    claim: fc.record({
      statement: text(600),
      statusNote: text(600),
      phrasings: fc.array(text(600), { maxLength: 2 }),
      none: fc.array(text(200), { maxLength: 2 }),
      who: text(300),
      outlet: text(200),
      quote: text(600),
      url: httpUrl,
      rating: text(200),
      author: text(300),
    }),
  })
  .map((r) => ({
    schemaVersion: 1,
    name: r.name,
    publisher: r.publisher,
    version: r.version,
    updated: '2024-05-01',
    license: r.license,
    homepage: r.homepage,
    description: r.description,
    lexicon: { hostile: r.lexicon },
    entities: [{ id: 'hostile-entity', kind: 'person', ...r.entity }],
    claims: [
      {
        id: 'hostile-claim',
        statement: r.claim.statement,
        status: 'unverified',
        statusNote: r.claim.statusNote,
        involved: [{ entity: 'hostile-entity', role: 'subject' }],
        match: { any: [['@hostile'], ['#hostile-entity']], none: r.claim.none, phrasings: r.claim.phrasings },
        sources: [{ kind: 'anonymous', who: r.claim.who, outlet: r.claim.outlet, quote: r.claim.quote, url: r.claim.url }],
        firstReport: { outlet: r.claim.outlet, date: '2024-05-01', url: r.claim.url },
        review: { author: r.claim.author, url: r.claim.url, rating: { name: r.claim.rating } },
        appearances: [{ url: r.claim.url, author: r.claim.author }],
      },
    ],
  }));

test('packs with payloads in every string field are accepted and keep every string as written', (t) => {
  let accepted = 0;
  check(
    fc.property(hostilePack, (pack) => {
      const read = readImport(JSON.stringify(pack));
      assertAnswered(read);
      if (!read.ok) return;
      accepted++;
      // Trimmed, never rewritten: what the reader sees is exactly what the author wrote.
      const kept = stringsIn(read.pack);
      for (const value of stringsIn(pack)) assert.ok(kept.includes(value.trim()), `${JSON.stringify(value)} kept`);
      // Compiling and scanning with it, on text made of its own strings, is safe too.
      const matcher = compileMatcher([read.pack], ['user:hostile']);
      scanBlocks([pack.claims[0]!.statement, pack.entities[0]!.name, ...Object.values(PAYLOADS)], matcher, { confidence: 'possible' });
    }),
    300,
  );
  assert.ok(accepted > 150, `most hostile packs are valid packs (accepted ${accepted} of 300)`);
  t.diagnostic(`${accepted} of 300 hostile packs accepted, compiled and scanned`);
});

test('the payload pack of the browser tests is valid and keeps every payload', () => {
  const read = readImport(JSON.stringify(payloadPack()));
  assert.ok(read.ok, JSON.stringify(!read.ok && read.problems));
  const kept = new Set(stringsIn(read.pack));
  for (const value of stringsIn(payloadPack())) assert.ok(kept.has(value.trim()), `kept ${JSON.stringify(value)}`);
});

test('addresses other than http(s) are refused wherever a pack holds a link', () => {
  for (const url of REFUSED_URLS) {
    for (const place of ['homepage', 'source', 'firstReport', 'review', 'appearance'] as const) {
      const pack = payloadPack() as { homepage: string; claims: Record<string, unknown>[] };
      const claim = pack.claims[0] as { sources: { url: string }[]; firstReport: { url: string }; review: { url: string }; appearances: { url: string }[] };
      if (place === 'homepage') pack.homepage = url;
      if (place === 'source') claim.sources[0]!.url = url;
      if (place === 'firstReport') claim.firstReport.url = url;
      if (place === 'review') claim.review.url = url;
      if (place === 'appearance') claim.appearances[0]!.url = url;
      const read = readImport(JSON.stringify(pack));
      assert.equal(read.ok, false, `${JSON.stringify(url)} accepted as ${place}`);
      assert.ok(!read.ok && read.problems.some((p) => /url|homepage/.test(p.path) && /http/.test(p.message)), JSON.stringify(!read.ok && read.problems));
    }
  }
});

test('ClaimReview with payloads everywhere: a pack or problems, never an exception', () => {
  const review = fc.record({
    claimReviewed: hostileString,
    url: fc.oneof(httpUrl, hostileString),
    author: fc.record({ '@type': fc.constant('Organization'), name: hostileString, url: fc.oneof(httpUrl, hostileString) }),
    reviewRating: fc.record({ alternateName: hostileString, ratingValue: fc.oneof(fc.integer(), hostileString), ratingExplanation: hostileString }),
    itemReviewed: fc.record({ '@type': fc.constant('Claim'), author: fc.record({ name: hostileString }), appearance: fc.array(fc.record({ url: fc.oneof(httpUrl, hostileString) }), { maxLength: 2 }) }),
    datePublished: fc.oneof(fc.constant('2024-05-01'), hostileString),
  });
  check(
    fc.property(fc.array(review, { minLength: 1, maxLength: 3 }), (reviews) => {
      const document = { '@context': 'https://schema.org', '@graph': reviews.map((r) => ({ '@type': 'ClaimReview', ...r })) };
      const read = readImport(JSON.stringify(document));
      assertAnswered(read);
      if (read.ok) assert.equal(validatePack(read.pack).ok, true);
    }),
    500,
  );
});

test('special characters in every text field survive the round trip unchanged', () => {
  check(
    fc.property(fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS.filter((c) => c !== '\u0000'), 'a'), minLength: 1, maxLength: 30 }), (odd) => {
      const pack = payloadPack() as { description: string };
      pack.description = `x${odd}x`;
      const read = readImport(JSON.stringify(pack));
      assert.ok(read.ok, JSON.stringify(!read.ok && read.problems));
      assert.equal(read.pack.description, `x${odd}x`);
    }),
    300,
  );
});
