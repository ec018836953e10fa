/**
 * Who speaks or denies in a sentence, so that a denial claim is only matched when its own speaker
 * denies: "a department spokeswoman said Sessions never discussed ..." is the department's denial,
 * "Kislyak, for his part, has denied ..." is Kislyak's. The speaker is the person or body named
 * last before the sentence's first speech or denial verb, or the one named right after a speech
 * verb that follows a comma or a quote ("..., said Flores"), or the one closing the sentence
 * with a speech verb after a comma ("..., Flores added"): an attribution that frames the whole
 * sentence wins over the verbs inside it, and over a name set off by commas before its verb
 * ("..., the envoy, Kislyak, said Flores."). A clause of its own after the speaker's verb
 * (", and Trump has dismissed ...") has its own speaker: the person or body it opens with.
 * The words that shape clauses are in clause-words.ts, the tests on where a speaker stands
 * around its verb (after it, or set off by commas) in speaker-positions.ts, the clauses with
 * speakers of their own in clause-speakers.ts, where pronouns stand in pronoun-positions.ts.
 */
import type { Tokens } from '../text/tokenize.js';
import { ClauseSpeakers, clauseJoinerBefore, modifiesNoun } from './clause-speakers.js';
import type { ClauseWords } from './clause-words.js';
import type { PhraseHits } from './phrase-lookup.js';
import { PronounPositions } from './pronoun-positions.js';
import { appositiveBeforeVerb, closesAfter, closesSentence, followingActorHit, headsApposition, invertedSpeakerHit, reachesAcrossApposition, VERB_REACH } from './speaker-positions.js';

/** Before the sentence's first speech or denial verb. */
const UNDECIDED = -2;

/** What a named actor is: a place ("Russia") speaks only when nobody else is its subject. */
export type ActorKind = 'person' | 'body' | 'place';

export class DenierWatch {
  /** The speaker's feature, -1 when unknown (nobody named, or a pronoun). */
  private found = UNDECIDED;
  private lastActor = -1;
  private lastActorKind: ActorKind = 'person';
  /** Tokens where the last actor's name starts and ends. */
  private lastActorAt = -1;
  private lastActorLast = -1;
  /** Where the first name starts, and the run of names ending with the last actor ("Justice Department spokeswoman Sarah Isgur Flores"). */
  private firstAt = -1;
  private runAt = -1;
  /** The person named or referred to before the last actor: UNDECIDED when none, -1 for a pronoun. */
  private person = UNDECIDED;
  private from = 0;
  private end = 0;
  /** The block's original text, which the tokens' offsets index. */
  private text = '';
  /** The sentence's subject when a comma follows its name (a possible apposition), and its last token; -1 when none. */
  private head = -1;
  private headLast = -1;
  /** Token of the pronoun that speaks ("She said ...", "he later told"), -1 when a name or nobody speaks. */
  speakerPronoun = -1;
  /** Where the pronouns read so far stand: a pronoun may speak where no name does. */
  private readonly pronouns = new PronounPositions();
  /** Clauses after the first that open with their own subject, and who speaks each. */
  readonly clauses = new ClauseSpeakers();

  constructor(
    private readonly isActor: (feature: number) => boolean,
    private readonly words: ClauseWords,
  ) {}

  /** A new sentence on tokens [from, end) of `text`. */
  start(from: number, end: number, text: string): void {
    this.text = text;
    this.from = from;
    this.end = end;
    this.found = this.person = UNDECIDED;
    this.head = this.headLast = this.lastActor = this.lastActorAt = this.lastActorLast = this.firstAt = this.runAt = -1;
    this.speakerPronoun = -1;
    this.pronouns.clear();
    this.clauses.clear();
  }

  /** A person or body named (outside quotation marks), on tokens [at, last]. */
  actor(tokens: Tokens, feature: number, kind: ActorKind, at: number, last: number): void {
    // "Sarah Isgur Flores" is also read as "Isgur Flores" and "Flores": the name spans them all,
    // and the shorter readings are no new actor (nor make her the person named before herself).
    // Likewise "Justice Department" inside "Justice Department spokeswoman", another entity's alias.
    if (at >= this.lastActorAt && last <= this.lastActorLast) return;
    const { words } = this;
    // "Its spokeswoman, Ms Sarah Isgur Flores, said": the title is part of the name, so the
    // commas around it still set the name off.
    if (at > this.from && words.isTitle(tokens.ids[at - 1]!)) at--;
    this.runAt = this.lastActorAt >= 0 && at <= this.lastActorLast + 1 ? this.runAt : at;
    if (this.lastActorAt < 0) this.firstAt = at;
    // A title and a name run on ("Justice Department spokeswoman Sarah Isgur Flores, in a
    // statement, said"): the subject is the whole run, so an apposition may follow its last name.
    if (this.runAt === this.firstAt && kind !== 'place' && headsApposition(tokens, words, this.from, this.runAt, last)) {
      this.head = feature;
      this.headLast = last;
    }
    // Once the sentence has a speaker, a clause opening with a new subject speaks for itself.
    const joiner = this.found >= 0 && !(kind === 'place' && modifiesNoun(tokens, words, this.text, at, last)) ? clauseJoinerBefore(tokens, words, this.text, at) : -1;
    if (joiner >= 0) this.clauses.open(joiner, feature);
    if (this.lastActor >= 0 && this.lastActorKind === 'person') this.person = this.lastActor;
    this.lastActor = feature;
    this.lastActorKind = kind;
    this.lastActorAt = at;
    this.lastActorLast = last;
  }

