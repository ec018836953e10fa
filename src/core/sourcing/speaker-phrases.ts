/**
 * Where a speaker's phrase starts and ends: a run of name-like tokens bounded by punctuation,
 * conjunctions and verbs, scanned from a speech verb, and an outlet found the same way (the
 * sentence's own subject: main-subject.ts). What the phrase names is decided by speaker.ts;
 * whether it names a group, by speaker-groups.ts.
 */
import { isLyAdverb, words } from './lexicon.js';
import { CLAUSE_OPENING_PRONOUNS, UNMODIFIED_PRONOUNS } from './pronouns.js';
import { hitWithin, type SentenceView } from './sentence.js';
import { classify, isOutletOrWire, type Speaker } from './speaker.js';
import { isPossessiveOwner, marksPossession, type Token } from './tokens.js';
import { describesPolledGroup, inContactClause } from './contacted-groups.js';

/** Longest phrase a speaker's name or description runs to. */
export const MAX_PHRASE = 14;

/**
 * "according to more than a dozen officials", "spoke to more than 20 officials": past a count's
 * "more than" at `at`, to the people it counts.
 */
export function pastComparison(view: SentenceView, at: number): number {
  return view.tokens[at]?.text === 'more' && view.tokens[at + 1]?.text === 'than' ? at + 2 : at;
}

/** Adverbs and auxiliaries that may stand between a speaker and its verb ("has repeatedly denied"). */
export function isSkippable(token: Token): boolean {
  return token.word && !token.quoted && (words.skippable.has(token.text) || isLyAdverb(token));
}

/** A past-tense verb bounds a phrase ("... released a series of emails"), an adjective after a determiner does not. */
function isVerbLike(token: Token, before: Token | undefined, after: Token | undefined, later: Token | undefined): boolean {
  if (token.cap || !token.ed || (after && (words.prepositions.has(after.text) || isTimeAfter(after, later)))) return false;
  return !(before && (isDeterminer(before.text) || marksPossession(before) || isLyAdverb(before)));
}

/**
 * "the report released last week", "filed that day": a time phrase after a participle. A
 * determiner ("that", "the") starts one only before a time word: "acknowledged that the envoy" is a verb.
 */
function isTimeAfter(after: Token, later: Token | undefined): boolean {
  if (words.timeWords.has(after.text)) return true;
  if (!words.timeModifiers.has(after.text)) return false;
  if (!isDeterminer(after.text)) return true;
  return later !== undefined && (words.timeWords.has(later.text) || (words.timeModifiers.has(later.text) && !isDeterminer(later.text)));
}

function inPhrase(view: SentenceView, i: number): boolean {
  const token = view.tokens[i]!;
  if (token.quoted || token.quote) return false;
  if (!token.word) return token.text === "'" || token.text === '&';
  // "the Food and Drug Administration": a conjunction inside one capitalised name.
  if (token.text === 'and' && view.tokens[i - 1]?.cap && view.tokens[i + 1]?.cap && view.tokens[i + 2]?.cap) return true;
  if (token.ed && hitWithin(view, 'anonMarker', i, i)) return true; // "unnamed officials": an adjective, not a verb
  if (token.text === 'that' && isDemonstrative(view, i)) return true; // "cited in that report"
  // "students interviewed said": a participle of being reached between people and their speech verb describes them.
  if (describesPolledGroup(view, i) && hitWithin(view, 'speech', i + 1, i + 1)) return true;
  if (!words.breakers.has(token.text) && !isVerbLike(token, view.tokens[i - 1], view.tokens[i + 1], view.tokens[i + 2])) return true;
  return inContactClause(view, i); // "officials the Times interviewed said", "people that the paper had reached"
}

/** "official", "sources": a noun for unnamed people, which "the" can follow only as a new clause's subject. */
function isPersonHead(token: Token): boolean {
  return !token.cap && words.unnamedHeads.has(token.text);
}

