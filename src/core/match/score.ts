/**
 * Scores one pattern against the current sentence. Hand-written wordings need every required
 * slot (confident) or all but one (possible); derived ones need a share of their weight. The
 * claim's meaning must survive the sentence's polarity: an affirmed claim whose key words are
 * all under a negation ("Sessions denied discussing the campaign") or a hypothetical ("calls
 * for Sessions to recuse") does not match, and a denial claim needs a negation or denial.
 */
import type { Confidence } from '../report.js';
import type { Pattern } from './compiled-index.js';
import { keyOccurrence } from './denial-occurrence.js';
import { relaysSpeakersDenial } from './denial-subject.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { ANAPHORIC, FORGOTTEN, HYPOTHETICAL, NEGATED, PLAIN } from './occurrence-flags.js';
import { ownedByAnother } from './owned-words.js';
import { ANAPHOR_PENALTY, CONFIDENT_COVERAGE, CONFIDENT_SCORE, POSSIBLE_COVERAGE, POSSIBLE_SCORE } from './thresholds.js';
import { dealsWithAnother } from './with-object.js';

export type Demotion = 'question' | 'passing';

export interface Candidate {
  claim: number;
  pattern: number;
  score: number;
  confidence: Confidence;
  /** Features found (one per slot found), and the one required slot missing (possible matches). */
  found: number[];
  missing: number[];
  /** Found only through a pronoun or role noun. */
  anaphoric: number[];
  /** The found features of required slots that are not names: what the claim itself says (merged over its wordings). */
  keys: number[];
  /**
   * Why a match is at most possible though its wording is all there: the sentence asks a question
   * about it, or names the dealings with a noun in passing and states nothing of them (passing-mention.ts).
   */
  demoted?: Demotion;
}

/** A match at most possible, for the reason given (explain.ts words it). */
export function demote(candidate: Candidate, reason: Demotion): void {
  candidate.confidence = 'possible';
  candidate.score = Math.min(candidate.score, CONFIDENT_SCORE - 0.01);
  candidate.demoted = reason;
}

