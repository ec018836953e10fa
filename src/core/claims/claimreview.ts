/**
 * schema.org ClaimReview JSON-LD -> claim pack. Pure (no file access): the CLI and the options
 * page share it. Everything that has no place in a pack, or is missing, is reported as a note
 * rather than dropped silently; the resulting pack is validated like any other.
 *
 *   claimReviewed                  -> statement
 *   reviewRating                   -> review.rating, and the status (claimreview-rating.ts)
 *   reviewRating.ratingExplanation -> statusNote
 *   author, datePublished, url     -> review.author, review.date, review.url
 *   itemReviewed (a Claim):
 *     author          -> an on-record source, and an entity involved as "speaker"
 *     datePublished   -> date
 *     appearance      -> appearances
 *     firstAppearance -> firstReport (outlet, date, url) and an appearance
 *   identifier, else the review url, else a hash of the statement -> id
 */
import { claimFromReview } from './claimreview-claim.js';
import { fit, hash } from './ids.js';
import { findNodes, indexIds, isNode, nameOf, textOf, typesOf, urlOf, type Node } from './jsonld.js';
import { SCHEMA_VERSION, type Claim, type ClaimPack, type Entity } from './schema.js';
import { validatePack, type Problem } from './validate.js';

export interface ImportOptions {
  /** The day of the import, YYYY-MM-DD: the pack's `updated` (default: today, UTC). */
  today?: string | undefined;
  name?: string | undefined;
  publisher?: string | undefined;
  license?: string | undefined;
  version?: string | undefined;
}

/** `notes` says what could not be mapped; `problems` why no pack could be made. */
export type ImportResult = { ok: true; pack: ClaimPack; notes: Problem[] } | { ok: false; problems: Problem[]; notes: Problem[] };

export const UNSPECIFIED_LICENSE = "unspecified: see each review's publisher for terms of reuse";

/** True when the JSON holds a ClaimReview node anywhere (alone, in an array, @graph or a page's nodes). */
export function looksLikeClaimReview(value: unknown): boolean {
  return findNodes(value, 'ClaimReview').length > 0;
}

export function importClaimReview(document: unknown, options: ImportOptions = {}): ImportResult {
  const notes: Problem[] = [];
  const ids = indexIds(document);
  const reviews = findNodes(document, 'ClaimReview');
  reportOtherNodes(document, notes);
  if (reviews.length === 0) {
    return { ok: false, notes, problems: [{ path: '', message: 'no ClaimReview found (looked in the object, arrays, @graph and nested nodes)' }] };
  }
  const claims: Claim[] = [];
  const entities = new Map<string, Entity>();
  for (const { path, node } of reviews) {
    const made = claimFromReview(node, path || '$', ids, notes);
    if (!made) continue;
    claims.push(made.claim);
    for (const entity of made.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  uniquifyIds(claims, notes);
  if (claims.length === 0) return { ok: false, notes, problems: [{ path: '', message: 'none of the ClaimReview nodes states the claim it reviews (claimReviewed)' }] };

  const meta = packMetadata(reviews.map((r) => r.node), ids, options, notes);
  const validation = validatePack({ schemaVersion: SCHEMA_VERSION, ...meta, entities: [...entities.values()], claims });
  return validation.ok ? { ok: true, pack: validation.pack, notes } : { ok: false, notes, problems: validation.problems };
}

/** Say which top-level nodes were not read: not ClaimReview, and not referenced from one by `@id`. */
function reportOtherNodes(document: unknown, notes: Problem[]): void {
  const top = Array.isArray(document) ? document : isNode(document) && Array.isArray(document['@graph']) ? document['@graph'] : [document];
  const referenced = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isNode(value)) {
      if (typeof value['@id'] === 'string' && Object.keys(value).every((k) => k === '@id' || k === '@type')) referenced.add(value['@id']);
      Object.values(value).forEach(collect);
    }
  };
  collect(document);
  top.forEach((node, i) => {
    if (!isNode(node) || typesOf(node).includes('ClaimReview')) return;
    if (typeof node['@id'] === 'string' && referenced.has(node['@id'])) return;
    const type = typesOf(node).join(', ') || 'without @type';
    notes.push({ path: top === document ? `[${i}]` : `@graph[${i}]`, message: `ignored a node of type ${type} (only ClaimReview nodes inside it are read)` });
  });
}

/**
 * Several reviews on one page share its url: each of them then gets a hash of its statement
 * added, so ids stay unique and do not depend on the order of the reviews.
 */
function uniquifyIds(claims: Claim[], notes: Problem[]): void {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.id, (counts.get(claim.id) ?? 0) + 1);
  const seen = new Set<string>();
  claims.forEach((claim, i) => {
    const shared = claim.id;
    if ((counts.get(shared) ?? 0) < 2) return void seen.add(shared);
    let id = `${shared.slice(0, 119)}-${hash(claim.statement)}`;
    for (let n = 2; seen.has(id); n++) id = `${shared.slice(0, 110)}-${hash(claim.statement)}-${n}`;
    notes.push({ path: `claims[${i}].id`, message: `"${shared}" is shared by several reviews; this claim is "${id}"` });
    claim.id = id;
    seen.add(id);
  });
}

function packMetadata(reviews: readonly Node[], ids: ReadonlyMap<string, Node>, options: ImportOptions, notes: Problem[]) {
  const authors = unique(reviews.map((r) => nameOf(r.author, ids)));
  let publisher = options.publisher ?? (authors.length === 1 ? authors[0] : undefined);
  if (!publisher && authors.length > 1) publisher = fit(`several fact-checkers: ${authors.join(', ')}`, 200);
  if (!publisher) {
    publisher = 'unknown publisher';
    notes.push({ path: 'publisher', message: 'the reviews name no author; give the publisher with --publisher' });
  }
  const licenses = unique(reviews.map((r) => urlOf(r.license) ?? textOf(r.license)));
  const license = options.license ?? (licenses.length === 1 && reviews.every((r) => r.license !== undefined) ? licenses[0]! : UNSPECIFIED_LICENSE);
  if (license === UNSPECIFIED_LICENSE) notes.push({ path: 'license', message: `no common license in the reviews: written as "${license}"; set it with --license` });
  const homepages = unique(reviews.map((r) => (isNode(r.author) ? urlOf(r.author) : undefined)));
  return {
    name: fit(options.name ?? `ClaimReview import from ${publisher}`, 200),
    publisher: fit(publisher, 200),
    version: options.version ?? '1',
    updated: options.today ?? new Date().toISOString().slice(0, 10),
    license: fit(license, 200),
    ...(homepages.length === 1 && authors.length === 1 ? { homepage: homepages[0] } : {}),
    description: `Converted from schema.org ClaimReview (${reviews.length} review${reviews.length === 1 ? '' : 's'}).`,
  };
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}
