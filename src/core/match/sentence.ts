/**
 * Matches one sentence: finds its phrases, works out which words sit under a negation, a
 * hypothetical ("calls for him to recuse") or a disputed negation ("contradicts his denial
 * that..."), resolves pronouns to people named just before, then scores only the patterns the
 * inverted index lists for the features present (candidates.ts). Buffers are reused across
 * sentences (what was found where: feature-occurrences.ts).
 */
import { Tokens } from '../text/tokenize.js';
import { BorrowedTitles } from './borrowed-titles.js';
import { CandidateSearch } from './candidates.js';
import { clauseWords } from './clause-words.js';
import type { CompiledIndex } from './compiled-index.js';
import { DenierWatch } from './denier.js';
import { FeatureOccurrences } from './feature-occurrences.js';
import {
  ROLE_ANAPHOR,
  ROLE_BODY,
  ROLE_CUE,
  ROLE_OTHER,
  ROLE_PEOPLE_ANAPHOR,
  ROLE_PERSON,
  ROLE_PERSON_ANAPHOR,
  actorKind,
  featureRoles,
  mayMatch,
  thingAnaphorCovers,
} from './feature-roles.js';
import { ANAPHORIC, PLAIN } from './occurrence-flags.js';
import { PhraseHits } from './phrase-lookup.js';
import { Polarity } from './polarity.js';
import { Rememberer } from './rememberer.js';
import type { Salience } from './salience.js';
import { SentencePronouns } from './sentence-pronouns.js';
import type { Candidate } from './score.js';
import { TopicLinks } from './topic-links.js';
import { type SubjectReading, unknownSubjectAt } from './unknown-subject.js';
import { endsInIng, opensSentence } from './verb-forms.js';
import { isProse } from './word-shape.js';

const NO_CANDIDATES: Candidate[] = [];

/** A denial actor that is nobody the pack knows (-1 is "not known": nobody named, or a pronoun). */
export const UNKNOWN_DENIER = -2;

/** What the current sentence holds (FeatureOccurrences), and who speaks, denies and is meant by its pronouns. */
export class SentenceMatcher extends FeatureOccurrences {
  /**
   * Token of each denial verb ("denied", "rejected") and the person named last before it,
   * likely the one denying (-1 when unknown: nobody, or a pronoun; UNKNOWN_DENIER for someone
   * the pack does not know).
   */
  readonly denialTokens: number[] = [];
  readonly denialActors: number[] = [];
  /** The words standing for people, and how many people they can stand for (see SentencePronouns). */
  readonly pronouns: SentencePronouns;
  /** Who speaks or denies in the sentence (see DenierWatch). */
  readonly speaker: DenierWatch;
  /** The phrases found in the current sentence (read again when scoring: see denial-occurrence.ts). */
  readonly hits = new PhraseHits();
  /** The sentence read for its verbs' subjects, with its block's tokens and text; refilled per sentence (read when scoring: other-agent.ts, denial-subject.ts). */
  readonly reading: SubjectReading;
  /** First token of the name the pack does not know that speaks through the first verb (see unknown-subject.ts), -1 when none. */
  unknownSpeaker = -1;
  /** Per feature, what it is to the sentence pass (see ROLE_*). */
  private readonly roles: Uint8Array;
  /** Which words are negated, forgotten or open, and the sentence's contrast and closing-denial cues. */
  readonly polarity: Polarity;
  private readonly candidates: CandidateSearch;
  private readonly topicLinks: TopicLinks;
  readonly titles: BorrowedTitles;
  /** Whose memory a memory wording's forgetting is (read when scoring). */
  readonly rememberer: Rememberer;

  constructor(readonly index: CompiledIndex) {
    super(index.table.features.length);
    this.candidates = new CandidateSearch(this);
    this.polarity = new Polarity(index.lexicon.cues);
    const { vocabulary } = index.table;
    this.speaker = new DenierWatch((feature) => this.roles[feature] === ROLE_PERSON || this.roles[feature] === ROLE_BODY, clauseWords(vocabulary));
    this.roles = featureRoles(index);
    this.pronouns = new SentencePronouns(index.table.features, vocabulary);
    const relatives = new Set(['that', 'which'].map((word) => vocabulary.intern(word)));
    this.topicLinks = new TopicLinks(index.lexicon.cues, (id) => relatives.has(id));
    const wordingWord = (feature: number) => index.table.features[feature]!.kind === 'word';
    this.titles = new BorrowedTitles(index, this.roles);
    this.rememberer = new Rememberer(vocabulary);
    this.reading = { tokens: new Tokens(), text: '', capital: () => false, stopwords: index.lexicon.stopwords, wordingWord, titles: this.titles, from: 0 };
  }

