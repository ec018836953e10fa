/**
 * Whether a match on two people's dealings, or on one party's event, only mentions it in passing.
 * "His meetings with Kislyak came to light in March": the meetings are named with a noun as
 * something already known. A reader learns the claim from a verb ("Sessions met Kislyak"), a
 * light verb with the noun ("had a meeting"), the noun with a verb of taking place ("the
 * encounters happened while ...") or the noun phrase stating how many ("two encounters"), when
 * ("his 2016 meetings") or where (the claim's own optional places). So with key words making one
 * noun phrase ("the Kislyak intercept report"), and an event named by its noun unless a body or
 * place of the claim is named or event-statement.ts reads it as stated; not a statement's noun
 * ("his insistence that he never ..."), whose clause says what was stated. A passing mention is a
 * possible match, not a confident one. Each key word is read once per sentence.
 */
import { BREAK, startsUpper, type Tokens } from '../text/tokenize.js';
import { betweenTwoPeople, type CompiledIndex } from './compiled-index.js';
import { OTHER, PARTY, PartyVerbs, type Mention } from './party-verb.js';
import { ANAPHORIC } from './occurrence-flags.js';
import type { Candidate } from './score.js';
import type { SentenceMatcher } from './sentence.js';
import { verbAfterBridges, wordAt } from './verb-forms.js';
import { DatingWords } from './dating-words.js';
import { EVENT_LIGHT_VERBS, eventStatedAfter, headlineOpens } from './event-statement.js';
import { DEALING_LIGHT_VERBS, DETERMINERS, isCount, isPossessive, lightVerbBefore, nounPhraseStart, onePhrase, readsAsNoun } from './word-shape.js';

/** Verbs saying that what the noun names took place; "took" and "take" need "place" after them (verbAfterBridges). */
const EVENT_VERBS = new Set(['happened', 'happen', 'happens', 'occurred', 'occur', 'occurs']);
/**
 * Verb forms of meeting and talking that are no nouns: one in the clause of the noun states the
 * dealings ("the senator spoke with the envoy", "the two men met"). Not "talks", "meeting": nouns as often.
 */
const DEALING_VERBS = new Set([
  'met', 'meet', 'meets', 'spoke', 'spoken', 'speak', 'speaks', 'talked', 'conferred', 'chatted', 'conversed', 'huddled', 'dined',
]);
/** Words of a noun phrase's tail: "meetings with Kislyak and Flynn in July last year". */
const TAIL_WORDS = new Set(['with', 'between', 'and', 'in', 'on', 'at', 'during', 'of', 'last', 'this', 'early', 'late', 'since']);
/** Most words a noun phrase's tail takes. */
const TAIL_REACH = 10;

export interface SentenceText {
  text: string;
  tokens: Tokens;
  /** The sentence's tokens: [from, to). */
  from: number;
  to: number;
}

export class PassingMentions {
  /** Key feature and claim -> whether the current sentence names the key only in passing. */
  private readonly read = new Map<string, boolean>();
  private at!: SentenceText;
  private readonly partyVerbs: PartyVerbs;
  private readonly dating: DatingWords;
  /** The parties of the claim being judged. */
  private parties: readonly number[] = [];

  constructor(
    private readonly index: CompiledIndex,
    private readonly sentence: SentenceMatcher,
  ) {
    this.partyVerbs = new PartyVerbs(index, sentence);
    this.dating = new DatingWords(index.table.vocabulary);
  }

  /** Starts a new sentence: what was read of the last one no longer holds. */
  startSentence(at: SentenceText): void {
    this.at = at;
    this.read.clear();
  }

  /** Whether a confident candidate names dealings or an event with a noun and states nothing of them. */
  inPassing(candidate: Candidate): boolean {
    const { index, sentence, at } = this;
    const pattern = index.patterns[candidate.pattern]!;
    // A claim's facts wording carries one of its own places, dates or counts: a stated fact.
    if (pattern.derived || pattern.facts >= 0 || candidate.confidence !== 'confident') return false;
    const claim = index.claims[candidate.claim]!;
    const dealings = betweenTwoPeople(claim);
    if (candidate.keys.length === 0 || (!dealings && (claim.voices.length > 0 || candidate.keys.length > 1))) return false;
    // Several key words name one thing only as one noun phrase ("the intercepted accounts"), not "talks about the campaign".
    if (candidate.keys.length > 1 && !onePhrase(at.text, at.tokens, candidate.keys.map((key) => [sentence.first[key]!, sentence.last[key]!]), at.to)) return false;
    const { features } = index.table;
    // An optional word or place of the claim ("2016", "the Mayflower") is a stated fact; a person is not.
    if (candidate.found.some((feature) => features[feature]!.entityKind !== 'person' && !candidate.keys.includes(feature))) return false;
    // Who did it or where ("the department's recusal") is a stated fact of an event.
    if (!dealings && claim.actors.some((actor) => features[actor]!.entityKind !== 'person' && sentence.has(actor) && !(sentence.how[actor]! & ANAPHORIC))) return false;
    this.parties = claim.parties;
    return candidate.keys.every((key) => {
      // Whose verb counts depends on the claim's parties.
      const read = `${key} ${candidate.claim}`;
      let passing = this.read.get(read);
      if (passing === undefined) this.read.set(read, (passing = this.namedInPassing(key, dealings)));
      return passing;
    });
  }

