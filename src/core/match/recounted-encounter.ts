/**
 * Whether a sentence that a claim's facts wording matched (match.facts: an encounter and one of
 * the claim's own places, dates or counts, naming neither party) recounts one of the parties' own
 * encounters. Meetings in April and conversations in Cleveland are anybody's, so the rule is
 * strict: the article must be talking about both people right now (Salience.talkingAbout), the
 * encounter must be a noun ("Prisoners were exchanged in September" is none), a fact must modify
 * it (recounted-fact.ts), and nothing may give it to someone else. An ordinal or a share ("the
 * first was", "two of the three") stands for one of their encounters only right after a sentence
 * that stated the claim or named both ("Trump gave two speeches. The first was in April" counts
 * speeches).
 */
import { BREAK, startsUpper, type Tokens } from '../text/tokenize.js';
import type { Candidate } from './score.js';
import type { Salience } from './salience.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { subjectEnd } from './unknown-subject.js';
import { SUBJECT_PRONOUNS, wordAt } from './verb-forms.js';
import { objectIsAmong } from './with-object.js';
import { DEALING_LIGHT_VERBS, PREPOSITIONS, isPossessive, nounPhraseStart, opensNounPhrase, readsAsNoun } from './word-shape.js';
import { factSaidOf } from './recounted-fact.js';

/** First words of the encounter phrases that stand for one of several ("the first was", "two of the three"). */
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'two']);
/** Prepositions whose object, when not a party, makes the encounter someone else's ("a meeting with the Israeli minister"). */
const DEALT_WITH = new Set(['with', 'between', 'among']);
/** How far after an encounter a light verb may take it as its object ("the three meetings Franken held"). */
const HELD_REACH = 4;
/** Verbs closing an ordinal phrase that stands alone ("the first was", "the first came"). */
const CLOSING_VERBS = new Set(['was', 'came']);
/** Verbs after an ordinal that make it stand alone ("the first one was", "the last two took place"). */
const VERBS_AFTER_ONE = new Set(['was', 'were', 'is', 'are', 'came', 'took', 'had', 'have']);
const PERIOD = 46;
const QUESTION_MARK = 63;
const EXCLAMATION_MARK = 33;

/** Whether the candidate of a facts wording (Pattern.facts) recounts one of the claim's parties' own encounters. */
export function recountsTheirs(sentence: SentenceMatcher, candidate: Candidate, salience: Salience): boolean {
  const { index, reading, hits } = sentence;
  const { text, tokens, from } = reading;
  const { parties } = index.claims[candidate.claim]!;
  if (!parties.every((person) => salience.talkingAbout(person))) return false;
  const facts = index.patterns[candidate.pattern]!.facts;
  const present = parties.map((person) => presentFeature(sentence, person)).filter((feature) => feature >= 0);
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== index.lexicon.encounter) continue;
    const first = hits.first[h]!;
    const last = hits.last[h]!;
    const ordinal = ORDINALS.has(wordAt(text, tokens, first));
    if (ordinal ? !standsForOne(text, tokens, last) || !goesOnFromTheirs(salience, candidate.claim, parties) : !readsAsNoun(text, tokens, first, last, from, tokens.count)) continue;
    if (factSaidOf(sentence, candidate, facts, h) && !someoneElses(sentence, present, h)) return true;
  }
  return false;
}

/** Whether the sentence before stated the claim, or it or this one named both parties: what an ordinal or a share counts. */
function goesOnFromTheirs(salience: Salience, claim: number, parties: readonly number[]): boolean {
  return salience.statedJustBefore(claim) || parties.every((person) => salience.talkingAbout(person, 1));
}

/**
 * Whether an ordinal phrase ending at token `last` stands alone for one of several: it closes on
 * its verb ("the first was"), or no noun follows ("the first one, in April"; not "the first two
 * weeks", "the first one-on-one").
 */