/** "in that report", "from that story": "that" after a preposition points at a noun, it opens no clause. */
function isDemonstrative(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  const after = view.tokens[i + 1];
  if (!before?.word || !words.prepositions.has(before.text) || !after?.word || after.cap) return false;
  return !words.breakers.has(after.text) && !words.pronouns.has(after.text) && !words.firstPerson.has(after.text);
}

/** Start of the phrase that ends at token `end`, scanning left; end + 1 when there is none. */
export function phraseStartingBefore(view: SentenceView, end: number): number {
  // "At his hearing in January he told": a subject pronoun takes no modifiers, so it is the whole phrase.
  if (end >= view.from && UNMODIFIED_PRONOUNS.has(view.tokens[end]!.text)) return end;
  let j = end + 1;
  while (j - 1 >= view.from && end - (j - 1) < MAX_PHRASE && inPhrase(view, j - 1)) j--;
  return j;
}

/** Last token of the phrase that starts at `start`, scanning right ("current and former officials" stays whole). */
export function phraseEndingAfter(view: SentenceView, start: number): number {
  const { tokens } = view;
  let j = start - 1;
  while (j + 1 < view.to && j + 1 - start < MAX_PHRASE) {
    const next = tokens[j + 1]!;
    const joins = next.text === 'and' && j + 1 - start <= 2 && tokens[j + 2]?.word === true;
    if (!joins && !inPhrase(view, j + 1)) break;
    if (j >= start && CLAUSE_OPENING_PRONOUNS.has(next.text)) break; // "officials it did not name": a clause of its own starts
    if (j >= start && next.text === 'the' && isPersonHead(tokens[j]!)) break; // "an official the paper spoke with": so does one here
    j++;
  }
  return j;
}

/** The outlet named from token `start` on ("the Riverton Gazette reported", "by local broadcaster RTV that"), or null. */
export function outletAfter(view: SentenceView, start: number): Speaker | null {
  let best: Speaker | null = null;
  const end = phraseEndingAfter(view, start);
  for (let k = start; k <= end && k - start < 8; k++) {
    const token = view.tokens[k]!;
    if (!token.cap && !words.outletNouns.has(token.text)) continue;
    const candidate = classify(view, start, k);
    if (isOutletOrWire(candidate.cls)) best = candidate;
  }
  return best;
}

/** An article or possessive determiner: "the", "a", "his". */
export function isDeterminer(text: string): boolean {
  return words.definite.has(text) || words.possessive.has(text) || words.indefinite.has(text);
}

/** An owner word: a possessive determiner ("his", "their") or a word with its "'s" ("Ruiz's"). */
export function isPossessive(token: Token): boolean {
  return token.poss || words.possessive.has(token.text);
}

/** The indefinite article, "a" or "an": it opens a new noun phrase ("called the story a hoax"). */
export function isArticle(text: string): boolean {
  return text === 'a' || text === 'an';
}

/** A head word for people or bodies that speak ("officials", "police", "staff"). */
export function namesSpeakers(text: string): boolean {
  return words.unnamedHeads.has(text) || words.roleHeads.has(text) || words.institutionHeads.has(text);
}

/**
 * "Biden's stumble", "Okafor's knee injury on Sunday": a phrase from `from` to `to` whose noun
 * after a possessive names no speaker ("Brandt's spokeswoman" does).
 */
export function ownedThing(view: SentenceView, from: number, to: number): boolean {
  const { tokens } = view;
  let owner = from;
  while (owner < to && !isPossessiveOwner(tokens, owner)) owner++;
  if (owner >= to) return false;
  let head = tokens[owner + 1]?.text === "'" ? owner + 2 : owner + 1;
  while (head < to && tokens[head + 1]!.word && !words.prepositions.has(tokens[head + 1]!.text)) head++;
  return head <= to && !tokens[head]!.cap && !namesSpeakers(tokens[head]!.text);
}
