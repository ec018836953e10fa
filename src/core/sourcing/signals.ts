/**
 * Which W3C credibility signals an article's sourcing supports, decided from the tagged
 * sentences alone. Names, explanations and thresholds live in signals.json.
 */
import type { CredibilitySignal, SentenceResult, SourcingCue } from '../report.js';
import type { SourcingKind } from '../sourcing-kinds.js';
import { words } from './lexicon.js';
import definitions from './signals.json';

export interface ProfileFacts {
  sentences: readonly SentenceResult[];
  sentenceCount: number;
  attributed: number;
  counts: Record<SourcingKind, number>;
  unnamedShare: number;
}

/** Why a rule fired: how many sentences, and one cue that shows it. */
interface Evidence {
  n: number;
  example: string;
}

const { thresholds } = definitions;
const PLURAL_QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'multiple', 'numerous', 'many', 'some', 'both', 'former', 'people']);
const INDEFINITE_SINGULAR = /^(a|an|one|another)\s/i;
const wirePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.wireNames.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const studyPattern = new RegExp(`\\b(?:${definitions.studyWords.join('|')})\\b`, 'i');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cuesOf(facts: ProfileFacts, kind: SourcingKind): SourcingCue[] {
  return facts.sentences.flatMap((sentence) => sentence.sourcing.filter((cue) => cue.kind === kind));
}

function sentencesWith(facts: ProfileFacts, test: (sentence: SentenceResult) => boolean): Evidence | null {
  const matching = facts.sentences.filter(test);
  if (matching.length === 0) return null;
  const first = matching[0]!;
  return { n: matching.length, example: first.sourcing[0]?.cue ?? first.text };
}

function withKind(facts: ProfileFacts, kind: SourcingKind, test: (cue: SourcingCue, sentence: SentenceResult) => boolean = () => true): Evidence | null {
  const matching = facts.sentences.filter((sentence) => sentence.sourcing.some((cue) => cue.kind === kind && test(cue, sentence)));
  if (matching.length === 0) return null;
  const cue = matching[0]!.sourcing.find((c) => c.kind === kind && test(c, matching[0]!))!;
  return { n: matching.length, example: cue.cue };
}

function isPluralSource(cue: SourcingCue): boolean {
  return cue.cue
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .some((word) => PLURAL_QUANTIFIERS.has(word) || (words.unnamedHeads.has(word) && word.endsWith('s') && words.unnamedHeads.has(word.slice(0, -1))));
}

/** Several unnamed people stand behind the article: a plural source, or two different unnamed individuals. */
function multipleAnonymous(facts: ProfileFacts): boolean {
  const cues = cuesOf(facts, 'anonymous');
  if (cues.some(isPluralSource)) return true;
  const individuals = new Set(cues.filter((cue) => INDEFINITE_SINGULAR.test(cue.cue)).map((cue) => cue.cue.toLowerCase()));
  return individuals.size > 1;
}

/** Unnamed sources matter to the article: a large share of its attribution, or its first attributed sentence. */
function anonymousIsMaterial(facts: ProfileFacts): boolean {
  if (facts.unnamedShare >= thresholds.materialShare) return true;
  const first = facts.sentences.find((sentence) => sentence.sourcing.length > 0);
  return first?.sourcing.some((cue) => cue.kind === 'anonymous') ?? false;
}

const RULES: Record<string, (facts: ProfileFacts) => Evidence | null> = {
  'anonymous-cited': (facts) => withKind(facts, 'anonymous'),
  'single-anonymous-material': (facts) => (anonymousIsMaterial(facts) && !multipleAnonymous(facts) ? withKind(facts, 'anonymous') : null),
  'multiple-anonymous-material': (facts) => (anonymousIsMaterial(facts) && multipleAnonymous(facts) ? withKind(facts, 'anonymous') : null),
  'anonymity-motivated': (facts) => {
    const markers = definitions.motivationMarkers;
    const found = facts.sentences.find((s) => s.sourcing.some((c) => c.kind === 'anonymous') && markers.some((m) => s.text.toLowerCase().includes(m)));
    if (!found) return null;
    const lower = found.text.toLowerCase();
    const marker = markers.find((m) => lower.includes(m))!;
    const at = lower.indexOf(marker);
    return { n: 1, example: found.text.slice(at, Math.min(found.text.length, at + marker.length + 40)).trim() };
  },
  'anonymous-dependency': (facts) => (facts.unnamedShare >= thresholds.dependencyShare ? withKind(facts, 'anonymous') : null),
  'documents-cited': (facts) => withKind(facts, 'document'),
  'study-cited': (facts) => withKind(facts, 'document', (cue, sentence) => studyPattern.test(cue.cue) || studyPattern.test(sentence.text)),
  'other-source-type': (facts) => withKind(facts, 'intercept'),
  'premise-disputed': (facts) => withKind(facts, 'denial'),
  'wire-services': (facts) => sentencesWith(facts, (sentence) => sentence.sourcing.some((cue) => wirePattern.test(cue.cue))),
  'no-source': (facts) => (facts.attributed === 0 && facts.sentenceCount >= thresholds.minSentencesForNoSource ? { n: 0, example: '' } : null),
};

export function supportedSignals(facts: ProfileFacts): CredibilitySignal[] {
  const signals: CredibilitySignal[] = [];
  for (const definition of definitions.signals) {
    const evidence = RULES[definition.rule]?.(facts);
    if (!evidence) continue;
    const values: Record<string, string> = {
      n: String(evidence.n),
      example: evidence.example,
      attributed: String(facts.attributed),
      sentences: String(facts.sentenceCount),
      share: String(Math.round(facts.unnamedShare * 100)),
    };
    signals.push({ name: definition.name, explanation: definition.explanation.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '') });
  }
  return signals;
}
