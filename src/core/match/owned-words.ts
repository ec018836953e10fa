/**
 * Words a claim gives an owner, and whether a sentence gives them another. A wording that writes
 * a name in the possessive before a word ("Kislyak's accounts", "the Post's account") says whose
 * that word is; compiled, a claim keeps (word, owner) pairs from all its wordings. On the page the
 * word's owner is the possessive before it, an adjective or two between: in "Sessions' own
 * account", "the Post's account" or "which fits his account" (Sessions the only man named before
 * "his") it is someone else's telling, and says nothing of the claim's; nor is "its account" a
 * person's. Only an owner the sentence makes plain counts: no possessive, "their", a "his" with
 * nobody named before it in the sentence, or a noun the pack does not know ("the diplomat's",
 * "the newspaper's": the owner, maybe, under a name the pack lacks) keep the word.
 */
import type { CompiledClaim } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import type { Slot } from './slots.js';
import { wordAt } from './verb-forms.js';
import { DETERMINERS, MODIFIER_REACH, isModifier, isPossessive } from './word-shape.js';

/** Possessive pronouns that stand for a person named before them. */
const PERSONAL = new Set(['his', 'her']);

/** The (word, owner) pairs of a claim's wordings: a slot right after a name in the possessive is that name's. */
export function ownedWords(wordings: readonly (readonly Slot[])[]): number[] {
  const pairs: number[] = [];
  for (const slots of wordings) {
    for (let k = 1; k < slots.length; k++) {
      const owner = slots[k - 1]!;
      const word = slots[k]!;
      if (!owner.possessive || word.negation || word.feature < 0 || hasPair(pairs, word.feature, owner.feature)) continue;
      pairs.push(word.feature, owner.feature);
    }
  }
  return pairs;
}

/**
 * Whether every occurrence of `feature` (found for the claim's pattern slot `slot`) is owned on
 * the page by someone other than the owners the claim gives that slot.
 */
export function ownedByAnother(sentence: SentenceMatcher, claim: CompiledClaim, slot: number, feature: number): boolean {
  const { owned } = claim;
  if (!ownsSlot(owned, slot)) return false;
  const isOwner = (candidate: number) => {
    for (let i = 0; i < owned.length; i += 2) if (owned[i] === slot && sameEntity(sentence, owned[i + 1]!, candidate)) return true;
    return false;
  };
  const { hits } = sentence;
  const { features } = sentence.index.table;
  // "its" is nobody's when the word's owners are all people; an outlet's account may be "its".
  let people = true;
  for (let i = 0; i < owned.length; i += 2) if (owned[i] === slot && features[owned[i + 1]!]!.entityKind !== 'person') people = false;
  let another = false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== feature) continue;
    if (!ownedByOther(sentence, hits.first[h]!, people, isOwner)) return false;
    another = true;
  }
  return another;
}

/** Whether the word starting at token `at` has a possessive before it that is plainly not an owner (`people`: the owners are all persons). */
function ownedByOther(sentence: SentenceMatcher, at: number, people: boolean, isOwner: (feature: number) => boolean): boolean {
  const { text, tokens, from } = sentence.reading;
  for (let k = at - 1; k >= from && at - k <= MODIFIER_REACH + 1; k--) {
    const word = wordAt(text, tokens, k);
    if (word === 'its') return people;
    if (PERSONAL.has(word)) return personsBefore(sentence, k, isOwner);
    if (isPossessive(text, tokens, k)) return possessorOther(sentence, k, isOwner);
    if (DETERMINERS.has(word) || !isModifier(text, tokens, k)) return false;
  }
  return false;
}

/**
 * "his", "her" at token `at`: someone else when people are named before it in the sentence and
 * none is an owner. With nobody named before it, or a pronoun before it ("He saw Kislyak in his
 * office"), it may be an owner named in an earlier sentence, and the word stays: whom the sentence
 * pass reads such a pronoun as is a guess by salience, too weak to take a word from a claim.
 */
function personsBefore(sentence: SentenceMatcher, at: number, isOwner: (feature: number) => boolean): boolean {
  const { hits } = sentence;
  const { features } = sentence.index.table;
  let named = false;
  for (let h = 0; h < hits.count && hits.last[h]! < at; h++) {
    const feature = features[hits.feature[h]!]!;
    if (feature.kind === 'anaphor') return false;
    if (feature.kind !== 'entity' || feature.entityKind !== 'person') continue;
    if (isOwner(hits.feature[h]!)) return false;
    named = true;
  }
  return named;
}

/**
 * The possessive ending at token `at` ("Sessions'", "the Post's"): someone else when it names an
 * entity of the pack that is no owner. A word the pack reads as something else may be the
 * owner's ("the Trump campaign's positions"): it stays.
 */
function possessorOther(sentence: SentenceMatcher, at: number, isOwner: (feature: number) => boolean): boolean {
  const { hits } = sentence;
  const { features } = sentence.index.table;
  let named = false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.last[h] !== at) continue;
    const feature = hits.feature[h]!;
    if (features[feature]!.kind !== 'entity' || isOwner(feature)) return false;
    named = true;
  }
  return named;
}

function sameEntity(sentence: SentenceMatcher, owner: number, feature: number): boolean {
  return owner === feature || (sentence.index.aliases[owner]?.includes(feature) ?? false);
}

function ownsSlot(owned: readonly number[], slot: number): boolean {
  for (let i = 0; i < owned.length; i += 2) if (owned[i] === slot) return true;
  return false;
}

function hasPair(pairs: readonly number[], word: number, owner: number): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === word && pairs[i + 1] === owner) return true;
  return false;
}
