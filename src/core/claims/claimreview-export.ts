/**
 * Claim pack -> schema.org ClaimReview JSON-LD, the inverse of claimreview.ts: importing the
 * output gives back each claim's id (as `identifier`), statement, status, review, date, speaker,
 * appearances and first report. What ClaimReview has no place for is listed in the notes.
 */
import { ratingFromStatus } from './claimreview-rating.js';
import type { Claim, ClaimPack, Entity } from './schema.js';
import type { Problem } from './validate.js';

export interface ExportResult {
  document: { '@context': string; '@graph': Record<string, unknown>[] };
  notes: Problem[];
}

export function exportClaimReview(pack: ClaimPack): ExportResult {
  const entities = new Map(pack.entities.map((e) => [e.id, e]));
  const lost = new Map<string, number>();
  const count = (what: string) => lost.set(what, (lost.get(what) ?? 0) + 1);
  const graph = pack.claims.map((claim) => {
    if (claim.match) count('match (how reporting phrases the claim)');
    if (claim.related.length) count('related claims');
    const speaker = speakerOf(claim, entities);
    const unexported = claim.sources.filter((s) => !(s.kind === 'on-record' && s.who === speaker?.sourceWho));
    if (unexported.length) count('sources other than the claim\'s on-record author');
    if (!claim.review) count('no review of its own: exported as reviewed by the pack publisher, rated by status');
    const review = claim.review ?? { author: pack.publisher, date: pack.updated, rating: ratingFromStatus(claim.status) };
    const rating = review.rating;
    return {
      '@type': 'ClaimReview',
      identifier: claim.id,
      ...(review.url ? { url: review.url } : {}),
      claimReviewed: claim.statement,
      author: { '@type': 'Organization', name: review.author, ...(!claim.review && pack.homepage ? { url: pack.homepage } : {}) },
      ...(review.date ? { datePublished: review.date } : {}),
      reviewRating: {
        '@type': 'Rating',
        alternateName: rating.name,
        ...(rating.value !== undefined ? { ratingValue: rating.value } : {}),
        ...(rating.best !== undefined ? { bestRating: rating.best } : {}),
        ...(rating.worst !== undefined ? { worstRating: rating.worst } : {}),
        ...(claim.statusNote ? { ratingExplanation: claim.statusNote } : {}),
      },
      itemReviewed: {
        '@type': 'Claim',
        ...(speaker ? { author: speaker.node } : {}),
        ...(claim.date ? { datePublished: claim.date } : {}),
        ...(claim.appearances.length
          ? { appearance: claim.appearances.map((a) => ({ '@type': 'CreativeWork', url: a.url, ...(a.date ? { datePublished: a.date } : {}), ...(a.author ? { author: { name: a.author } } : {}) })) }
          : {}),
        ...(claim.firstReport
          ? {
              firstAppearance: {
                '@type': 'CreativeWork',
                ...(claim.firstReport.url ? { url: claim.firstReport.url } : {}),
                datePublished: claim.firstReport.date,
                publisher: { '@type': 'Organization', name: claim.firstReport.outlet },
              },
            }
          : {}),
      },
    };
  });
  const notes = [...lost].map(([what, n]) => ({ path: 'claims', message: `${n} claim${n === 1 ? '' : 's'}: ${what} not representable in ClaimReview` }));
  if (Object.keys(pack.lexicon).length) notes.push({ path: 'lexicon', message: 'not representable in ClaimReview' });
  return { document: { '@context': 'https://schema.org', '@graph': graph }, notes };
}

/** The claim's speaker entity, else its first on-record source, as a schema.org Person/Organization. */
function speakerOf(claim: Claim, entities: ReadonlyMap<string, Entity>): { node: Record<string, unknown>; sourceWho?: string } | undefined {
  const ref = claim.involved.find((i) => i.role === 'speaker');
  const entity = ref && entities.get(ref.entity);
  const source = claim.sources.find((s) => s.kind === 'on-record');
  if (entity) {
    const type = entity.kind === 'person' ? 'Person' : 'Organization';
    const alternate = entity.aliases[0];
    const node = { '@type': type, name: entity.name, ...(entity.description ? { jobTitle: entity.description } : {}), ...(alternate ? { alternateName: alternate } : {}) };
    const sourceWho = claim.sources.find((s) => s.kind === 'on-record' && s.who.startsWith(entity.name))?.who;
    return { node, ...(sourceWho ? { sourceWho } : {}) };
  }
  return source ? { node: { '@type': 'Person', name: source.who }, sourceWho: source.who } : undefined;
}
