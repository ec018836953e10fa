/**
 * Features (an entity, a concept, a cue, a word) and finding the phrases that show them in a
 * sentence. A phrase is a sequence of stem ids; the lookup is keyed by first stem, so finding
 * every phrase in a sentence costs one array read per token plus the few phrases that start
 * with it. Compiling the phrases is phrases.ts; what a shared name yields is entity-choice.ts.
 */
import type { Tokens } from '../text/tokenize.js';
import { pushChosenFeatures, type EntityChoice, type ManyEntities } from './entity-choice.js';
import { CASED, CASE_FREE, LONGER, startShapes, type StartShapes } from './start-shapes.js';

export type FeatureKind = 'entity' | 'concept' | 'word' | 'cue' | 'anaphor';

export interface Feature {
  kind: FeatureKind;
  /** Readable name for match reasons: "Jeff Sessions", "discuss", "intercept". */
  label: string;
  /** For entities: person, organization...; for anaphors the kind of entity they stand for. */
  entityKind?: string;
  /** For a person: the pronoun that stands for them ("he", "she", "they"), when the pack says. */
  pronoun?: string;
}

export interface Phrase {
  ids: readonly number[];
  /** For phrases naming many entities (compile time, built on first use): see ManyEntities. */
  many?: ManyEntities;
  /** `features` as a set, once there are many (a surname shared by thousands of people). */
  featureSet?: Set<number>;
  /** Bit k set: token k must be capitalised on the page (proper names: "Sessions", not "session"). */
  caps: number;
  features: number[];
  /** The phrase as first written, for labels. */
  text: string;
}

/** Phrases found in a sentence, in order of first token: which feature, on which tokens. Reused. */
export class PhraseHits {
  count = 0;
  feature = new Int32Array(64);
  first = new Int32Array(64);
  last = new Int32Array(64);

  push(feature: number, first: number, last: number): void {
    if (this.count === this.feature.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.feature = grow(this.feature);
      this.first = grow(this.first);
      this.last = grow(this.last);
    }
    this.feature[this.count] = feature;
    this.first[this.count] = first;
    this.last[this.count] = last;
    this.count++;
  }

  /** Whether a phrase of `feature` was found. */
  includes(feature: number): boolean {
    for (let h = 0; h < this.count; h++) if (this.feature[h] === feature) return true;
    return false;
  }
}

/** Phrases filed by first stem, and finding them in tokens: all a scan needs of a phrase table. */
export class PhraseLookup {
  readonly features: Feature[] = [];
  /** Phrases by first stem: one-word phrases, and longer ones by their second stem. */
  private byFirst: (Start | undefined)[] = [];
  /** `byFirst` in flat arrays for a scan (see start-shapes.ts): built on first use, dropped when a phrase changes. */
  protected shapes: StartShapes | undefined;

  /**
   * Keeps only the features a scan can use (`useful[f]` set): phrases showing nothing else are
   * dropped, so common words the database never asks about cost nothing on a page.
   */
  prune(useful: Uint8Array): void {
    this.shapes = undefined;
    for (let id = 0; id < this.byFirst.length; id++) {
      const start = this.byFirst[id];
      if (!start) continue;
      start.single = start.single.filter((phrase) => keepUseful(phrase, useful));
      if (start.next) {
        for (const [second, list] of start.next) {
          const kept = list.filter((phrase) => keepUseful(phrase, useful));
          if (kept.length) start.next.set(second, kept);
          else start.next.delete(second);
        }
        if (start.next.size === 0) start.next = undefined;
      }
      if (start.single.length === 0 && !start.next) this.byFirst[id] = undefined;
    }
  }

  /** Every phrase a scan can find, in lookup order (what a compiled-matcher cache keeps). */
  *phrases(): Generator<{ ids: readonly number[]; caps: number; features: readonly number[] }> {
    for (const start of this.byFirst) {
      if (!start) continue;
      yield* start.single;
      if (start.next) for (const list of start.next.values()) yield* list;
    }
  }

