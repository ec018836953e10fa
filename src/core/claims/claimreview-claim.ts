/** One ClaimReview node -> one claim (and the entities it involves); see claimreview.ts for the map. */
import { statusFromRating } from './claimreview-rating.js';
import { fit, hash, idFromUrl, slug } from './ids.js';
import { dateOf, deref, hasType, hostOf, isNode, nameOf, numberOf, textOf, typesOf, urlOf, type Node } from './jsonld.js';
import type { Claim, Entity, Source } from './schema.js';
import type { Problem } from './validate.js';

/** Read, so not reported as ignored; `@context`, `@id` and `@type` carry no content of their own. */
const REVIEW_KEYS = new Set(['@context', '@id', '@type', 'claimReviewed', 'reviewRating', 'author', 'datePublished', 'url', 'itemReviewed', 'identifier', 'license']);
const CLAIM_KEYS = new Set(['@context', '@id', '@type', 'author', 'datePublished', 'appearance', 'firstAppearance']);
const RATING_KEYS = new Set(['@context', '@id', '@type', 'alternateName', 'ratingValue', 'bestRating', 'worstRating', 'ratingExplanation', 'name']);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

type Appearance = Claim['appearances'][number];

export function claimFromReview(review: Node, path: string, ids: ReadonlyMap<string, Node>, notes: Problem[]): { claim: Claim; entities: Entity[] } | undefined {
  const note = (where: string, message: string) => notes.push({ path: where ? `${path}.${where}` : path, message });
  const ignored = (node: Node, known: ReadonlySet<string>, where: string) => {
    const extra = Object.keys(node).filter((key) => !known.has(key));
    if (extra.length) note(where, `ignored field${extra.length > 1 ? 's' : ''} ${extra.join(', ')} (no place in a claim pack)`);
  };
  const statement = textOf(review.claimReviewed);
  if (!statement) {
    note('claimReviewed', 'missing: this review was skipped');
    return undefined;
  }
  ignored(review, REVIEW_KEYS, '');
  if (statement.length > 600) note('claimReviewed', 'longer than 600 characters: shortened');

  const url = urlOf(review.url);
  if (review.url !== undefined && !url) note('url', 'not an http(s) address: left out');
  const rating = deref(review.reviewRating, ids);
  const ratingNode = isNode(rating) ? rating : {};
  if (!isNode(rating)) note('reviewRating', 'missing: the claim is "unverified"');
  else ignored(rating, RATING_KEYS, 'reviewRating');
  const ratingName = textOf(ratingNode.alternateName) ?? textOf(ratingNode.name);
  const value = numberOf(ratingNode.ratingValue);
  const best = numberOf(ratingNode.bestRating);
  const worst = numberOf(ratingNode.worstRating);
  const { status, from } = statusFromRating({ name: ratingName, value, best, worst });
  if (isNode(rating) && from === 'none') note('reviewRating', `no status could be read from the rating${ratingName ? ` "${ratingName}"` : ''}: the claim is "unverified"`);
  const reviewer = nameOf(review.author, ids);
  if (!reviewer) note('author', 'missing: the review is credited to the review address\'s site or to "unknown reviewer"');
  const explanation = textOf(ratingNode.ratingExplanation);

  const identifier = textOf(review.identifier);
  const id = identifier && ID.test(identifier) ? identifier : url ? idFromUrl(url) : `claimreview-${hash(statement)}`;
  const item = deref(review.itemReviewed, ids);
  const claimNode = isNode(item) ? item : undefined;
  if (!claimNode) note('itemReviewed', 'missing: no speaker, date or appearances for this claim');
  else {
    if (!hasType(claimNode, 'Claim')) note('itemReviewed', `is of type ${typesOf(claimNode).join(', ') || 'unknown'}, read as a Claim`);
    ignored(claimNode, CLAIM_KEYS, 'itemReviewed');
  }
  const { sources, entities } = claimNode ? speaker(claimNode, ids) : { sources: [], entities: [] };
  const { appearances, firstReport } = claimNode ? appearancesOf(claimNode, ids, (where, message) => note(`itemReviewed.${where}`, message)) : { appearances: [], firstReport: undefined };

  const claim: Claim = {
    id,
    statement: fit(statement, 600),
    status,
    ...(explanation ? { statusNote: fit(explanation, 600) } : {}),
    ...(claimNode && dateOf(claimNode.datePublished) ? { date: dateOf(claimNode.datePublished) } : {}),
    involved: entities.map((entity) => ({ entity: entity.id, role: 'speaker' as const })),
    sources,
    ...(firstReport ? { firstReport } : {}),
    related: [],
    review: {
      author: fit(reviewer ?? (url ? hostOf(url) : 'unknown reviewer'), 300),
      ...(dateOf(review.datePublished) ? { date: dateOf(review.datePublished) } : {}),
      ...(url ? { url } : {}),
      rating: {
        name: fit(ratingName ?? (value !== undefined ? `${value} out of ${best ?? 5}` : 'no rating given'), 200),
        ...(value !== undefined ? { value } : {}),
        ...(best !== undefined ? { best } : {}),
        ...(worst !== undefined ? { worst } : {}),
      },
    },
    appearances,
  };
  return { claim, entities };
}

