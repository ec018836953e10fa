/**
 * Words a claim gives an owner, and whether a sentence gives them another. A wording that writes
 * a name in the possessive before a word ("Kislyak's accounts", "the Post's account") says whose
 * that word is; compiled, a claim keeps (word, owner) pairs from all its wordings. On the page the
 * word's owner is the possessive opening its noun phrase, a word at most between: in "Sessions'
 * own account", "the Post's account" or "which fits his account" (Sessions the only man named
 * before "his") it is someone else's telling, and says nothing of the claim's; nor is "its
 * account" a person's. Only an owner the sentence makes plain counts: no possessive, "their", a
 * "his" with nobody named before it in the sentence, or a noun the pack does not know ("the
 * diplomat's", "the newspaper's": the owner, maybe, under a name the pack lacks) keep the word.
 */
import type { CompiledClaim } from './compiled-index.js';
import type { SentenceMatcher } from './sentence.js';
import type { Slot } from './slots.js';
import { isPossessive, nounPhraseStart } from './word-shape.js';

/**
 * Most words between a possessive and the word it owns. One adjective or name ("Sessions' sworn
 * account", "the Post's Friday account"); two are mostly the possessive's own noun and a verb
 * ("Trump's aides say accounts ..."), and the word is nobody's there.
 */
const OWNER_REACH = 1;

/** The (word, owner) pairs of a claim's wordings: a name in the possessive owns the head of the noun after it. */
export function ownedWords(wordings: readonly (readonly Slot[])[]): number[] {
  const pairs: number[] = [];
  for (const slots of wordings) {
    for (let k = 1; k < slots.length; k++) {
      const owner = slots[k - 1]!;
      // "Kislyak's [reported] account": the bracketed word modifies the next; the owner owns that one.
      const word = slots[k + 1]?.modified ? slots[k + 1]! : slots[k]!;
      if (!owner.possessive || word.negation || word.feature < 0 || hasPair(pairs, word.feature, owner.feature)) continue;
      pairs.push(word.feature, owner.feature);
    }
  }
  return pairs;
}

/**
 * Whether every occurrence of `feature` (found for a key slot of the claim, itself or as a member
 * of the slot's synonym group) is owned on the page by someone other than the owners the claim
 * gives that word.
 */
export function ownedByAnother(sentence: SentenceMatcher, claim: CompiledClaim, feature: number): boolean {
  const { owned } = claim;
  if (!ownsWord(owned, feature)) return false;
  const { hits } = sentence;
  let another = false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== feature) continue;
    const owner = ownerToken(sentence, hits.first[h]!, hits.last[h]!);
    if (owner < 0 || !ownerIsOther(sentence, owned, feature, owner)) return false;
    another = true;
  }
  return another;
}

/**
 * The token that owns the word on tokens [first, last], or -1. A phrase may hold its owner ("his
 * account", "Kislyak's reports" as one lexicon phrase): its first word is that owner, and what
 * stands before it owns something else. Otherwise the possessive opening the word's noun phrase.
 */
function ownerToken(sentence: SentenceMatcher, first: number, last: number): number {
  const { text, tokens, from } = sentence.reading;
  if (first < last && isOwnerWord(sentence, first)) return first;
  const start = nounPhraseStart(text, tokens, first, from);
  return start >= 0 && first - start <= OWNER_REACH + 1 && isOwnerWord(sentence, start) ? start : -1;
}

function isOwnerWord(sentence: SentenceMatcher, at: number): boolean {
  const { text, tokens } = sentence.reading;
  const { pronouns } = sentence;
  const id = tokens.ids[at]!;
  return pronouns.personalOwners.has(id) || pronouns.thingOwners.has(id) || isPossessive(text, tokens, at);
}

/** Whether the owner at token `at` (a possessive, "his", "her" or "its") is plainly none of the word's owners. */
function ownerIsOther(sentence: SentenceMatcher, owned: readonly number[], word: number, at: number): boolean {
  const { pronouns } = sentence;
  const id = sentence.reading.tokens.ids[at]!;
  // "its" is nobody's when the word's owners are all people; an outlet's account may be "its".
  if (pronouns.thingOwners.has(id)) return ownersArePeople(sentence, owned, word);
  if (pronouns.personalOwners.has(id)) return personsBefore(sentence, owned, word, at);
  return possessorOther(sentence, owned, word, at);
}

/**
 * "his", "her" at token `at`: someone else when people are named before it in the sentence and
 * none is an owner. With nobody named before it, or a pronoun before it ("He saw Kislyak in his
 * office"), it may be an owner named in an earlier sentence, and the word stays: whom the sentence
 * pass reads such a pronoun as is a guess by salience, too weak to take a word from a claim.
 */
function personsBefore(sentence: SentenceMatcher, owned: readonly number[], word: number, at: number): boolean {
  const { hits } = sentence;
  const { features } = sentence.index.table;
  let named = false;
  // Hits are in order of their first token; one ending at or after `at` is not before it, a later one may be.
  for (let h = 0; h < hits.count && hits.first[h]! < at; h++) {
    if (hits.last[h]! >= at) continue;
    const feature = features[hits.feature[h]!]!;
    if (feature.kind === 'anaphor') return false;
    if (feature.kind !== 'entity' || feature.entityKind !== 'person') continue;
    if (isOwner(sentence, owned, word, hits.feature[h]!)) return false;
    named = true;
  }
  return named;
}

/**
 * The possessive ending at token `at` ("Sessions'", "the Post's"): someone else when it names an
 * entity of the pack that is no owner. A word the pack reads as something else may be the
 * owner's ("the Trump campaign's positions"): it stays.
 */
function possessorOther(sentence: SentenceMatcher, owned: readonly number[], word: number, at: number): boolean {
  const { hits } = sentence;
  const { features } = sentence.index.table;
  let named = false;
  for (let h = 0; h < hits.count; h++) {
    if (hits.last[h] !== at) continue;
    const feature = hits.feature[h]!;
    if (features[feature]!.kind !== 'entity' || isOwner(sentence, owned, word, feature)) return false;
    named = true;
  }
  return named;
}

function ownersArePeople(sentence: SentenceMatcher, owned: readonly number[], word: number): boolean {
  const { features } = sentence.index.table;
  for (let i = 0; i < owned.length; i += 2) if (owned[i] === word && features[owned[i + 1]!]!.entityKind !== 'person') return false;
  return true;
}

/** Whether `candidate` (a feature on the page) is one of the owners the claim gives `word`, under its name or an alias. */
function isOwner(sentence: SentenceMatcher, owned: readonly number[], word: number, candidate: number): boolean {
  for (let i = 0; i < owned.length; i += 2) {
    if (owned[i] !== word) continue;
    const owner = owned[i + 1]!;
    if (owner === candidate || sentence.index.aliases[owner]?.includes(candidate)) return true;
  }
  return false;
}

function ownsWord(owned: readonly number[], word: number): boolean {
  for (let i = 0; i < owned.length; i += 2) if (owned[i] === word) return true;
  return false;
}

function hasPair(pairs: readonly number[], word: number, owner: number): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === word && pairs[i + 1] === owner) return true;
  return false;
}
