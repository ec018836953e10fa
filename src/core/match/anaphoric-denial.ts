/**
 * Denials whose object is only a pointer back: "Sessions has flatly denied that.", "The
 * department rejected the report.", "She said it was uncorroborated.", "He says that never
 * happened." Their own words state nothing; what they deny is what was said just before
 * (antecedent-denial.ts decides what that was). Two shapes: a denial verb whose object is an
 * anaphor ("denied that", "disputed the account"), and a speech verb whose complement is an
 * anaphor with a negated or discredited predicate and nothing more ("says that never happened",
 * "said it was false"). Read from the words as written, and only for sentences that follow a
 * disputed claim, so no word ids are interned for them.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { Cues } from './lexicon.js';
import { HYPOTHETICAL } from './occurrence-flags.js';
import type { PhraseHits } from './phrase-lookup.js';
import type { Polarity } from './polarity.js';
import { bridgesTo, bridging, wordAt } from './verb-forms.js';

/** Pronouns that stand for something said: "denied that", "disputed it". */
const THING_PRONOUNS = new Set(['that', 'it', 'this', 'these', 'those', 'them']);
/** Pronouns that are also determiners or complementizers ("denied that he met", "this week"): only when nothing follows them in their clause. */
const AMBIGUOUS_PRONOUNS = new Set(['that', 'this', 'these', 'those']);
const DETERMINERS = new Set(['the', 'that', 'this', 'these', 'those', 'its', 'their']);
/** Nouns for what was reported or alleged: "the report", "the paper's account". */
const REPORT_NOUNS = new Set([
  'report', 'reports', 'reporting', 'account', 'accounts', 'story', 'stories', 'claim', 'claims', 'allegation', 'allegations',
  'article', 'articles', 'assertion', 'assertions', 'characterization', 'charge', 'charges', 'suggestion', 'suggestions', 'version',
]);
/** Words after an object pronoun that leave its clause closed ("denied that outright", "rejected it as false", "denied that in a statement"). */
const CLAUSE_GOES_ON = new Set(['and', 'but', 'or', 'as', 'in', 'on', 'at', 'through', 'when', 'after', 'again', 'too', 'outright', 'entirely']);
/** Words that may stand between a speech verb and its complement ("has said all along that ..."). */
const SPEECH_ADVERBS = new Set(['all', 'along', 'again', 'since', 'also', 'now', 'then', 'always']);
/** Auxiliaries between an anaphor and its negation ("it was not", "that did n't", "it ca n't"), as the tokenizer splits them. */
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'did', 'does', 'do', 'can', 'ca', 'could', 'would', 'wo', 'will', 'should']);
/** Most words of the predicate after its negation or verdict ("never happened", "not what happened", "can't be trusted"). */
const PREDICATE_REACH = 3;
/** Most words between a determiner and its report noun ("the Post's report", "the latest account"). */
const NOUN_REACH = 1;

export interface AnaphoricDenialWords {
  readonly tokens: Tokens;
  /** The block's original text, which the tokens' offsets index. */
  readonly text: string;
  readonly hits: PhraseHits;
  readonly polarity: Polarity;
  /** The token after the sentence's last. */
  readonly to: number;
}

/** The tokens of the sentence's verbs that deny only an anaphor (the verb of "denied that", "said" of "said it was false"). */
export function anaphoricDenials(words: AnaphoricDenialWords, cues: Pick<Cues, 'denial' | 'speech' | 'negation' | 'denialAfter' | 'neutral'>): number[] {
  const { hits } = words;
  const verbs: number[] = [];
  for (let h = 0; h < hits.count; h++) {
    const feature = hits.feature[h]!;
    if (feature !== cues.denial && feature !== cues.speech) continue;
    const verb = hits.first[h]!;
    if (negated(words, cues, verb) || (words.polarity.at(verb) & HYPOTHETICAL) !== 0) continue;
    const after = hits.last[h]! + 1;
    const denies = feature === cues.denial ? anaphorEnd(words, after, true) >= 0 : deniedComplement(words, cues, after);
    if (denies) verbs.push(verb);
  }
  return verbs;
}

/** Whether a negation stands right before the verb: "never denied that" concedes, "did not say it was false" says nothing. */
function negated(words: AnaphoricDenialWords, cues: Pick<Cues, 'negation'>, verb: number): boolean {
  const { hits, tokens, text } = words;
  for (let h = 0; h < hits.count && hits.first[h]! < verb; h++) {
    if (hits.feature[h] === cues.negation && bridgesTo(text, tokens, hits.last[h]!, verb)) return true;
  }
  return false;
}

