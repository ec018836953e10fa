/**
 * Whose memory a forgetting is, and whether the memory word is one at all. A wording about memory
 * ("Sessions did not recall a conversation with Kislyak") states what the claim's own person
 * forgets; in "his former deputy said she does not recall a conversation with Sessions", "Kislyak
 * said he does not recall ...", "Aides to Sessions could not recall ..." or "I believe him, because
 * I don't remember one either" someone else forgets. The rememberer is the subject right before
 * the negation, its auxiliaries and adverbs ("she does not", "he honestly did not"): a pronoun
 * after "NAME said" is NAME (denier.ts), a name must be the claim's person as subject
 * (denial-subject.ts), a noun phrase ("his aides") is someone else. "Moscow did not recall Kislyak"
 * or "did not recall its ambassador" summons someone home: no memory at all.
 */
import { BREAK, QUOTE } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import type { CompiledClaim } from './compiled-index.js';
import { nearestMentionBefore, subjectOf } from './denial-subject.js';
import type { SentenceMatcher } from './sentence.js';
import { MEMORY_QUALIFIERS } from './memory-words.js';
import { isOneOfOrAlias } from './slot-presence.js';
import { BRIDGES, endsInLy, MODALS, SUBJECT_PRONOUNS } from './verb-forms.js';
import { isPossessive, opensNounPhrase } from './word-shape.js';

/**
 * Words between a rememberer and its memory word: the negation ("n't" is tokenized as "not"), the
 * auxiliaries and adverbs bridging() reads, the modals and a few adverbs of time and addition.
 */
const NEGATIONS = ['not', 'never', 'no', 'cannot'];
const LEADING_ADVERBS = ['still', 'also', 'now'];
/** The words of a speaker's own quoted voice: inside quotation marks they are the quoted person's. */
const OWN_VOICE = ['i', 'we'];
/** A body's possessive right after "recall" names whom it summons home ("did not recall its ambassador"). */
const SUMMONED = ['its', 'their'];

export class Rememberer {
  private readonly leading: Set<number>;
  /** Pronoun ids and the pronoun each is (to compare with a person's own, Feature.pronoun). */
  private readonly pronouns: Map<number, string>;
  private readonly ownVoice: Set<number>;
  private readonly summoned: Set<number>;

  constructor(vocabulary: Vocabulary) {
    this.leading = vocabulary.internWords([...NEGATIONS, ...BRIDGES, ...MODALS, ...LEADING_ADVERBS, ...MEMORY_QUALIFIERS]);
    this.pronouns = new Map([...SUBJECT_PRONOUNS].map((word) => [vocabulary.internWord(word), word]));
    this.ownVoice = vocabulary.internWords(OWN_VOICE);
    this.summoned = vocabulary.internWords(SUMMONED);
  }

  /**
   * Whether the forgetting whose memory word starts at token `first` is someone else's than the
   * claim's person (its subjects, else its voices); not when nobody else can be told apart.
   */
  forgottenByAnother(sentence: SentenceMatcher, claim: CompiledClaim, first: number): boolean {
    const people = claim.subjects.length ? claim.subjects : claim.voices;
    if (people.length === 0) return false;
    const { tokens, text, from } = sentence.reading;
    let at = first - 1;
    while (at >= from && (this.leading.has(tokens.ids[at]!) || endsInLy(text, tokens.ends[at]!))) at--;
    if (at < from || tokens.ids[at] === BREAK || tokens.ids[at] === QUOTE) return false;
    const pronoun = this.pronouns.get(tokens.ids[at]!);
    if (pronoun !== undefined) return this.pronounForgets(sentence, people, at, pronoun);
    // A name: the claim's person as the subject ("Sessions could not recall"), not after a
    // preposition ("Aides to Sessions could not recall") and not anyone else ("Kushner has no memory").
    const mention = nearestMentionBefore(sentence, people, at + 1);
    const { hits } = sentence;
    if (mention >= 0 && hits.last[mention] === at) return !subjectOf(text, tokens, hits.first[mention]!, at, at + 1);
    const kind = this.kindEndingAt(sentence, at);
    if (kind === 'entity') return true;
    // A role noun ("the attorney general") stands for whom the sentence pass resolved; another
    // noun phrase ("his aides", "Sessions' lawyer") is someone else.
    return kind !== 'anaphor' && at > from && opensNounPhrase(text, tokens, at - 1);
  }

  /** Whether the pronoun at token `at`, subject of the forgetting, is someone other than `people`. */
  private pronounForgets(sentence: SentenceMatcher, people: readonly number[], at: number, pronoun: string): boolean {
    const { features } = sentence.index.table;
    if (this.ownVoice.has(sentence.reading.tokens.ids[at]!)) return !sentence.polarity.quoted(at);
    if (!people.some((person) => features[person]!.pronoun === pronoun)) return true;
    // "Kislyak said he does not recall ...": the pronoun after a speech verb is its speaker.
    const speaker = sentence.speaker.denierAt(at);
    if (speaker >= 0) return !isOneOfOrAlias(sentence, people, speaker);
    return sentence.unknownSpeaker >= 0 && sentence.unknownSpeaker < at;
  }

  /** "did not recall Kislyak", "has not recalled its ambassador": summoned home, not forgotten ("recall Kislyak's remarks" is memory). */
  summons(sentence: SentenceMatcher, last: number): boolean {
    const { tokens, text } = sentence.reading;
    if (this.summoned.has(tokens.ids[last + 1]!)) return true;
    const { hits, index } = sentence;
    for (let h = 0; h < hits.count && hits.first[h]! <= last + 1; h++) {
      if (hits.first[h] === last + 1 && index.table.features[hits.feature[h]!]!.kind === 'entity' && !isPossessive(text, tokens, hits.last[h]!)) return true;
    }
    return false;
  }

  /** What the phrase ending at token `at` is: 'entity', 'anaphor', or undefined. */
  private kindEndingAt(sentence: SentenceMatcher, at: number): 'entity' | 'anaphor' | undefined {
    const { hits, index } = sentence;
    let kind: 'entity' | 'anaphor' | undefined;
    for (let h = 0; h < hits.count && hits.first[h]! <= at; h++) {
      const feature = index.table.features[hits.feature[h]!]!;
      if (hits.last[h] === at && (feature.kind === 'entity' || feature.kind === 'anaphor')) kind = feature.kind;
    }
    return kind;
  }
}
