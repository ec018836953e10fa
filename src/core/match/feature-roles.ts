/**
 * What each feature is to the sentence pass (a cue, a person, a pronoun, a body that speaks for
 * a government...), and the questions asked of a sentence's phrases through those roles: could
 * any pattern be listed, and is a pronoun part of a longer anaphor for things.
 */
import type { CompiledIndex } from './compiled-index.js';
import type { ActorKind } from './denier.js';
import type { Feature, PhraseHits } from './phrase-lookup.js';
import type { Postings } from './postings.js';

export const ROLE_OTHER = 0;
export const ROLE_CUE = 1;
export const ROLE_PERSON_ANAPHOR = 2;
export const ROLE_PERSON = 3;
export const ROLE_ANAPHOR = 4;
export const ROLE_PEOPLE_ANAPHOR = 5;
/** An organisation or a place that speaks for a government ("the Justice Department", "the Kremlin"). */
export const ROLE_BODY = 6;

/** Per feature, its ROLE_*. */
export function featureRoles(index: CompiledIndex): Uint8Array {
  return Uint8Array.from(index.table.features, (feature, f) => {
    if (feature.kind === 'cue') return ROLE_CUE;
    if (feature.kind === 'anaphor') {
      const kind = index.lexicon.anaphors.get(f);
      return kind === 'person' ? ROLE_PERSON_ANAPHOR : kind === 'people' ? ROLE_PEOPLE_ANAPHOR : ROLE_ANAPHOR;
    }
    if (feature.kind === 'entity' && feature.entityKind === 'person') return ROLE_PERSON;
    if (feature.kind === 'entity' && (feature.entityKind === 'organization' || feature.entityKind === 'place')) return ROLE_BODY;
    return ROLE_OTHER;
  });
}

/** What a named person, organisation or place is to the speaker watch (see denier.ts). */
export function actorKind(roles: Uint8Array, features: readonly Feature[], feature: number): ActorKind {
  if (roles[feature] === ROLE_PERSON) return 'person';
  return features[feature]!.entityKind === 'place' ? 'place' : 'body';
}

/**
 * Whether some pattern could be listed for the sentence: a feature that lists patterns alone,
 * two different features that key pairs, or a pronoun that may bring people in. Most sentences
 * naming one of the story's people, and nothing else it asks about, stop here.
 */
export function mayMatch(hits: PhraseHits, roles: Uint8Array, postings: Postings): boolean {
  const { single, keyed } = postings;
  let keyedFeature = -1;
  for (let h = 0; h < hits.count; h++) {
    const feature = hits.feature[h]!;
    if (single[feature] !== undefined || roles[feature] === ROLE_PERSON_ANAPHOR || roles[feature] === ROLE_PEOPLE_ANAPHOR) return true;
    if (!keyed[feature] || feature === keyedFeature) continue;
    if (keyedFeature >= 0) return true;
    keyedFeature = feature;
  }
  return false;
}

/** "the two countries": a longer anaphor for things starts where "the two" does, so no people are meant. */
export function thingAnaphorCovers(hits: PhraseHits, roles: Uint8Array, h: number): boolean {
  const first = hits.first[h]!;
  let k = h;
  while (k > 0 && hits.first[k - 1] === first) k--;
  for (; k < hits.count && hits.first[k] === first; k++) {
    if (roles[hits.feature[k]!] === ROLE_ANAPHOR && hits.last[k]! > hits.last[h]!) return true;
  }
  return false;
}
