/**
 * Between ClaimReview ratings and Sourcelight statuses. Fact-checkers name their ratings freely
 * ("Pants on Fire", "Half True", "Missing context"), so the name is read first, by exact label
 * and then by telling words; the numeric rating is the fallback. The rating's own name is kept
 * in the claim's review, so readers still see the fact-checker's words.
 *
 *   confirmed   true, correct, accurate, mostly true, verified
 *   false       false, pants on fire, fake, fabricated, hoax, incorrect, mostly false, four pinocchios
 *   disputed    misleading, mixed/mixture, half true, partly true/false, missing context,
 *               exaggerated, distorted, cherry-picked, two/three pinocchios
 *   unverified  unproven, unsupported, unsubstantiated, no evidence, research in progress
 *   denied      only Sourcelight's own "Denied" label (written by export-claimreview)
 *
 * Numbers: the position of ratingValue between worstRating (default 1) and bestRating (default
 * 5): at least 0.75 is confirmed, at most 0.25 false, in between disputed. No usable rating:
 * unverified.
 */
import type { ClaimStatus, Review } from './schema.js';

const EXACT: Record<string, ClaimStatus> = {
  'mostly true': 'confirmed',
  'mostly false': 'false',
  confirmed: 'confirmed',
  disputed: 'disputed',
  unverified: 'unverified',
  denied: 'denied',
  'four pinocchios': 'false',
  'three pinocchios': 'disputed',
  'two pinocchios': 'disputed',
  'one pinocchio': 'confirmed',
  'geppetto checkmark': 'confirmed',
};

/** Checked in order: "unverified" before "verified", "partly false" before "false", "not true" before "true". */
const RULES: readonly [RegExp, ClaimStatus][] = [
  [/unprove|unsupport|unverif|unsubstantiat|uncorroborat|unconfirm|no evidence|not enough|insufficient|undetermin|research in progress|unclear/, 'unverified'],
  [/\b(?:partly|partially|half|mixed|mixture)\b|mislead|context|exaggerat|distort|cherry|\bspin|disputed|contested|questionable|needs? clarification/, 'disputed'],
  [/pants on fire|\bfalse\b|\bfake\b|fabricat|hoax|incorrect|inaccurate|\bwrong\b|debunk|baseless|untrue|not true|\bscam\b/, 'false'],
  [/\btrue\b|correct|accurate|verified|confirmed|\bright\b/, 'confirmed'],
];

export interface RatingInput {
  name?: string | undefined;
  value?: number | undefined;
  best?: number | undefined;
  worst?: number | undefined;
}

/** The status for a rating, and whether it came from the name, the numbers, or neither. */
export function statusFromRating(rating: RatingInput): { status: ClaimStatus; from: 'name' | 'value' | 'none' } {
  const label = rating.name
    ?.toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (label) {
    const exact = EXACT[label] ?? RULES.find(([pattern]) => pattern.test(label))?.[1];
    if (exact) return { status: exact, from: 'name' };
  }
  if (rating.value !== undefined) {
    const best = rating.best ?? 5;
    const worst = rating.worst ?? 1;
    if (best !== worst) {
      const position = (rating.value - worst) / (best - worst);
      return { status: position >= 0.75 ? 'confirmed' : position <= 0.25 ? 'false' : 'disputed', from: 'value' };
    }
  }
  return { status: 'unverified', from: 'none' };
}

const STATUS_RATINGS: Record<ClaimStatus, Review['rating']> = {
  confirmed: { name: 'Confirmed', value: 5, best: 5, worst: 1 },
  disputed: { name: 'Disputed', value: 3, best: 5, worst: 1 },
  false: { name: 'False', value: 1, best: 5, worst: 1 },
  unverified: { name: 'Unverified' },
  denied: { name: 'Denied' },
};

/** The rating that stands for a status when a claim has no fact-checker's rating of its own. */
export function ratingFromStatus(status: ClaimStatus): Review['rating'] {
  return { ...STATUS_RATINGS[status] };
}