/** The claim's author: who said it on the record, and an entity the matcher can look for. */
function speaker(claim: Node, ids: ReadonlyMap<string, Node>): { sources: Source[]; entities: Entity[] } {
  const author = deref(Array.isArray(claim.author) ? claim.author[0] : claim.author, ids);
  const name = nameOf(author, ids);
  if (!name) return { sources: [], entities: [] };
  const job = isNode(author) ? textOf(author.jobTitle) : undefined;
  const source: Source = {
    kind: 'on-record',
    who: fit(job ? `${name}, ${job}` : name, 300),
    ...(dateOf(claim.datePublished) ? { date: dateOf(claim.datePublished) } : {}),
    ...(urlOf(claim.firstAppearance) ? { url: urlOf(claim.firstAppearance) } : {}),
  };
  if (!isNode(author)) return { sources: [source], entities: [] };
  const person = hasType(author, 'Person');
  if (!person && !typesOf(author).some((t) => t.endsWith('Organization'))) return { sources: [source], entities: [] };
  // Articles usually name a person a second time by surname alone ("Sessions said").
  const surname = person ? name.split(' ').filter((w) => w.length > 2).pop() : undefined;
  const aliases = [textOf(author.alternateName), surname !== name ? surname : undefined].filter((a): a is string => !!a);
  const entity: Entity = {
    id: slug(name) || `entity-${hash(name)}`,
    name: fit(name, 200),
    kind: person ? 'person' : 'organization',
    aliases: [...new Set(aliases)].map((a) => fit(a, 200)),
    ...(job ? { description: fit(job, 500) } : {}),
  };
  return { sources: [source], entities: [entity] };
}

function appearancesOf(claim: Node, ids: ReadonlyMap<string, Node>, note: (where: string, message: string) => void) {
  const appearances: Appearance[] = [];
  const add = (value: unknown, where: string): Node | undefined => {
    const work = deref(value, ids);
    const url = urlOf(work);
    if (!url) {
      note(where, 'has no http(s) address: left out');
      return undefined;
    }
    const node = isNode(work) ? work : {};
    const date = dateOf(node.datePublished);
    const author = nameOf(node.author, ids) ?? nameOf(node.publisher, ids);
    if (!appearances.some((a) => a.url === url)) appearances.push({ url, ...(date ? { date } : {}), ...(author ? { author: fit(author, 300) } : {}) });
    return node;
  };
  const list = claim.appearance === undefined ? [] : Array.isArray(claim.appearance) ? claim.appearance : [claim.appearance];
  let firstReport: Claim['firstReport'];
  if (claim.firstAppearance !== undefined) {
    const first = add(claim.firstAppearance, 'firstAppearance');
    const url = urlOf(first);
    const date = first && dateOf(first.datePublished);
    const outlet = first && (nameOf(first.publisher, ids) ?? nameOf(first.author, ids) ?? (url ? hostOf(url) : undefined));
    if (url && date && outlet) firstReport = { outlet: fit(outlet, 200), date, url };
    else if (first) note('firstAppearance', 'has no datePublished: not used as the first report');
  }
  list.slice(0, 64).forEach((item, i) => add(item, `appearance[${i}]`));
  if (list.length > 64 || appearances.length > 64) note('appearance', 'more than 64 appearances: the first 64 are kept');
  return { appearances: appearances.slice(0, 64), firstReport };
}
