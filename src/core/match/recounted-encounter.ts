/**
 * Whether a claim's facts wording (match.facts: an encounter and one of the claim's own places,
 * dates or counts, naming neither party) is someone else's encounter in the sentence, or no
 * encounter of the fact at all (recounted-fact.ts). The wording stands for the parties' occasions
 * only while nothing gives the encounter to another: a "with" after it naming someone else
 * ("conversations with Michael Flynn", "meetings with the ambassadors of India"), someone else
 * holding it ("party officials held a meeting in Cleveland"), or a gerund with an object of its
 * own ("meeting an ambassador in your Senate office").
 */
import { startsUpper } from '../text/tokenize.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { presentFeature } from './slot-presence.js';
import { subjectEnd } from './unknown-subject.js';
import { SUBJECT_PRONOUNS, wordAt } from './verb-forms.js';
import { OBJECT_PRONOUNS, TITLE_REACH, occurrenceWithin } from './with-object.js';
import { DEALING_LIGHT_VERBS, DETERMINERS, nounPhraseStart, opensNounPhrase } from './word-shape.js';
import { encounterOfFact } from './recounted-fact.js';

export function encounterOfOthers(sentence: SentenceMatcher, candidate: Candidate): boolean {
  const h = encounterOfFact(sentence, candidate);
  if (h < 0) return true;
  const { index, reading, hits } = sentence;
  const { text, tokens, from } = reading;
  const first = hits.first[h]!;
  const last = hits.last[h]!;
  // "Meeting an ambassador in your Senate office": a gerund with its object is no encounter.
  if (last + 1 < tokens.count && wordAt(text, tokens, last).endsWith('ing') && opensNounPhrase(text, tokens, last + 1)) return true;
  const start = nounPhraseStart(text, tokens, first, from);
  const { parties } = index.claims[candidate.claim]!;
  if (start > from && DEALING_LIGHT_VERBS.has(wordAt(text, tokens, start - 1)) && heldByAnother(sentence, parties, start - 1)) return true;
  return withAnother(sentence, parties, last);
}

/** Whether the subject of the light verb at token `verb` ("held", "had") is neither a party nor a pronoun. */
function heldByAnother(sentence: SentenceMatcher, parties: readonly number[], verb: number): boolean {
  const { reading } = sentence;
  const end = subjectEnd(reading, verb);
  if (end < 0 || SUBJECT_PRONOUNS.has(wordAt(reading.text, reading.tokens, end))) return false;
  for (const party of parties) {
    const found = presentFeature(sentence, party);
    // A pronoun standing for the party is noted at its own token (sentence.ts).
    if (found >= 0 && (sentence.first[found] === end || occurrenceWithin(sentence, found, end - TITLE_REACH, end) >= 0)) return false;
  }
  return true;
}

/** Whether the encounter ending at token `last` is "with" someone other than `parties` ("with Michael Flynn"). */
function withAnother(sentence: SentenceMatcher, parties: readonly number[], last: number): boolean {
  const { text, tokens } = sentence.reading;
  const object = last + 2;
  if (object >= tokens.count || wordAt(text, tokens, last + 1) !== 'with' || OBJECT_PRONOUNS.has(wordAt(text, tokens, object))) return false;
  // The object may open with articles and titles ("with the Russian Ambassador Sergey Kislyak").
  let reach = object;
  while (reach - object < TITLE_REACH && reach + 1 < tokens.count && (DETERMINERS.has(wordAt(text, tokens, reach)) || startsUpper(text, tokens.starts[reach]!))) reach++;
  for (const party of parties) {
    const found = presentFeature(sentence, party);
    if (found >= 0 && occurrenceWithin(sentence, found, object, reach) >= 0) return false;
  }
  return true;
}
