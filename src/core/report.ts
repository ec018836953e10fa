/**
 * What a scan finds: the result types shared by the core, the CLI's JSON report, the content
 * script and the popup. Offsets are UTF-16 code-unit offsets into the original (unnormalised)
 * text of the block a sentence came from.
 */
import type { SourcingKind } from './sourcing-kinds.js';

/** "confident" matches are painted by default; "possible" ones only when the reader asks. */
export type Confidence = 'confident' | 'possible';

export interface ClaimHit {
  id: string;
  /** In [0, 1]. */
  score: number;
  confidence: Confidence;
  /** Why it matched, readable: the entities and terms found, penalties applied. */
  reasons: string[];
  /** Claims that competed for this sentence and lost to a more specific one. */
  related?: string[];
}

export interface SourcingCue {
  kind: SourcingKind;
  /** The words that show the kind, e.g. "one former official told". */
  cue: string;
  /** Offsets of the cue in the block's original text. */
  start: number;
  end: number;
}

export interface SentenceResult {
  /** Index of the block (paragraph, headline, caption) the sentence lies in. */
  block: number;
  start: number;
  end: number;
  text: string;
  claims: ClaimHit[];
  sourcing: SourcingCue[];
}

/** A credibility signal, named as in the W3C Credible Web Community Group's list. */
export interface CredibilitySignal {
  name: string;
  /** One sentence saying what the signal means and why it fired on this article. */
  explanation: string;
}

export interface SourcingProfile {
  sentences: number;
  /** Sentences carrying at least one sourcing kind. */
  attributed: number;
  counts: Record<SourcingKind, number>;
  /** Share of attributed sentences that rest on unnamed sources, in [0, 1]. */
  unnamedShare: number;
  signals: CredibilitySignal[];
}
