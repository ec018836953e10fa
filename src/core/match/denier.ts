/**
 * Who speaks or denies in a sentence, so that a denial claim is only matched when its own speaker
 * denies: "a department spokeswoman said Sessions never discussed ..." is the department's denial,
 * "Kislyak, for his part, has denied ..." is Kislyak's. The speaker is the person or body named
 * last before the sentence's first speech or denial verb, or the one named right after a speech
 * verb that follows a comma or a quote ("..., said Flores").
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrases.js';

/** Before the sentence's first speech or denial verb. */
const UNDECIDED = -2;

/** How far after a speech verb its inverted speaker may start ("said Justice Department spokeswoman"). */
const INVERTED_REACH = 2;

export class DenierWatch {
  /** The speaker's feature, -1 when unknown (nobody named, or a pronoun). */
  private found = UNDECIDED;
  private lastActor = -1;

  constructor(private readonly isActor: (feature: number) => boolean) {}

  start(): void {
    this.found = UNDECIDED;
    this.lastActor = -1;
  }

  /** A person or body named (outside quotation marks). */
  actor(feature: number): void {
    this.lastActor = feature;
  }

  /** A speech or denial verb at hit h. */
  verb(tokens: Tokens, hits: PhraseHits, h: number, speech: boolean): void {
    if (this.found !== UNDECIDED) return;
    this.found = speech ? this.invertedSpeaker(tokens, hits, h) : -1;
    if (this.found < 0) this.found = this.lastActor;
  }

  get denier(): number {
    return this.found === UNDECIDED ? -1 : this.found;
  }

  private invertedSpeaker(tokens: Tokens, hits: PhraseHits, h: number): number {
    const before = tokens.ids[hits.first[h]! - 1];
    if (before !== BREAK && before !== QUOTE) return -1;
    for (let k = h + 1; k < hits.count && hits.first[k]! <= hits.last[h]! + INVERTED_REACH; k++) {
      if (this.isActor(hits.feature[k]!)) return hits.feature[k]!;
    }
    return -1;
  }
}
