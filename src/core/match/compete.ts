/**
 * When several claims match one sentence, the more specific one wins: a claim whose evidence
 * is contained in another's and which found fewer features is the broader reading of the same
 * words ("Sessions met Kislyak" inside "Sessions met Kislyak and discussed the campaign"), as is
 * a claim the pack declares broader unless it says more than the winner. Losers are
 * listed as related to the winner. A denial never loses to an affirmed claim: the denial and
 * the thing denied are both there. Nor does an affirmed claim whose key words all stand apart from
 * the denial (apart-from-denial.ts: "said he had no contacts, an answer that fell apart when it
 * emerged he had met him twice"), unless the pack declares that the denial disputes that claim and
 * the sentence does not set the two against each other.
 */
import type { CompiledIndex } from './compiled-index.js';
import { standsApart, type ApartFromDenial } from './apart-from-denial.js';
import type { Candidate } from './score.js';
import { members } from './slot-groups.js';

export interface Resolved {
  candidate: Candidate;
  related: number[];
}

/**
 * `spans(c)` flags the tokens of the sentence that a candidate's evidence covers; `at(f)` is the
 * token where feature f starts.
 */
export function compete(
  index: CompiledIndex,
  candidates: Candidate[],
  spans: (candidate: Candidate) => Uint8Array,
  at: (feature: number) => number,
  /** Which words stand apart from the sentence's denial, at offsets as `at` gives them; none when omitted. */
  apart?: ApartFromDenial,
): Resolved[] {
  if (candidates.length === 1) return [{ candidate: candidates[0]!, related: [] }];
  const { claims } = index;
  const sameSide = (a: Candidate, b: Candidate) => {
    const [x, y] = [claims[a.claim]!.polarity, claims[b.claim]!.polarity];
    return x === y || x === 'either' || y === 'either';
  };
  const rank = (c: Candidate) => (c.confidence === 'confident' ? 1 : 0);
  const ordered = [...candidates].sort((a, b) => rank(b) - rank(a) || b.found.length - a.found.length || b.score - a.score || a.claim - b.claim);
  const evidence = new Map(ordered.map((candidate) => [candidate, spans(candidate)]));
  // A key word of the loser outside the winner's evidence, of a kind the winner's claim never
  // speaks of ("the campaign" beside "Trump's positions on Russia"): the sentence states both.
  // So is a place or an event the winner never names ("at the Mayflower" beside an intercept
  // that says nothing of where): the sentence also places the broader claim.
  const saysMore = (loser: Candidate, winner: Candidate) => {
    const covered = evidence.get(winner)!;
    const words = claimWords(index, winner.claim);
    const more = (feature: number) => !covered[at(feature)] && !words.has(feature);
    return loser.keys.some(more) || loser.found.some((feature) => isSetting(index, feature) && more(feature));
  };
  const beaten = (loser: Candidate, winner: Candidate): boolean => {
    if (loser === winner || rank(winner) < rank(loser)) return false;
    // An affirmed reading inside a denial ("his meetings had nothing to do with the campaign")
    // is the weaker one; a denial inside an affirmed claim is a claim of its own.
    // Said after the denial, a claim the pack declares it disputes is what it disputes ("said he
    // never backed the tunnel, calling the memo on it forged"); set against it, it is not.
    const disputed = claims[loser.claim]!.disputedBy.includes(winner.claim);
    const apartFromWinner = apart !== undefined && (apart.contested || !disputed) && loser.keys.length > 0 && loser.keys.every((feature) => standsApart(apart, at(feature)));
    const crossing = !apartFromWinner && claims[loser.claim]!.polarity === 'affirms' && claims[winner.claim]!.polarity === 'denies';
    if (!sameSide(loser, winner) && !crossing) return false;
    if (claims[loser.claim]!.beats.includes(winner.claim)) return false;
    if (claims[winner.claim]!.beats.includes(loser.claim)) return !saysMore(loser, winner);
    return winner.found.length > loser.found.length && isSubset(evidence.get(loser)!, evidence.get(winner)!);
  };
  const winners: Resolved[] = [];
  const losers: Candidate[] = [];
  for (const candidate of ordered) {
    if (ordered.some((other) => beaten(candidate, other))) losers.push(candidate);
    else winners.push({ candidate, related: [] });
  }
  for (const loser of losers) {
    if (loser.confidence !== 'confident') continue;
    const winner = winners.find(({ candidate }) => beaten(loser, candidate)) ?? winners.find(({ candidate }) => sameSide(loser, candidate));
    winner?.related.push(loser.claim);
  }
  return winners;
}

/** Every feature a claim's wordings use (groups expanded), built when first needed. */
const wordsOfClaim = new WeakMap<object, Set<number>>();
function claimWords(index: CompiledIndex, claim: number): Set<number> {
  const compiled = index.claims[claim]!;
  let words = wordsOfClaim.get(compiled);
  if (!words) {
    words = new Set();
    for (const p of compiled.patterns) {
      for (const slot of index.patterns[p]!.slots) for (const feature of members(slot, index.groups)) words.add(feature);
    }
    wordsOfClaim.set(compiled, words);
  }
  return words;
}

/** A place or an event: where or at what something happened. */
function isSetting(index: CompiledIndex, feature: number): boolean {
  const { kind, entityKind } = index.table.features[feature]!;
  return kind === 'entity' && (entityKind === 'place' || entityKind === 'event');
}

function isSubset(small: Uint8Array, large: Uint8Array): boolean {
  for (let i = 0; i < small.length; i++) if (small[i] && !large[i]) return false;
  return true;
}