function standsForOne(text: string, tokens: Tokens, last: number): boolean {
  if (CLOSING_VERBS.has(wordAt(text, tokens, last))) return true;
  const next = last + 1;
  if (next >= tokens.count || tokens.ids[next] === BREAK) return true;
  if (text.charAt(tokens.ends[last]!) === '-') return false;
  const word = wordAt(text, tokens, next);
  return PREPOSITIONS.has(word) || VERBS_AFTER_ONE.has(word);
}

/**
 * Whether something in the sentence gives the encounter hit `h` to someone other than the parties
 * present (`present`): a gerund with its own object ("meeting an ambassador in your office"), a
 * holder ("party officials held a meeting"; "the meetings Franken held"), an owner ("Franken's
 * meeting"), the object of an "of" right after it ("the meeting of NATO ministers"), or of "with",
 * "between" or "among" anywhere in its clause ("a meeting in April with the Israeli minister",
 * "Franken's meeting in July was with constituents").
 */
function someoneElses(sentence: SentenceMatcher, present: readonly number[], h: number): boolean {
  const { reading, hits } = sentence;
  const { text, tokens, from } = reading;
  const first = hits.first[h]!;
  const last = hits.last[h]!;
  if (last + 1 < tokens.count && wordAt(text, tokens, last).endsWith('ing') && opensNounPhrase(text, tokens, last + 1)) return true;
  const start = nounPhraseStart(text, tokens, first, from);
  if (start > from && DEALING_LIGHT_VERBS.has(wordAt(text, tokens, start - 1)) && heldByAnother(sentence, present, start - 1)) return true;
  for (let k = Math.max(start, from); k < first; k++) if (isPossessive(text, tokens, k) && !partyEndsAt(sentence, present, k)) return true;
  if (last + 2 < tokens.count && wordAt(text, tokens, last + 1) === 'of' && !objectIsAmong(sentence, present, last + 2)) return true;
  for (let k = last + 1; k < tokens.count && tokens.ids[k] !== BREAK && !sentenceEndsBefore(text, tokens, k); k++) {
    const word = wordAt(text, tokens, k);
    if (DEALT_WITH.has(word) && !objectIsAmong(sentence, present, k + 1)) return true;
    if (k - last <= HELD_REACH && DEALING_LIGHT_VERBS.has(word) && startsUpper(text, tokens.starts[last + 1]!) && heldByAnother(sentence, present, k)) return true;
  }
  return false;
}

/** Whether the subject of the light verb at token `verb` ("held", "had") is neither a party present nor a pronoun. */
function heldByAnother(sentence: SentenceMatcher, present: readonly number[], verb: number): boolean {
  const { reading } = sentence;
  const end = subjectEnd(reading, verb);
  if (end < 0 || SUBJECT_PRONOUNS.has(wordAt(reading.text, reading.tokens, end))) return false;
  // A pronoun standing for a party is noted at its own token (sentence.ts).
  return !partyEndsAt(sentence, present, end);
}

/** Whether one of the parties present is named on tokens ending at `end` (or noted there, for a pronoun). */
function partyEndsAt(sentence: SentenceMatcher, present: readonly number[], end: number): boolean {
  const { hits } = sentence;
  for (const person of present) {
    if (sentence.first[person] === end) return true;
    for (let h = 0; h < hits.count; h++) if (hits.feature[h] === person && hits.last[h] === end) return true;
  }
  return false;
}

/**
 * Whether a sentence ends between token `k - 1` and token `k` (the tokens run on through the
 * block): a period, question or exclamation mark between them, read off the text without a copy,
 * since this runs on every token after an encounter.
 */
function sentenceEndsBefore(text: string, tokens: Tokens, k: number): boolean {
  for (let c = tokens.ends[k - 1]!; c < tokens.starts[k]!; c++) {
    const code = text.charCodeAt(c);
    if (code === PERIOD || code === QUESTION_MARK || code === EXCLAMATION_MARK) return true;
  }
  return false;
}