  /**
   * Adds a phrase read back from a cache of a sealed table, after the ones before it: restoring
   * in `phrases()` order keeps lookup order, hence hit order. Its text is only for compiling.
   */
  restorePhrase(ids: readonly number[], caps: number, features: number[]): void {
    this.place({ ids, caps, features, text: '' });
  }

  /** Files a phrase under its first stem: alone, or by its second stem. */
  protected place(phrase: Phrase): void {
    this.shapes = undefined;
    const { ids } = phrase;
    const start = (this.byFirst[ids[0]!] ??= { single: [], next: undefined });
    if (ids.length === 1) start.single.push(phrase);
    else {
      start.next ??= new Map();
      const list = start.next.get(ids[1]!);
      if (list) list.push(phrase);
      else start.next.set(ids[1]!, [phrase]);
    }
  }

  /**
   * Every phrase in tokens [from, to). `capital(i)` tells whether token i starts with a capital
   * letter on the page (asked only for proper names). `entities` (compile time, reading a
   * wording): a name shared by many entities ("Chen" in a large pack) yields only those a wording
   * can mean, in order: the claim's own entities, then the first one the wording may name.
   */
  find(tokens: Tokens, capital: (token: number) => boolean, from: number, to: number, out: PhraseHits, entities?: EntityChoice): void {
    out.count = 0;
    const { ids } = tokens;
    const shapes = entities ? undefined : (this.shapes ??= startShapes(this.byFirst));
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      let shape = CASED | LONGER;
      if (shapes) {
        shape = id < shapes.shape.length ? shapes.shape[id]! : 0;
        if (shape & CASE_FREE) for (let k = shapes.from[id]!, end = shapes.from[id + 1]!; k < end; k++) out.push(shapes.features[k]!, i, i);
        if ((shape & (CASED | LONGER)) === 0) continue;
        // Only longer phrases, none continued by the next word: the stem's phrases are not even loaded.
        if ((shape & CASED) === 0 && (i + 1 >= to || ((shapes.seconds[id]! >>> (ids[i + 1]! & 31)) & 1) === 0)) continue;
      }
      const start = this.byFirst[id];
      if (!start) continue;
      if (shape & CASED) {
        for (const phrase of start.single) {
          if (phrase.caps && !capsHold(phrase.caps, capital, i, 1)) continue;
          if (entities) pushChosenFeatures(this.features, phrase, i, i, out, entities);
          else for (const feature of phrase.features) out.push(feature, i, i);
        }
      }
      if (!start.next || i + 1 >= to) continue;
      if (shapes && ((shapes.seconds[id]! >>> (ids[i + 1]! & 31)) & 1) === 0) continue;
      const longer = start.next.get(ids[i + 1]!);
      if (!longer) continue;
      for (const phrase of longer) {
        const length = phrase.ids.length;
        if (i + length > to) continue;
        let k = 2;
        while (k < length && ids[i + k] === phrase.ids[k]) k++;
        if (k < length) continue;
        if (phrase.caps && !capsHold(phrase.caps, capital, i, length)) continue;
        if (entities) pushChosenFeatures(this.features, phrase, i, i + length - 1, out, entities);
        else for (const feature of phrase.features) out.push(feature, i, i + length - 1);
      }
    }
  }
}

function keepUseful(phrase: Phrase, useful: Uint8Array): boolean {
  phrase.features = phrase.features.filter((feature) => useful[feature]);
  phrase.featureSet = phrase.many = undefined;
  return phrase.features.length > 0;
}

interface Start {
  single: Phrase[];
  next: Map<number, Phrase[]> | undefined;
}

function capsHold(caps: number, capital: (token: number) => boolean, start: number, length: number): boolean {
  for (let k = 0; k < length && k < 31; k++) if (caps & (1 << k) && !capital(start + k)) return false;
  return true;
}

/** Whether a phrase of `feature` (a report verb, a memory word) starts at token `at`, looking from hit h on. */
export function startsAt(hits: PhraseHits, h: number, at: number, feature: number): boolean {
  for (; h < hits.count && hits.first[h]! <= at; h++) if (hits.first[h] === at && hits.feature[h] === feature) return true;
  return false;
}
