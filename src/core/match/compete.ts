/**
 * When several claims match one sentence, the more specific one wins: a claim whose evidence
 * is contained in another's and which found fewer features is the broader reading of the same
 * words ("Sessions met Kislyak" inside "Sessions met Kislyak and discussed the campaign"), as is
 * a claim the pack declares broader. Losers are listed as related to the winner. A denial
 * never loses to an affirmed claim: the denial and the thing denied are both there.
 */
import type { CompiledIndex } from './compile.js';
import type { Candidate } from './score.js';

export interface Resolved {
  candidate: Candidate;
  related: number[];
}

/** `spans(c)` flags the tokens of the sentence that a candidate's evidence covers. */
export function compete(index: CompiledIndex, candidates: Candidate[], spans: (candidate: Candidate) => Uint8Array): Resolved[] {
  if (candidates.length === 1) return [{ candidate: candidates[0]!, related: [] }];
  const { claims } = index;
  const sameSide = (a: Candidate, b: Candidate) => {
    const [x, y] = [claims[a.claim]!.polarity, claims[b.claim]!.polarity];
    return x === y || x === 'either' || y === 'either';
  };
  const rank = (c: Candidate) => (c.confidence === 'confident' ? 1 : 0);
  const ordered = [...candidates].sort((a, b) => rank(b) - rank(a) || b.found.length - a.found.length || b.score - a.score || a.claim - b.claim);
  const evidence = new Map(ordered.map((candidate) => [candidate, spans(candidate)]));
  const beaten = (loser: Candidate, winner: Candidate): boolean => {
    if (loser === winner || rank(winner) < rank(loser)) return false;
    // An affirmed reading inside a denial ("his meetings had nothing to do with the campaign")
    // is the weaker one; a denial inside an affirmed claim is a claim of its own.
    const crossing = claims[loser.claim]!.polarity === 'affirms' && claims[winner.claim]!.polarity === 'denies';
    if (!sameSide(loser, winner) && !crossing) return false;
    if (claims[winner.claim]!.beats.includes(loser.claim)) return true;
    if (claims[loser.claim]!.beats.includes(winner.claim)) return false;
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

function isSubset(small: Uint8Array, large: Uint8Array): boolean {
  for (let i = 0; i < small.length; i++) if (small[i] && !large[i]) return false;
  return true;
}
