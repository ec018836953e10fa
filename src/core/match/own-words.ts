/**
 * A claim's own words: the quotes its sources give of its speaker ("I did not have
 * communications with the Russians."). A page repeating a run of them states that the speaker
 * said them, whoever quotes them and however they are framed: inside another speaker's quote
 * ("“He told us he did not have communications with the Russians,” a senator said"), after a colon
 * ("The line at issue: “I did not ...”"), in a transcript with no name. The words carry
 * their speaker, so the run alone is the claim; the name, a pronoun's antecedent or who denies in
 * the sentence is not asked for. A run is long (OWN_WORDS_RUN words, of one clause): short ones
 * ("gave some bad answers") are anybody's words.
 */
import type { Claim } from '../claims/schema.js';
import type { CompiledIndex, Pattern } from './compiled-index.js';
import type { PhraseTable } from './phrases.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { CONFIDENT_SCORE } from './thresholds.js';

/** Words a run of a quote needs before it is the speaker's own: six ("did not have communications with the") still end in anybody's words. */
export const OWN_WORDS_RUN = 7;

/**
 * The feature showing runs of the claim's quotes of its speakers, or -1 when it has no speaker or
 * no quote long enough. Each run of OWN_WORDS_RUN consecutive words is a phrase of it, so a page
 * quoting part of a quote ("did not have communications with the Russians") shows it too.
 */
export function addOwnWords(table: PhraseTable, claim: Claim, speakers: number): number {
  if (speakers === 0) return -1;
  let feature = -1;
  for (const source of claim.sources) {
    if (!source.quote) continue;
    // A quote's clauses: a run across a comma or a full stop is not on the page as one.
    for (const clause of source.quote.split(/[,.;:!?—–]+/)) {
      const words = clause.trim().split(/\s+/).filter(Boolean);
      for (let i = 0; i + OWN_WORDS_RUN <= words.length; i++) {
        if (feature < 0) feature = table.addFeature({ kind: 'word', label: "the speaker's quoted words" });
        table.addPhrase(words.slice(i, i + OWN_WORDS_RUN).join(' '), feature);
      }
    }
  }
  return feature;
}

/** The pattern that is a claim's own words alone: one required slot, its own-words feature. */
export function ownWordsPattern(claim: number, feature: number): Pattern {
  return {
    claim,
    slots: [feature],
    weights: [1],
    required: [1],
    entity: [0],
    requiredCount: 1,
    total: 1,
    optionalTotal: 0,
    scoped: [0],
    negated: false,
    forgets: false,
    derived: false,
  };
}

/** Whether pattern p is its claim's own words (see addOwnWords). */
export function isOwnWords(index: CompiledIndex, p: number): boolean {
  const pattern = index.patterns[p]!;
  return pattern.slots[0] === index.claims[pattern.claim]!.ownWords;
}

/** A confident candidate when pattern p is its claim's own words and the sentence quotes them; null otherwise. */
export function ownWordsCandidate(sentence: SentenceMatcher, p: number): Candidate | null {
  const { index } = sentence;
  if (!isOwnWords(index, p)) return null;
  const pattern = index.patterns[p]!;
  const claim = index.claims[pattern.claim]!;
  for (const veto of claim.vetoes) if (veto >= 0 && sentence.has(veto)) return null;
  const feature = pattern.slots[0]!;
  if (!sentence.has(feature)) return null;
  const score = CONFIDENT_SCORE + (1 - CONFIDENT_SCORE) * 0.7;
  return { claim: pattern.claim, pattern: p, score, confidence: 'confident', found: [feature], missing: [], anaphoric: [], keys: [feature] };
}
