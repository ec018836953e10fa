/**
 * Whether a pattern's slot is present in the current sentence, and through which feature: the
 * slot's own, a group member's, or an ambiguous alias standing for it ("Chen" for one of many
 * Chens). The scorer (score.ts) asks it of every slot of every candidate pattern.
 */
import type { SentenceMatcher } from './sentence.js';
import { GROUP_BASE } from './slot-groups.js';

/** The feature present for `slot` (a feature, or a group from GROUP_BASE on), or -1. */
export function presentFeature(sentence: SentenceMatcher, slot: number): number {
  if (slot < GROUP_BASE) return presentOrAlias(sentence, slot);
  for (const feature of sentence.index.groups[slot - GROUP_BASE]!) {
    const found = presentOrAlias(sentence, feature);
    if (found >= 0) return found;
  }
  return -1;
}

function presentOrAlias(sentence: SentenceMatcher, feature: number): number {
  if (sentence.has(feature)) return feature;
  const aliases = sentence.index.aliases[feature];
  if (aliases) for (const alias of aliases) if (sentence.has(alias)) return alias;
  return -1;
}

/** Whether `feature` is one of `features` or an alias of one. */
export function isOneOfOrAlias(sentence: SentenceMatcher, features: readonly number[], feature: number): boolean {
  const { aliases } = sentence.index;
  for (const member of features) if (member === feature || aliases[member]?.includes(feature)) return true;
  return false;
}
