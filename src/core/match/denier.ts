/**
 * Who speaks or denies in a sentence, so that a denial claim is only matched when its own speaker
 * denies: "a department spokeswoman said Sessions never discussed ..." is the department's denial,
 * "Kislyak, for his part, has denied ..." is Kislyak's. The speaker is the person or body named
 * last before the sentence's first speech or denial verb, or the one named right after a speech
 * verb that follows a comma or a quote ("..., said Flores"), or the one closing the sentence
 * with a speech verb after a comma ("..., Flores added"): an attribution that frames the whole
 * sentence wins over the verbs inside it. A clause of its own after the speaker's verb
 * (", and Trump has dismissed ...") has its own speaker: the person or body it opens with.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrase-lookup.js';

/** Before the sentence's first speech or denial verb. */
const UNDECIDED = -2;

/** How far after a speech verb its inverted speaker may start ("said Justice Department spokeswoman"). */
const INVERTED_REACH = 2;

/** What a named actor is: a place ("Russia") speaks only when nobody else is its subject. */
export type ActorKind = 'person' | 'body' | 'place';

export class DenierWatch {
  /** The speaker's feature, -1 when unknown (nobody named, or a pronoun). */
  private found = UNDECIDED;
  private lastActor = -1;
  private lastActorKind: ActorKind = 'person';
  /** Token where the last actor's name starts. */
  private lastActorAt = -1;
  /** The person named or referred to before the last actor: UNDECIDED when none, -1 for a pronoun. */
  private person = UNDECIDED;
  /** Where the last pronoun standing alone between commas starts and ends (", she added,"), -1 when none. */
  private asideFirst = -1;
  private asideLast = -1;
  private end = 0;
  /** Clauses after the first that open with their own subject: first token and speaker of each. */
  readonly clauseStarts: number[] = [];
  private readonly clauseSpeakers: number[] = [];

  /** `isJoiner`: a word id joining two clauses after a comma ("and", "but", "while"). */
  constructor(
    private readonly isActor: (feature: number) => boolean,
    private readonly isJoiner: (id: number) => boolean,
  ) {}

  /** A new sentence ending before token `end`. */
  start(end: number): void {
    this.found = UNDECIDED;
    this.lastActor = -1;
    this.lastActorAt = -1;
    this.person = UNDECIDED;
    this.asideFirst = -1;
    this.asideLast = -1;
    this.end = end;
    this.clauseStarts.length = 0;
    this.clauseSpeakers.length = 0;
  }

  /** A person or body named (outside quotation marks), starting at token `at`. */
  actor(tokens: Tokens, feature: number, kind: ActorKind, at: number): void {
    // "..., and Trump has ...": once the sentence has a speaker, a clause opening with a new
    // subject speaks for itself.
    if (this.found >= 0 && tokens.ids[at - 2] === BREAK && this.isJoiner(tokens.ids[at - 1]!)) {
      this.clauseStarts.push(at - 1);
      this.clauseSpeakers.push(feature);
    }
    if (this.lastActor >= 0 && this.lastActorKind === 'person') this.person = this.lastActor;
    this.lastActor = feature;
    this.lastActorKind = kind;
    this.lastActorAt = at;
  }

  /** A pronoun or role noun standing for a person ("he", "the president"), on tokens [first, last]. */
  pronoun(tokens: Tokens, first: number, last: number): void {
    this.person = -1;
    const aside = tokens.ids[first - 1] === BREAK;
    this.asideFirst = aside ? first : -1;
    this.asideLast = aside ? last : -1;
    if (this.lastActorKind !== 'person') this.lastActor = -1;
  }

  /** A speech or denial verb at hit h. */
  verb(tokens: Tokens, hits: PhraseHits, h: number, speech: boolean): void {
    if (speech && this.found !== UNDECIDED) {
      // "..., said Flores." or "..., Flores added.": the attribution of the whole sentence.
      const framing = this.invertedSpeaker(tokens, hits, h, true);
      if (framing >= 0) this.found = framing;
      else if (this.closing(tokens, hits, h)) this.found = this.lastActor;
      return;
    }
    if (this.found !== UNDECIDED) return;
    this.found = speech ? this.invertedSpeaker(tokens, hits, h) : -1;
    if (this.found >= 0) return;
    // "The attorney general, she added, stands by ...": the pronoun set off by commas speaks,
    // not the person named before it; who she is only the context tells.
    if (speech && this.asideLast >= 0 && this.asideLast === hits.first[h]! - 1 && this.asideFirst > this.lastActorAt) {
      this.found = -1;
      return;
    }
    // "Trump called the Russia probe a hoax and says...": a place named after the subject is
    // what the subject talks about, not who speaks.
    this.found = this.lastActorKind === 'place' && this.person !== UNDECIDED ? this.person : this.lastActor;
  }

  get denier(): number {
    return this.found === UNDECIDED ? -1 : this.found;
  }

  /** The speaker of the clause holding token `at`. */
  denierAt(at: number): number {
    for (let c = this.clauseStarts.length - 1; c >= 0; c--) if (this.clauseStarts[c]! <= at) return this.clauseSpeakers[c]!;
    return this.denier;
  }

  /** The verb ends the sentence and its actor follows a comma or a quote ("..., Flores added."). */
  private closing(tokens: Tokens, hits: PhraseHits, h: number): boolean {
    if (this.lastActor < 0) return false;
    if (!this.endsAt(tokens, hits.last[h]! + 1)) return false;
    const before = tokens.ids[this.lastActorAt - 1];
    return before === BREAK || before === QUOTE;
  }

  /** `last`: only a speaker closing the sentence ("..., said Flores."), not what is said ("..., saying Sessions ..."). */
  private invertedSpeaker(tokens: Tokens, hits: PhraseHits, h: number, last = false): number {
    const before = tokens.ids[hits.first[h]! - 1];
    if (before !== BREAK && before !== QUOTE) return -1;
    for (let k = h + 1; k < hits.count && hits.first[k]! <= hits.last[h]! + INVERTED_REACH; k++) {
      if (!this.isActor(hits.feature[k]!)) continue;
      return !last || this.endsAt(tokens, hits.last[k]! + 1) ? hits.feature[k]! : -1;
    }
    return -1;
  }

  /** Token `at` ends the sentence or its clause. */
  private endsAt(tokens: Tokens, at: number): boolean {
    return at >= this.end || tokens.ids[at] === BREAK;
  }
}
