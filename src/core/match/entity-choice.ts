/**
 * Which features a phrase naming many entities yields while reading a wording: a surname shared
 * by many people in a large pack ("Chen") stands only for the entities the wording can mean,
 * so each claim's patterns stay as small as if the name were unique.
 */
import type { Feature, Phrase, PhraseHits } from './phrase-lookup.js';

/** A phrase's features by position: every feature, its entities and its other features. */
export interface ManyEntities {
  positions: Map<number, number>;
  entities: number[];
  others: number[];
}

/** Which of many entities sharing a name a wording may mean (see PhraseTable.find). */
export interface EntityChoice {
  involved: ReadonlySet<number>;
  allowed: ReadonlySet<number>;
}

/** A phrase with more features than this names many entities. */
export const MANY_FEATURES = 8;

function manyEntities(known: readonly Feature[], features: readonly number[]): ManyEntities {
  const many: ManyEntities = { positions: new Map(), entities: [], others: [] };
  features.forEach((feature, k) => {
    many.positions.set(feature, k);
    (known[feature]!.kind === 'entity' ? many.entities : many.others).push(k);
  });
  return many;
}

/** Pushes a phrase's features found on tokens [first, last]; of many entities, only those a wording may mean. */
export function pushChosenFeatures(known: readonly Feature[], phrase: Phrase, first: number, last: number, out: PhraseHits, entities: EntityChoice): void {
  const { features } = phrase;
  if (features.length <= MANY_FEATURES) {
    for (const feature of features) out.push(feature, first, last);
    return;
  }
  const many = (phrase.many ??= manyEntities(known, features));
  const kept = [...many.others];
  for (const entity of entities.involved) {
    const at = many.positions.get(entity);
    if (at !== undefined) kept.push(at);
  }
  const allowed = many.entities.find((k) => entities.allowed.has(features[k]!));
  if (allowed !== undefined) kept.push(allowed);
  let previous = -1;
  for (const k of kept.sort((a, b) => a - b)) {
    if (k !== previous) out.push(features[k]!, first, last);
    previous = k;
  }
}
