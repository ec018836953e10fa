/**
 * What the tagger remembers while reading one block: the last speaker heard, for pronouns
 * ("he said" after "a senior official said" is still the unnamed official), and the speaker of a
 * quotation that has just closed, for a quotation that follows it ('"...," she said. "..."').
 * A new block starts with an empty memory: nothing carries across paragraphs.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { namesGroup } from './speaker-groups.js';
import type { Token } from './tokens.js';

export type Identity = 'named' | 'anonymous';

export class BlockMemory {
  private lastSpeaker: Identity | null = null;
  private lastWasGroup = false;
  private heardInSentence = false;
  private quoteAttribution: SourcingKind | null = null;
  private quoteClosedLast = false;
  /** The paragraph names a memoir somewhere, so "the book" in it is that memoir (asked once per block, see book-sources.ts). */
  constructor(readonly namesMemoir = false) {}

  /** A speaker of `identity` was heard in the phrase `speaker` of the sentence's `tokens`. */
  heard(identity: Identity, tokens: readonly Token[], speaker: { from: number; to: number }): void {
    const group = namesGroup(tokens, speaker.from, speaker.to);
    // "people close to him, who spoke on condition of anonymity": later acts of a sentence mostly restate its speakers.
    this.lastWasGroup = group || (this.heardInSentence && this.lastSpeaker === identity && this.lastWasGroup);
    this.lastSpeaker = identity;
    this.heardInSentence = true;
  }

  /**
   * A pronoun speaker is whoever spoke last in the block. With nobody before, "he" or "she" is
   * most likely a person the article has named, while "one of them" picks from an unnamed group.
   * A singular "he" or "she" opening a sentence after unnamed people ("people close to him said")
   * is not one of them.
   */
  resolve(partitive: boolean, singular = false): Identity {
    // In the group's own sentence "he" is more likely someone in what they say ("officials said that he had ...").
    if (singular && !partitive && !this.heardInSentence && this.lastSpeaker === 'anonymous' && this.lastWasGroup) return 'named';
    return this.lastSpeaker ?? (partitive ? 'anonymous' : 'named');
  }

  /** A quotation has just been attributed, so a quotation that follows may inherit its speaker. */
  awaitsQuote(): boolean {
    return this.quoteAttribution !== null;
  }

  /** The kind a wholly quoted sentence inherits when it opens right after an attributed quotation. */
  quoteSpeaker(tokens: readonly Token[], from: number, to: number): SourcingKind | null {
    if (!this.quoteAttribution || tokens[from]?.quote !== 'open') return null;
    for (let k = from; k < to; k++) if (tokens[k]!.word && !tokens[k]!.quoted) return null;
    return this.quoteAttribution;
  }

  endSentence(attribution: SourcingKind | null): void {
    this.quoteAttribution = attribution;
    this.heardInSentence = false;
  }

  /** Notes whether the sentence just read ended on a closing quote mark ('"Stop this now!"'). */
  sentenceRead(tokens: readonly Token[]): void {
    this.quoteClosedLast = tokens.at(-1)?.quote === 'close';
  }

  /**
   * The sentence before ended on a closing quotation, so one that opens in lower case continues
   * it: '"Stop this now!" she added.' is one sentence split after its exclamation mark.
   */
  continuesQuote(tokens: readonly Token[], from: number): boolean {
    const first = tokens[from];
    return this.quoteClosedLast && first?.word === true && !first.cap;
  }
}

/**
 * Never used, kept for good: each BlockMemory lives for one block of a scan, and once a garbage
 * collection finds none alive, V8 drops the shapes its fields gave them and throws away every
 * optimised function that reads one (a long scan right after a full GC ran ~13% slower while
 * they recompiled). One live instance keeps those shapes.
 */
const KEPT_FOR_ITS_SHAPE = new BlockMemory();