  /** `text`: the block's original text, which the tokens' offsets index. `denying`: see below. */
  match(tokens: Tokens, text: string, capital: (token: number) => boolean, from: number, to: number, salience: Salience, denying = false): Candidate[] {
    const stamp = ++this.stamp;
    const { table, lexicon, postings } = this.index;
    table.find(tokens, capital, from, to, this.hits);
    const { hits, roles, reading } = this;
    reading.tokens = tokens;
    reading.text = text;
    reading.capital = capital;
    reading.from = from;
    this.titles.drop(reading, to, hits);
    this.present.length = 0;
    // `denying`: a denial may point back at the sentence before (antecedent-denial.ts), so one
    // with a denial or speech verb is read for who speaks and what is negated, matching or not.
    const { denial, speech } = lexicon.cues;
    if (!(denying && (hits.includes(denial) || hits.includes(speech))) && !mayMatch(hits, roles, postings)) {
      // Most sentences of a page: nothing to score, only who was named.
      for (let h = 0; h < hits.count; h++) if (roles[hits.feature[h]!] === ROLE_PERSON) this.note(hits.feature[h]!, hits.first[h]!, hits.last[h]!, PLAIN, stamp);
      salience.observe(this.present, this.how, isProse(text, tokens, from, to));
      return NO_CANDIDATES;
    }
    this.polarity.mark(tokens, this.hits, from, to, text);
    this.topicLinks.find(tokens, this.hits);
    this.denialTokens.length = 0;
    this.denialActors.length = 0;
    const { pronouns } = this;
    pronouns.reset();
    let firstPerson = to;
    let lastPerson = -1;
    // The person, organisation or place named last, and where: who denies in "..., a finding Moscow rejects."
    let lastActor = -1;
    let lastActorAt = -1;
    this.speaker.start(from, to, text);
    this.unknownSpeaker = -1;
    let verbSeen = false;
    for (let h = 0; h < hits.count; h++) {
      const feature = hits.feature[h]!;
      const first = hits.first[h]!;
      const role = roles[feature];
      if (role === ROLE_CUE) {
        if (feature === denial) {
          this.denialTokens.push(first);
          const apposed = this.speaker.apposed(tokens, first);
          // "..., a finding the Russian government denies.": the denier is named in the clause, or is
          // someone the pack does not know.
          const closing = this.polarity.closingDenial !== first ? -1 : lastActorAt >= this.polarity.closingClauseStart ? lastActor : UNKNOWN_DENIER;
          this.denialActors.push(apposed >= 0 ? apposed : closing !== -1 ? closing : lastPerson);
        }
        const participle = (feature === denial || feature === speech) && endsInIng(text, tokens.ends[hits.last[h]!]!);
        // "Responding to the report, Flores said ...": an opening participle leaves it to the main verb.
        if ((feature === denial || feature === speech) && !(participle && opensSentence(text, tokens, from, first))) {
          this.speaker.verb(tokens, hits, h, feature === speech, participle);
          // Read once, at the sentence's first verb: most sentences never get this far.
          if (!verbSeen) this.unknownSpeaker = unknownSubjectAt(reading, hits, first);
          verbSeen = true;
        }
        continue;
      }
      if (role === ROLE_PERSON_ANAPHOR || role === ROLE_PEOPLE_ANAPHOR) {
        if (thingAnaphorCovers(hits, roles, h)) continue;
        pronouns.add(feature, first, tokens.ids[first]!, role === ROLE_PEOPLE_ANAPHOR);
        // "Kislyak, for his part, has denied": a pronoun after a name is that name, so the
        // speaker stays; lastPerson (for denial verbs) stays cautious.
        lastPerson = -1;
        lastActor = -1;
        if (role === ROLE_PERSON_ANAPHOR && !this.polarity.quoted(first)) this.speaker.pronoun(tokens, first, hits.last[h]!, pronouns.isSubject(tokens.ids[first]!));
        continue;
      }
      if (role === ROLE_ANAPHOR) continue;
      // "any inquiry touching on the campaign": what the inquiry is about, not a conversation.
      if (role === ROLE_OTHER && this.topicLinks.covers(first)) continue;
      if ((role === ROLE_PERSON || role === ROLE_BODY) && !this.polarity.quoted(first)) {
        this.speaker.actor(tokens, feature, actorKind(roles, this.index.table.features, feature), first, hits.last[h]!);
        lastActor = feature;
        lastActorAt = first;
        if (role === ROLE_PERSON) {
          if (first < firstPerson) firstPerson = first;
          lastPerson = feature;
        }
      }
      this.note(feature, first, hits.last[h]!, this.polarity.at(first), stamp);
    }
    // "he", "the lawmaker": the person most talked about just before, unless this sentence
    // named someone first (outside quotation marks: in '"... Trump surrogates ...," he said'
    // he is not Trump). "The two men": the two most talked about. "Sessions, he told the Times,
    // had ...": a pronoun speaking between commas after a name is someone else, named before
    // this sentence.
    const aside = this.speaker.speakerPronoun > firstPerson ? this.speaker.speakerPronoun : -1;
    const anaphor = pronouns.first;
    const leading = anaphor >= 0 && anaphor < firstPerson && (this.unknownSpeaker < 0 || anaphor < this.unknownSpeaker);
    const { plural } = pronouns;
    const at = leading || plural ? anaphor : aside;
    if (at >= 0) {
      // '"Sessions stands by his testimony," she added': the aside's speaker is not Sessions, so
      // she stands for the most salient person other than him.
      const named = at === aside ? (feature: number) => this.seen[feature] === stamp : undefined;
      // "The two men" are neither a woman the article quoted last nor anyone the pack calls "she".
      const pronoun = pronouns.impliedAt(at, hits, (feature) => roles[feature] === (plural ? ROLE_PEOPLE_ANAPHOR : ROLE_PERSON_ANAPHOR));
      for (const feature of salience.referents(plural ? 2 : 1, named, pronoun)) {
        if (this.seen[feature] !== stamp) this.note(feature, at, at, ANAPHORIC | PLAIN, stamp);
      }
    }
    salience.observe(this.present, this.how, isProse(text, tokens, from, to));
    return this.candidates.collect(this.present, stamp, salience);
  }

  /** Patterns scored since creation (see CandidateSearch). */
  get evaluations(): number {
    return this.candidates.evaluations;
  }
}