export function scorePattern(sentence: SentenceMatcher, p: number): Candidate | null {
  const { patterns, claims } = sentence.index;
  const pattern = patterns[p]!;
  const claim = claims[pattern.claim]!;
  for (const veto of claim.vetoes) if (veto >= 0 && sentence.has(veto)) return null;
  const denies = claim.polarity === 'denies';
  // A denial, or a wording that is itself negative ("nothing misleading about his answer"),
  // needs a negative sentence.
  if ((denies || pattern.negated) && !sentence.polarity.negative) return null;
  // Someone else's denial: "a department spokeswoman said Sessions never..." is not Sessions denying,
  // unless she reports his own denial ("said Sessions stood by his testimony that he never ...").
  const { speaker } = sentence;
  const byClause = speaker.clauses.any;
  const denier = speaker.denier;
  if (denies && !byClause && denier >= 0 && !claim.speakers.includes(denier) && !relaysSpeakersDenial(sentence, claim.speakers)) return null;
  // "She said Sessions never ...": a pronoun does not stand for someone named after it in its own
  // clause, so the denial is not that person's.
  // Unless that person denies in words of their own ("she said Sessions stands by his testimony").
  if (denies && denier < 0 && speaker.speakerPronoun >= 0 && claim.speakers.every((person) => namedAfter(sentence, person, speaker.speakerPronoun) && !sentence.denialActors.includes(person))) return null;
  // Affirmed claims need their key words affirmed, unless the wording itself is negative.
  const needPlain = claim.polarity === 'affirms' && !pattern.negated;
  // A negative wording denies the words its negation covers: "the meetings were not about the
  // campaign" is not "about campaign contacts, not meetings as a senator".
  const scoping = pattern.negated && hasScopedKey(pattern);
  // "had not understood the question to cover ..." leaves what follows open rather than denied
  // (polarity.ts): enough for a wording that is negative, not for a denial claim.
  const denied = denies ? NEGATED : NEGATED | HYPOTHETICAL;
  let negatedKey = false;
  // "He does not recall a conversation with Kislyak" denies only in a wording about memory, and a
  // wording about memory ("did not recall a conversation") needs a key word that is forgotten: the
  // memory word itself, or a key under another negation or question, is not what is forgotten.
  let forgottenKey = false;
  // The wording's memory word where the page forgets it, -1 when it does not.
  let memory = -1;

  // First pass without allocating: most patterns listed for a sentence fail.
  let weight = 0;
  let optional = 0;
  let missingRequired = 0;
  let foundCount = 0;
  let keysFound = 0;
  let throughPronouns = 0;
  // Names alone ("Sessions and Kislyak at the Mayflower") state nothing when none of them is plain (all asked about, withheld).
  let plainWhole = !needPlain;
  const { slots, required } = pattern;
  for (let k = 0; k < slots.length; k++) {
    const feature = presentFeature(sentence, slots[k]!);
    if (feature < 0) {
      if (required[k] && (++missingRequired > 1 || pattern.entity[k])) return null;
      continue;
    }
    const how = sentence.how[feature]!;
    if (how & ANAPHORIC && pattern.entity[k] && ++throughPronouns > sentence.pronouns.capacity) {
      // One "his" cannot be two people: a wording needing both fails, an optional one goes without.
      if (required[k]) return null;
      continue;
    }
    const memoryWord = (how & FORGOTTEN) !== 0 && sentence.polarity.forgetsWithin(sentence.first[feature]!, sentence.last[feature]!);
    // What a memory wording forgets is all of what its negation covers: in "has no memory of the
    // March meeting, and Kislyak was not there" the envoy is not forgotten.
    if (pattern.forgets && pattern.scoped[k] && !memoryWord && !(how & (FORGOTTEN | ANAPHORIC))) return null;
    const key = !pattern.entity[k] && (required[k] === 1 || pattern.derived);
    if (key || how & PLAIN) plainWhole = true;
    if (key) {
      if (needPlain && !(how & PLAIN)) return null;
      if (dealsWithAnother(sentence, pattern, k, feature) || ownedByAnother(sentence, claim, feature)) return null;
      // Asked about, called for, wondered whether: not stated either way.
      if (denies && !(how & (PLAIN | NEGATED | FORGOTTEN))) return null;
      // Who denies: in "Sessions denied ... reports about Trump surrogates" Trump denies nothing;
      // "Sessions denied ..., and Trump dismissed ...": each clause's speaker denies its own words.
      if (keyOccurrence(sentence, feature, claim, denies && byClause) < 0) return null;
      if (how & denied && !pattern.forgets && (!scoping || pattern.scoped[k])) negatedKey = true;
      else if (how & FORGOTTEN && !memoryWord && (!scoping || pattern.scoped[k])) forgottenKey = true;
      // A word the wording's negation covers, affirmed before a contrasting "..., not": "about
      // exchanges with Russian intermediaries, not about meetings as a senator" denies meetings
      // as a senator, not meetings with Russians.
      else if (scoping && pattern.scoped[k] && sentence.polarity.contrastedBefore(sentence.first[feature]!)) return null;
    }
    if (memoryWord) memory = feature;
    if (!pattern.entity[k]) keysFound++;
    foundCount++;
    weight += pattern.weights[k]!;
    if (!required[k]) optional += pattern.weights[k]!;
  }

  // A denial claim needs the denial to bear on what it denies ("denied discussing the campaign"),
  // not on something else in the sentence ("nothing misleading about his answer"); so does any
  // wording whose negation covers key words (a memory wording's does: see Pattern.forgets).
  if ((denies || scoping || pattern.forgets) && !negatedKey && !(forgottenKey && memory >= 0)) return null;
  // "did not recall Kislyak" summons him home, remembering nothing; another's forgetting is not the claim's person's.
  const { rememberer } = sentence;
  if (pattern.forgets && (rememberer.summons(sentence, sentence.last[memory]!) || rememberer.forgottenByAnother(sentence, claim, sentence.first[memory]!))) return null;
  if (!plainWhole) return null;

  let score: number;
  let confidence: Confidence;
  if (!pattern.derived) {
    if (missingRequired === 0) {
      confidence = 'confident';
      const extra = pattern.optionalTotal ? optional / pattern.optionalTotal : 0.5;
      score = CONFIDENT_SCORE + (1 - CONFIDENT_SCORE) * (0.4 + 0.6 * extra);
    } else {
      // One required slot short: only for long wordings that still found two key words.
      if (pattern.requiredCount < 4 || keysFound < 2) return null;
      confidence = 'possible';
      score = POSSIBLE_SCORE + (CONFIDENT_SCORE - POSSIBLE_SCORE) * 0.8 * (weight / pattern.total);
    }
  } else {
    const coverage = weight / pattern.total;
    if (foundCount < 2 || coverage < POSSIBLE_COVERAGE) return null;
    if (coverage >= CONFIDENT_COVERAGE) {
      confidence = 'confident';
      score = CONFIDENT_SCORE + (1 - CONFIDENT_SCORE) * ((coverage - CONFIDENT_COVERAGE) / (1 - CONFIDENT_COVERAGE));
    } else {
      confidence = 'possible';
      score = POSSIBLE_SCORE + (CONFIDENT_SCORE - POSSIBLE_SCORE - 0.01) * ((coverage - POSSIBLE_COVERAGE) / (CONFIDENT_COVERAGE - POSSIBLE_COVERAGE));
    }
  }
  const found: number[] = [];
  const missing: number[] = [];
  const anaphoric: number[] = [];
  const keys: number[] = [];
  throughPronouns = 0;
  for (let k = 0; k < slots.length; k++) {
    const feature = presentFeature(sentence, slots[k]!);
    if (feature >= 0 && sentence.how[feature]! & ANAPHORIC && pattern.entity[k] && ++throughPronouns > sentence.pronouns.capacity) continue;
    if (feature >= 0) {
      found.push(feature);
      if (required[k] && !pattern.entity[k]) keys.push(feature);
      if (sentence.how[feature]! & ANAPHORIC) anaphoric.push(feature);
    } else if (required[k]) missing.push(slots[k]!);
  }
  score -= anaphoric.length * ANAPHOR_PENALTY;
  if (confidence === 'confident' && score < CONFIDENT_SCORE) confidence = 'possible';
  return { claim: pattern.claim, pattern: p, score: Math.max(0, Math.min(1, score)), confidence, found, missing, anaphoric, keys };
}

/** Whether `person` is named outright (not through a pronoun) after token `at`. */
function namedAfter(sentence: SentenceMatcher, person: number, at: number): boolean {
  return sentence.has(person) && !(sentence.how[person]! & ANAPHORIC) && sentence.first[person]! > at;
}

/** Whether the wording's negation covers a key word (see Pattern.scoped). */
function hasScopedKey(pattern: Pattern): boolean {
  const { scoped, entity, required } = pattern;
  for (let k = 0; k < scoped.length; k++) if (scoped[k] && !entity[k] && (required[k] || pattern.derived)) return true;
  return false;
}
