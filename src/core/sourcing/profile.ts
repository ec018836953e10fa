/**
 * An article's sourcing profile: how many sentences show each kind of sourcing, how much of
 * the attribution rests on unnamed people, and the credibility signals that follow from it.
 */
import type { SentenceResult, SourcingProfile } from '../report.js';
import { SOURCING_KINDS, type SourcingKind } from '../sourcing-kinds.js';
import { supportedSignals } from './signals.js';

/**
 * `sentences` are the scanned sentences (those without cues may be left out); `sentenceCount`
 * counts every sentence of the article, tagged or not.
 */
export function buildProfile(sentences: readonly SentenceResult[], sentenceCount: number): SourcingProfile {
  const counts = Object.fromEntries(SOURCING_KINDS.map((kind) => [kind, 0])) as Record<SourcingKind, number>;
  let attributed = 0;
  let unnamed = 0;
  for (const sentence of sentences) {
    const kinds = new Set(sentence.sourcing.map((cue) => cue.kind));
    if (kinds.size === 0) continue;
    attributed++;
    for (const kind of kinds) counts[kind]++;
    if (kinds.has('anonymous')) unnamed++;
  }
  const total = Math.max(sentenceCount, sentences.length);
  const unnamedShare = attributed ? unnamed / attributed : 0;
  return {
    sentences: total,
    attributed,
    counts,
    unnamedShare,
    signals: supportedSignals({ sentences, sentenceCount: total, attributed, counts, unnamedShare }),
  };
}
