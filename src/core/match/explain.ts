/** Readable reasons for a match: what was found where, what was missing, what cost score. */
import type { Tokens } from '../text/tokenize.js';
import type { CompiledIndex } from './compiled-index.js';
import type { Candidate } from './score.js';
import { members } from './slot-groups.js';
import type { SentenceMatcher } from './sentence.js';
import { ANAPHOR_PENALTY } from './thresholds.js';

/** `tokens` carry offsets in the block's original text. */
export function explain(index: CompiledIndex, sentence: SentenceMatcher, candidate: Candidate, text: string, tokens: Tokens): string[] {
  const { features } = index.table;
  const pattern = index.patterns[candidate.pattern]!;
  const claim = index.claims[candidate.claim]!;
  const quote = (feature: number) => {
    const start = tokens.starts[sentence.first[feature]!]!;
    const end = tokens.ends[sentence.last[feature]!]!;
    return `${features[feature]!.label} ("${text.slice(start, end)}")`;
  };
  const entities = candidate.found.filter((f) => features[f]!.kind === 'entity' && !candidate.anaphoric.includes(f));
  const terms = candidate.found.filter((f) => features[f]!.kind !== 'entity');
  const reasons: string[] = [];
  if (entities.length) reasons.push(`named: ${entities.map(quote).join(', ')}`);
  if (terms.length) reasons.push(`terms: ${terms.map(quote).join(', ')}`);
  for (const feature of candidate.anaphoric) reasons.push(`${quote(feature)} stands for ${features[feature]!.label}, named just before (-${ANAPHOR_PENALTY})`);
  const label = (slot: number) => [...members(slot, index.groups)].map((feature) => features[feature]!.label).join(' or ');
  if (candidate.missing.length) reasons.push(`missing: ${candidate.missing.map(label).join(', ')}`);
  if (candidate.demoted === 'passing') reasons.push('what the claim tells is only named in passing, with nothing stated about it: at most a possible match');
  if (candidate.demoted === 'question') reasons.push('the sentence asks a question: at most a possible match');
  if (claim.polarity === 'denies') reasons.push('the sentence denies or disputes, as this claim does');
  reasons.push(pattern.derived ? 'matched against the claim statement' : `matched wording ${claim.patterns.indexOf(candidate.pattern) + 1} of ${claim.patterns.length}`);
  return reasons;
}