  /** Whether every occurrence of the key is a noun with nothing stated about what it names. */
  private namedInPassing(key: number, dealings: boolean): boolean {
    const { hits } = this.sentence;
    const { text, tokens, from, to } = this.at;
    let seen = false;
    for (let h = 0; h < hits.count; h++) {
      if (hits.feature[h] !== key) continue;
      const first = hits.first[h]!;
      const last = hits.last[h]!;
      const noun = readsAsNoun(text, tokens, first, last, from, to);
      seen = true;
      // The key as someone else's verb ("Democrats met behind closed doors") states none of the parties' dealings.
      if (dealings && !noun && this.whoseVerb(first) === OTHER) continue;
      // An event's participle states it ("he's recused"), though a possessive before it reads as a noun phrase.
      const verb = dealings ? this.verbInClause(first, last) : wordAt(text, tokens, first).endsWith('ed');
      if (!noun || verb || this.stated(first, last, dealings)) return false;
    }
    return seen;
  }

  /**
   * Whether the clause of the key on tokens [first, last] has a verb of the parties' dealings: the
   * key itself as a past form ("talked with", "spoke with": a determiner before the subject is no
   * noun phrase of the key), a meeting or talking verb, or "crossed paths", with one of the
   * parties as its subject or object (party-verb.ts).
   */
  private verbInClause(first: number, last: number): boolean {
    const { text, tokens, from, to } = this.at;
    const word = wordAt(text, tokens, first);
    if ((word.endsWith('ed') || DEALING_VERBS.has(word)) && this.whoseVerb(first) === PARTY) return true;
    let start = first;
    while (start > from && tokens.ids[start - 1] !== BREAK) start--;
    let end = last;
    while (end + 1 < to && tokens.ids[end + 1] !== BREAK) end++;
    for (let k = start; k <= end; k++) {
      const verb = wordAt(text, tokens, k);
      if (DEALING_VERBS.has(verb) && this.whoseVerb(k) === PARTY) return true;
      if (verb === 'crossed' && k < end && wordAt(text, tokens, k + 1) === 'paths' && this.whoseVerb(k) === PARTY) return true;
    }
    return false;
  }

  /** Whether the verb at token `at` is one of the claim's parties' (PARTY), someone else's (OTHER) or nobody's known. */
  private whoseVerb(at: number): Mention {
    const { text, tokens, from, to } = this.at;
    return this.partyVerbs.whoseVerb(text, tokens, at, from, to, this.parties);
  }

  /**
   * Whether the noun on tokens [first, last] comes with a light verb, a count or date of its own,
   * or a verb of taking place; an event also with what event-statement.ts reads as stating it.
   */
  private stated(first: number, last: number, dealings: boolean): boolean {
    const { text, tokens, from, to } = this.at;
    const start = nounPhraseStart(text, tokens, first, from);
    for (let k = Math.max(start, from); k < first; k++) if (this.dating.datesAt(text, tokens, k)) return true;
    // "one of his encounters": the count is the noun phrase's, across "of".
    if (start - 2 >= from && wordAt(text, tokens, start - 1) === 'of' && isCount(text, tokens, start - 2)) return true;
    if (lightVerbBefore(text, tokens, start, first, from, dealings ? DEALING_LIGHT_VERBS : EVENT_LIGHT_VERBS) || this.tailStates(last)) return true;
    return !dealings && (eventStatedAfter(text, tokens, start, last, from, to) || headlineOpens(text, tokens, start, from, to));
  }

  /** Whether the tail of the noun phrase after token `last` dates or counts the dealings, or a verb after it says they took place. */
  private tailStates(last: number): boolean {
    const { text, tokens, to } = this.at;
    let k = last + 1;
    for (; k < to && k - last <= TAIL_REACH && tokens.ids[k]! >= -1; k++) {
      const person = this.personEndingFrom(k);
      if (person >= 0) {
        k = person;
        continue;
      }
      if (this.dating.datesAt(text, tokens, k)) return true;
      const word = wordAt(text, tokens, k);
      if (!TAIL_WORDS.has(word) && !DETERMINERS.has(word) && !isPossessive(text, tokens, k) && !startsUpper(text, tokens.starts[k]!)) break;
    }
    return verbAfterBridges(text, tokens, k, to, EVENT_VERBS, 'place');
  }

  /** The last token of a person named from token `at` on ("the Russian ambassador"), or -1. */
  private personEndingFrom(at: number): number {
    const { hits } = this.sentence;
    const { features } = this.index.table;
    for (let h = 0; h < hits.count; h++) {
      if (hits.first[h] === at && features[hits.feature[h]!]?.entityKind === 'person') return hits.last[h]!;
    }
    return -1;
  }
}
