/**
 * The compiled claims as stored data (see stored-matcher.ts): ids, views as JSON, and each
 * claim's polarity, whether its voices are all persons, and lists of features (owned words among
 * them), patterns, beaten claims and the denials that dispute it. Speakers are not stored: they
 * are the voices, or the actors when there are none.
 */
import type { CompiledClaim, CompiledIndex, Polarity } from './compiled-index.js';
import { check, listAt, ragged, toRagged, typed, type Ragged } from './stored-arrays.js';

const POLARITIES: readonly Polarity[] = ['affirms', 'denies', 'either'];

/** `views[i]`: claim i's view as JSON, parsed when first asked for (see CompiledIndex.view). */
export interface StoredClaims {
  ids: string[];
  views: string[];
  polarity: Uint8Array;
  actors: Ragged;
  voices: Ragged;
  /** 1 where the claim's voices are all persons (CompiledClaim.personVoices). */
  personVoices: Uint8Array;
  subjects: Ragged;
  parties: Ragged;
  vetoes: Ragged;
  owned: Ragged;
  patterns: Ragged;
  beats: Ragged;
  disputedBy: Ragged;
}

export function storeClaims(index: CompiledIndex): StoredClaims {
  const { claims } = index;
  return {
    ids: claims.map((claim) => claim.id),
    views: claims.map((_, c) => JSON.stringify(index.view(c))),
    polarity: Uint8Array.from(claims, (claim) => POLARITIES.indexOf(claim.polarity)),
    actors: toRagged(claims.map((claim) => claim.actors)),
    voices: toRagged(claims.map((claim) => claim.voices)),
    personVoices: Uint8Array.from(claims, (claim) => (claim.personVoices ? 1 : 0)),
    subjects: toRagged(claims.map((claim) => claim.subjects)),
    parties: toRagged(claims.map((claim) => claim.parties)),
    vetoes: toRagged(claims.map((claim) => claim.vetoes)),
    owned: toRagged(claims.map((claim) => claim.owned)),
    patterns: toRagged(claims.map((claim) => claim.patterns)),
    beats: toRagged(claims.map((claim) => claim.beats)),
    disputedBy: toRagged(claims.map((claim) => claim.disputedBy)),
  };
}

export function restoreClaims(stored: Record<string, unknown>, ids: readonly string[], featureCount: number, patternCount: number): CompiledClaim[] {
  const count = ids.length;
  const polarity = typed(stored['polarity'], Uint8Array, count);
  // An entity a pack does not define is feature -1 (compile.ts): it never matches.
  const actors = ragged(stored['actors'], count, -1, featureCount);
  const voices = ragged(stored['voices'], count, -1, featureCount);
  const personVoices = typed(stored['personVoices'], Uint8Array, count);
  const subjects = ragged(stored['subjects'], count, -1, featureCount);
  const parties = ragged(stored['parties'], count, -1, featureCount);
  const vetoes = ragged(stored['vetoes'], count, -1, featureCount);
  const owned = ragged(stored['owned'], count, 0, featureCount);
  const patterns = ragged(stored['patterns'], count, 0, patternCount);
  const beats = ragged(stored['beats'], count, 0, count);
  const disputedBy = ragged(stored['disputedBy'], count, 0, count);
  return ids.map((id, c) => {
    const kind = POLARITIES[polarity[c]!];
    check(kind !== undefined);
    const actorList = listAt(actors, c);
    const voiceList = listAt(voices, c);
    return {
      id,
      polarity: kind,
      actors: actorList,
      // As compile.ts: the voices, or the actors when the claim names none.
      speakers: voiceList.length ? voiceList : actorList,
      voices: voiceList,
      personVoices: personVoices[c] === 1,
      subjects: listAt(subjects, c),
      parties: listAt(parties, c),
      vetoes: listAt(vetoes, c),
      owned: listAt(owned, c),
      patterns: listAt(patterns, c),
      beats: listAt(beats, c),
      disputedBy: listAt(disputedBy, c),
    };
  });
}