  /**
   * A pronoun or role noun standing for a person ("he", "the president"), on tokens [first, last];
   * `subject`: a pronoun that is only ever a subject ("she", not "her").
   */
  pronoun(tokens: Tokens, first: number, last: number, subject: boolean): void {
    // "spokeswoman" in "Justice Department spokeswoman": part of the name just read.
    if (first >= this.lastActorAt && last <= this.lastActorLast) return;
    this.person = -1;
    this.pronouns.read(tokens, first, last, subject);
    if (this.lastActorKind !== 'person') this.lastActor = -1;
  }

  /**
   * The subject of the verb starting at token `at` when an apposition closed by a comma stands
   * between them and names nobody after that comma ("Flores, a spokeswoman, said"), else -1.
   */
  apposed(tokens: Tokens, at: number): number {
    return this.head >= 0 && reachesAcrossApposition(tokens, at, this.headLast, Math.max(this.lastActorAt, this.pronouns.lastAt)) ? this.head : -1;
  }

  /** A speech or denial verb at hit h; `participle` when it reads "saying", "insisting". */
  verb(tokens: Tokens, hits: PhraseHits, h: number, speech: boolean, participle: boolean): void {
    // '"Sessions stands by it," she added.': a pronoun closing the sentence speaks for all of it.
    if (speech && this.pronouns.lastSubjectAt > this.lastActorAt && this.pronouns.lastSubjectAt === hits.first[h]! - 1 && closesSentence(tokens, this.words, hits, h, this.pronouns.lastSubjectAt, this.end)) {
      this.found = -1;
      this.speakerPronoun = this.pronouns.lastSubjectAt;
      return;
    }
    if (speech && this.found !== UNDECIDED) {
      // "..., said Flores." or "..., Flores added.": the attribution of the whole sentence.
      const framing = invertedSpeakerHit(tokens, hits, h, this.isActor);
      if (framing >= 0 && closesAfter(tokens, hits, framing, this.end)) this.found = hits.feature[framing]!;
      else if (this.lastActor >= 0 && closesSentence(tokens, this.words, hits, h, this.runAt, this.end)) this.found = this.lastActor;
      else if (this.pronouns.opensRelative(tokens, this.words, hits.first[h]!, this.lastActorAt)) {
        // "... stands by his testimony, in which he said he never ...": someone else's words,
        // reported inside the speaker's; who "he" is, the sentence alone does not tell.
        this.clauses.open(this.pronouns.lastAt, -1);
      }
      return;
    }
    if (this.found !== UNDECIDED) return;
    // "Sessions discussed the campaign, according to intercepted communications": the source
    // comes after "according to", so the person named before it does not speak; when the
    // source names nobody the pack knows, who speaks is unknown. Opening the sentence, or set
    // off right after its subject ("Kislyak, according to aides, denied ..."), the source
    // leaves the verb after it to decide.
    if (this.words.isSourceFirst(tokens.ids[hits.first[h]!]!) && followingActorHit(hits, h, this.isActor) < 0) {
      if (this.lastActor >= 0 && !(this.head >= 0 && this.headLast === hits.first[h]! - 2)) this.found = -1;
      return;
    }
    const apposed = this.apposed(tokens, hits.first[h]!);
    if (apposed >= 0) {
      this.found = apposed;
      return;
    }
    // "..., saying the attorney general stands by it": a participle has its subject before it.
    const inverted = speech && !participle ? invertedSpeakerHit(tokens, hits, h, this.isActor) : -1;
    // "..., Kislyak, said Flores.": a speaker closing the sentence frames all of it, the envoy
    // between commas included.
    if (inverted >= 0 && closesAfter(tokens, hits, inverted, this.end)) {
      this.found = hits.feature[inverted]!;
      return;
    }
    // "A spokeswoman, Flores, said Sessions ...": the name set off by commas right before the verb
    // is its subject in apposition, not the end of a clause that "said Sessions" would close.
    if (this.lastActor >= 0 && this.lastActorKind !== 'place' && appositiveBeforeVerb(tokens, hits.first[h]!, this.lastActorAt, this.lastActorLast)) {
      this.found = this.lastActor;
      return;
    }
    this.found = inverted >= 0 ? hits.feature[inverted]! : -1;
    if (this.found >= 0) return;
    // "The attorney general, she added, stands by ...": the pronoun set off by commas speaks,
    // not the person named before it; who she is only the context tells.
    if (speech && this.pronouns.asideLast >= 0 && this.pronouns.asideLast === hits.first[h]! - 1 && this.pronouns.lastAt > this.lastActorAt) {
      this.found = -1;
      this.speakerPronoun = this.pronouns.lastAt;
      return;
    }
    // "Trump called the Russia probe a hoax and says...": a place named after the subject is
    // what the subject talks about, not who speaks.
    this.found = this.lastActorKind === 'place' && this.person !== UNDECIDED ? this.person : this.lastActor;
    // "She said", "he later told": a subject pronoun just before the verb speaks.
    const at = hits.first[h]!;
    if (this.found < 0 && this.pronouns.lastSubjectAt > this.lastActorAt && this.pronouns.lastSubjectAt >= at - VERB_REACH) this.speakerPronoun = this.pronouns.lastSubjectAt;
  }

  get denier(): number {
    return this.found === UNDECIDED ? -1 : this.found;
  }

  /** The speaker of the clause holding token `at`. */
  denierAt(at: number): number {
    return this.clauses.speakerAt(at, this.denier);
  }
}