/** Whether token `at` is a word, not punctuation or a quotation mark (an unknown word's id is negative too). */
function isWord(tokens: Tokens, at: number): boolean {
  const id = tokens.ids[at]!;
  return id !== BREAK && id !== QUOTE;
}

/**
 * The last token of an anaphor starting at token `at` ("that", "it", "the report", "the paper's
 * account"), or -1. As an `object` it must close its clause: "the report that he met" holds
 * what it says, "the report's findings" are a noun of their own, "that" in "denied that he met"
 * is a complementizer and "this" in "rejected this week ..." a determiner.
 */
function anaphorEnd(words: AnaphoricDenialWords, at: number, object: boolean): number {
  const { tokens, text, to } = words;
  if (at >= to || !isWord(tokens, at)) return -1;
  const word = wordAt(text, tokens, at);
  if (DETERMINERS.has(word)) {
    for (let k = at + 1; k < to && k <= at + 1 + NOUN_REACH && isWord(tokens, k); k++) {
      if (REPORT_NOUNS.has(wordAt(text, tokens, k))) return !object || closesAt(words, k + 1) ? k : -1;
    }
  }
  if (!THING_PRONOUNS.has(word)) return -1;
  return !object || !AMBIGUOUS_PRONOUNS.has(word) || closesAt(words, at + 1) ? at : -1;
}

/**
 * Whether the object closes its clause at token `at`: the sentence ends, punctuation, or a word
 * that adds nothing to what is denied ("as false", "in a statement"), not a clause or a noun of
 * its own ("that he met", "the report's findings").
 */
function closesAt(words: AnaphoricDenialWords, at: number): boolean {
  const { tokens, text, to } = words;
  if (at >= to || !isWord(tokens, at)) return true;
  const word = wordAt(text, tokens, at);
  return CLAUSE_GOES_ON.has(word) || word.endsWith('ly');
}

/**
 * Whether the complement starting at token `at` after a speech verb is an anaphor with only a
 * negated or discredited predicate: "(that) that never happened", "it was uncorroborated",
 * "the account can't be trusted".
 */
function deniedComplement(words: AnaphoricDenialWords, cues: Pick<Cues, 'negation' | 'denialAfter' | 'neutral'>, at: number): boolean {
  const { tokens, text, to, hits } = words;
  let k = at;
  while (k < to && isWord(tokens, k) && (SPEECH_ADVERBS.has(wordAt(text, tokens, k)) || wordAt(text, tokens, k).endsWith('ly'))) k++;
  // "said that it was false": the complementizer before the anaphor.
  if (k + 1 < to && wordAt(text, tokens, k) === 'that' && anaphorEnd(words, k + 1, false) >= 0) k++;
  const anaphor = anaphorEnd(words, k, false);
  if (anaphor < 0) return false;
  k = anaphor + 1;
  while (k < to && isWord(tokens, k) && (AUXILIARIES.has(wordAt(text, tokens, k)) || bridging(wordAt(text, tokens, k)))) k++;
  for (let h = 0; h < hits.count; h++) {
    const feature = hits.feature[h]!;
    if (hits.first[h] !== k || (feature !== cues.negation && feature !== cues.denialAfter) || neutralAt(hits, cues, k)) continue;
    return predicateEnds(words, hits.last[h]! + 1);
  }
  return false;
}

/** "not the first time": a neutral phrase over the negation cancels it. */
function neutralAt(hits: PhraseHits, cues: Pick<Cues, 'neutral'>, at: number): boolean {
  for (let h = 0; h < hits.count && hits.first[h]! <= at; h++) if (hits.feature[h] === cues.neutral && hits.last[h]! >= at) return true;
  return false;
}

/** Whether the predicate from token `at` closes within a few words ("happened", "what happened", "be trusted"), not "his job to comment". */
function predicateEnds(words: AnaphoricDenialWords, at: number): boolean {
  const { tokens, text, to } = words;
  for (let k = at; k <= at + PREDICATE_REACH; k++) {
    if (k >= to || !isWord(tokens, k)) return true;
    const word = wordAt(text, tokens, k);
    if (word === 'and' || word === 'but') return true;
    if (word === 'to' || word === 'whether' || word === 'that' || word === 'if') return false;
  }
  return false;
}
