/**
 * Claim packs the extension-UI tests import, written for the tests (an invented local story, in
 * the project's own words), plus a broken pack with several kinds of problems.
 */
export const HARBOUR_CLAIM = 'harbourview-ferry-terminal-funding';
/** Worded on the test page with one required word missing: a possible match only. */
export const HARBOUR_POSSIBLE = 'harbourview-pier-closure';

export function harbourPack(version = '1.0.0'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'Harbourview local politics (test pack)',
    publisher: 'Sourcelight tests',
    version,
    updated: '2024-04-02',
    license: 'CC0-1.0',
    homepage: 'https://example.org/harbourview-pack',
    description: 'An invented town and its council, for end-to-end tests. <b>Not markup</b>.',
    entities: [
      { id: 'harbourview-council', name: 'Harbourview town council', kind: 'organization', aliases: ['Harbourview council', 'the town council', "Harbourview's town council", 'the council'] },
      { id: 'ferry-terminal', name: 'Harbourview ferry terminal', kind: 'event', aliases: ['ferry terminal', 'new ferry terminal', 'ferry dock'] },
    ],
    claims: [
      {
        id: HARBOUR_CLAIM,
        statement: 'The Harbourview town council approved money for a new ferry terminal in March 2024.',
        status: 'confirmed',
        date: '2024-03-19',
        involved: [
          { entity: 'harbourview-council', role: 'subject' },
          { entity: 'ferry-terminal', role: 'mentioned' },
        ],
        match: {
          phrasings: [
            'the Harbourview council voted to fund a new ferry terminal',
            'Harbourview council approved money for the ferry terminal',
            'the town council backed funding for a ferry terminal',
          ],
        },
        sources: [
          { kind: 'document', who: 'Minutes of the Harbourview council meeting', date: '2024-03-19' },
          { kind: 'on-record', who: 'Dana Whitcombe, mayor of Harbourview', quote: 'We have waited long enough for a proper terminal.' },
        ],
        firstReport: { outlet: 'The Harbourview Ledger', date: '2024-03-20' },
      },
      {
        id: HARBOUR_POSSIBLE,
        statement: 'The Harbourview town council voted to close the old fishing pier for repairs.',
        status: 'unverified',
        involved: [{ entity: 'harbourview-council', role: 'subject' }],
        match: { phrasings: ['the Harbourview council voted to close the old fishing pier for repairs'] },
        sources: [{ kind: 'anonymous', who: 'a council employee who asked not to be named' }],
      },
    ],
  };
}

/** Several distinct problems, each with its own JSON path. */
export const BROKEN_PACK = JSON.stringify({
  schemaVersion: 1,
  name: 'Broken pack',
  publisher: 'Sourcelight tests',
  version: '1',
  updated: '2024-04-02',
  claims: [
    { id: 'ok-claim', statement: 'A fine statement.', status: 'confirmed' },
    { id: 'bad status', statement: 'Another statement.', status: 'probably' },
    { id: 'ok-claim', statement: '', status: 'denied' },
  ],
});

export const BROKEN_PATHS = ['license', 'claims[1].id', 'claims[1].status', 'claims[2].id', 'claims[2].statement'];

/** A fact-checker's ClaimReview about the invented town, as JSON-LD in an @graph. */
export const HARBOUR_CLAIMREVIEW = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://factcheck.example/harbourview-bridge', name: 'Fact check' },
    {
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/harbourview-bridge',
      datePublished: '2024-04-10',
      author: { '@type': 'Organization', name: 'Example Fact Desk' },
      claimReviewed: 'The Harbourview footbridge repairs cost three times the original estimate.',
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A council candidate' }, datePublished: '2024-04-01' },
    },
  ],
});
