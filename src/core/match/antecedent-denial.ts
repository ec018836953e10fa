/**
 * "The Post reported that Kislyak told Moscow he discussed the campaign with Sessions. Sessions
 * has flatly denied that.": the second sentence denies only a pointer back (anaphoric-denial.ts),
 * so its own words match no claim. What it denies is what the sentence just before stated (in
 * the same block or ending the previous one). When that sentence stated a claim C, the pack
 * declares a denial claim D that denies or disputes C, and whoever denies is one of D's speakers
 * (named as the verb's subject, or a pronoun the sentence resolves to them), the sentence states
 * D. "Moscow rejected that" after the same sentence states nothing the pack knows: Moscow is not
 * D's speaker. A sentence without a claim between the two breaks the chain, as a heading does.
 */
import type { ClaimHit } from '../report.js';
import { anaphoricDenials } from './anaphoric-denial.js';
import type { CompiledIndex } from './compiled-index.js';
import { ANAPHORIC } from './occurrence-flags.js';
import type { SentenceMatcher } from './sentence.js';
import { ANAPHOR_PENALTY } from './thresholds.js';

const NONE: ClaimHit[] = [];

/** Per document: the claims the last sentence stated that some denial claim disputes. */
export class Antecedents {
  private claims: number[] = [];
  private scores: number[] = [];

  /** Whether the last sentence stated a claim some denial disputes: only then is the next read for a denial of it. */
  get pending(): boolean {
    return this.claims.length > 0;
  }

  /** The sentence just read stated `hits` (only confident ones count). */
  remember(index: CompiledIndex, hits: readonly ClaimHit[]): void {
    this.claims.length = 0;
    this.scores.length = 0;
    for (const hit of hits) {
      const claim = index.byId.get(hit.id);
      if (hit.confidence !== 'confident' || claim === undefined || index.claims[claim]!.disputedBy.length === 0) continue;
      this.claims.push(claim);
      this.scores.push(hit.score);
    }
  }

  /** The denial claims the sentence `sentence` just matched (tokens up to `to`) states by denying an anaphor, as hits. */
  denials(index: CompiledIndex, sentence: SentenceMatcher, to: number): ClaimHit[] {
    const { hits, polarity, reading } = sentence;
    const verbs = anaphoricDenials({ tokens: reading.tokens, text: reading.text, hits, polarity, to }, index.lexicon.cues);
    if (verbs.length === 0) return NONE;
    const found: ClaimHit[] = [];
    this.claims.forEach((disputed, k) => {
      for (const denial of index.claims[disputed]!.disputedBy) {
        const claim = index.claims[denial]!;
        if (found.some((hit) => hit.id === claim.id)) continue;
        const denier = verbs.map((verb) => denierOf(index, sentence, verb, claim.speakers)).find((name) => name !== undefined);
        if (denier === undefined) continue;
        found.push({
          id: claim.id,
          score: Math.round((this.scores[k]! - ANAPHOR_PENALTY) * 100) / 100,
          confidence: 'confident',
          reasons: [`denied by ${denier}`, `denies what the sentence before stated (${index.claims[disputed]!.id}), which the pack says this claim disputes (-${ANAPHOR_PENALTY})`],
        });
      }
    });
    return found;
  }
}

/**
 * The label of the one of `speakers` who denies through the verb at token `verb`: named as the
 * speaker of its clause, or, when a pronoun speaks, the speaker the sentence's pronouns stand
 * for; undefined when someone else denies or nobody known does.
 */
function denierOf(index: CompiledIndex, sentence: SentenceMatcher, verb: number, speakers: readonly number[]): string | undefined {
  const { features } = index.table;
  const actor = sentence.speaker.denierAt(verb);
  if (actor >= 0) {
    const speaker = speakers.find((feature) => feature === actor || index.aliases[feature]?.includes(actor));
    return speaker === undefined ? undefined : features[speaker]!.label;
  }
  if (sentence.speaker.speakerPronoun < 0) return undefined;
  const meant = speakers.find((feature) => sentence.has(feature) && (sentence.how[feature]! & ANAPHORIC) !== 0);
  return meant === undefined ? undefined : features[meant]!.label;
}

/** `hits` with `denials` added, each in place of a weaker hit of the same claim. */
export function withDenials(hits: ClaimHit[], denials: readonly ClaimHit[]): ClaimHit[] {
  if (denials.length === 0) return hits;
  const kept = hits.filter((hit) => !denials.some((denial) => denial.id === hit.id && hit.confidence !== 'confident'));
  for (const denial of denials) if (!kept.some((hit) => hit.id === denial.id)) kept.push(denial);
  return kept.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
