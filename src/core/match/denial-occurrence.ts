/**
 * Which occurrence of a key word a claim reads. A sentence keeps one occurrence of each word (its
 * first), and that may be someone else's: in "Moscow has denied meddling, and Trump has dismissed
 * suggestions of collusion" the first denial verb is Moscow's, the later one Trump's; in "Kislyak
 * said they had discussed the campaign, but Sessions denied discussing it" the first "discuss" is
 * in Kislyak's clause, the later one in Sessions'. The claim reads the later one instead of failing.
 */
import type { CompiledClaim } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';

/**
 * The token of the feature's occurrence that may deny for the claim, or -1 when none may.
 * `byClause`: a denial claim in a sentence whose clauses have speakers of their own, so the
 * occurrence's clause must also be spoken by one of the claim's speakers (or nobody known).
 */
export function keyOccurrence(sentence: SentenceMatcher, feature: number, claim: CompiledClaim, byClause: boolean): number {
  const first = sentence.first[feature]!;
  if (deniesFor(sentence, first, claim, byClause)) return first;
  if (byClause) {
    // Clauses with speakers of their own: any later occurrence, in a clause of the claim's speaker.
    const { hits } = sentence;
    for (let h = 0; h < hits.count; h++) {
      const token = hits.first[h]!;
      if (token > first && hits.feature[h] === feature && deniesFor(sentence, token, claim, byClause)) return token;
    }
    return -1;
  }
  // A later denial verb that is also this word.
  for (const token of sentence.denialTokens) {
    if (token > first && occursAt(sentence, feature, token) && deniesFor(sentence, token, claim, byClause)) return token;
  }
  return -1;
}

function occursAt(sentence: SentenceMatcher, feature: number, token: number): boolean {
  const { hits } = sentence;
  for (let h = 0; h < hits.count; h++) if (hits.first[h] === token && hits.feature[h] === feature) return true;
  return false;
}

function deniesFor(sentence: SentenceMatcher, token: number, claim: CompiledClaim, byClause: boolean): boolean {
  if (!deniedByActor(sentence, token, claim.actors, claim.speakers)) return false;
  if (!byClause) return true;
  const clauseDenier = sentence.speaker.denierAt(token);
  return clauseDenier < 0 || claim.speakers.includes(clauseDenier);
}

/** False when the token is a denial verb whose likely subject is a person foreign to the claim. */
function deniedByActor(sentence: SentenceMatcher, token: number, actors: readonly number[], speakers: readonly number[]): boolean {
  const at = sentence.denialTokens.indexOf(token);
  if (at < 0) return true;
  const actor = sentence.denialActors[at]!;
  // "..., a finding Moscow rejects.": a denial closing its clause is its subject's own, so only
  // a speaker of the claim makes it the claim's denial.
  if (sentence.polarity.closingDenial === token) return actor === -1 || speakers.includes(actor);
  return actor === -1 || actors.includes(actor);
}
