/**
 * Features (an entity, a concept, a cue, a word) and the phrases that show them. A phrase is a
 * sequence of stem ids; the table is keyed by first stem, so finding every phrase in a
 * sentence costs one array read per token plus the few phrases that start with it.
 */
import { normalize, toOriginal } from '../normalize.js';
import { BREAK, Tokens, startsUpper, tokenize, type Vocabulary } from '../text/tokenize.js';

export type FeatureKind = 'entity' | 'concept' | 'word' | 'cue' | 'anaphor';

export interface Feature {
  kind: FeatureKind;
  /** Readable name for match reasons: "Jeff Sessions", "discuss", "intercept". */
  label: string;
  /** For entities: person, organization...; for anaphors the kind of entity they stand for. */
  entityKind?: string;
}

interface Phrase {
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
}

export class PhraseTable {
  readonly features: Feature[] = [];
  private readonly byKey = new Map<string, Phrase>();
  private readonly phrasesOf = new Map<number, Phrase[]>();
  private readonly words = new Map<string, number>();
  /** Per feature, the phrases as written (normalised): a wording's word joins the concept that lists it as written. */
  private readonly written = new Map<number, Set<string>>();
  /** Phrases by first stem: one-word phrases, and longer ones by their second stem. */
  private byFirst: (Start | undefined)[] = [];
  private readonly scratch = new Tokens();

  constructor(readonly vocabulary: Vocabulary, private readonly notId: number) {}

  addFeature(feature: Feature): number {
    this.features.push(feature);
    return this.features.length - 1;
  }

  /** Stem ids of a phrase as written in a pack or lexicon; empty when it has no word. */
  phraseIds(text: string): { ids: number[]; caps: number; normalized: string } {
    const normalized = normalize(text);
    tokenize(normalized.text, this.vocabulary, this.scratch, this.notId, true);
    const ids: number[] = [];
    let caps = 0;
    for (let i = 0; i < this.scratch.count; i++) {
      const id = this.scratch.ids[i]!;
      if (id === BREAK) continue;
      if (ids.length < 31 && startsUpper(text, toOriginal(normalized, this.scratch.starts[i]!))) caps |= 1 << ids.length;
      ids.push(id);
    }
    return { ids, caps, normalized: normalized.text };
  }

  /**
   * Makes `text` show `feature`. `proper`: capitalised words of the phrase must be capitalised on
   * the page. `writtenAs`: the phrase as the pack wrote it, when `text` is a shortened form.
   */
  addPhrase(text: string, feature: number, proper = false, writtenAs = text): number[] {
    const { ids, caps, normalized: read } = this.phraseIds(text);
    const normalized = writtenAs === text ? read : normalize(writtenAs).text;
    if (ids.length === 0) return ids;
    const key = `${ids.join(',')}|${proper ? caps : 0}`;
    let phrase = this.byKey.get(key);
    if (!phrase) {
      phrase = { ids, caps: proper ? caps : 0, features: [], text };
      this.byKey.set(key, phrase);
      this.place(phrase);
    }
    this.link(phrase, feature);
    const forms = this.written.get(feature);
    if (forms) forms.add(normalized);
    else this.written.set(feature, new Set([normalized]));
    return ids;
  }

  /** Whether `feature` lists this normalised text as written. */
  lists(feature: number, text: string): boolean {
    return this.written.get(feature)?.has(text) ?? false;
  }

  /** The feature of a single word of a wording; `proper`: only when capitalised on the page. */
  wordFeature(word: string, proper: boolean): number {
    const key = `${proper ? '^' : ''}${word}`;
    let feature = this.words.get(key);
    if (feature === undefined) {
      feature = this.addFeature({ kind: 'word', label: word });
      this.addPhrase(proper ? word.charAt(0).toUpperCase() + word.slice(1) : word, feature, proper);
      this.words.set(key, feature);
    }
    return feature;
  }

  /**
   * Keeps only the features a scan can use (`useful[f]` set): phrases showing nothing else are
   * dropped, so common words the database never asks about cost nothing on a page.
   */
  prune(useful: Uint8Array): void {
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

  /**
   * A phrase naming more than `limit` entities (a surname shared by many people in a large pack)
   * shows one alias feature instead of every entity, so a page saying "Chen" costs one feature,
   * not a hundred. Returns, per entity, the alias features that stand for it.
   */
  markAmbiguous(limit: number): Map<number, number[]> {
    const aliases = new Map<number, number[]>();
    for (const phrase of this.byKey.values()) {
      const entities = phrase.features.filter((feature) => this.features[feature]!.kind === 'entity');
      if (entities.length <= limit) continue;
      const alias = this.addFeature({ kind: 'word', label: phrase.text });
      phrase.features = [...phrase.features.filter((feature) => this.features[feature]!.kind !== 'entity'), alias];
      phrase.featureSet = phrase.many = undefined;
      for (const entity of entities) {
        const list = aliases.get(entity);
        if (list) list.push(alias);
        else aliases.set(entity, [alias]);
      }
    }
    return aliases;
  }

  /**
   * Drops what only compiling needs (phrases by key and by feature, the forms as written, the
   * words of wordings): a large pack's matcher then keeps a fraction of the memory.
   */
  seal(): void {
    this.byKey.clear();
    this.phrasesOf.clear();
    this.written.clear();
    this.words.clear();
    this.vocabulary.forgetSurfaceForms();
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
  private place(phrase: Phrase): void {
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

  /** How many phrases show a feature. */
  phraseCount(feature: number): number {
    return this.phrasesOf.get(feature)?.length ?? 0;
  }

  private link(phrase: Phrase, feature: number): void {
    if (phrase.features.length > MANY_FEATURES ? (phrase.featureSet ??= new Set(phrase.features)).has(feature) : phrase.features.includes(feature)) return;
    phrase.features.push(feature);
    phrase.featureSet?.add(feature);
    phrase.many = undefined;
    const list = this.phrasesOf.get(feature);
    if (list) list.push(phrase);
    else this.phrasesOf.set(feature, [phrase]);
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
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      const start = this.byFirst[id];
      if (!start) continue;
      for (const phrase of start.single) {
        if (phrase.caps && !capsHold(phrase.caps, capital, i, 1)) continue;
        if (entities) this.pushFeatures(phrase, i, i, out, entities);
        else for (const feature of phrase.features) out.push(feature, i, i);
      }
      if (!start.next || i + 1 >= to) continue;
      const longer = start.next.get(ids[i + 1]!);
      if (!longer) continue;
      for (const phrase of longer) {
        const length = phrase.ids.length;
        if (i + length > to) continue;
        let k = 2;
        while (k < length && ids[i + k] === phrase.ids[k]) k++;
        if (k < length) continue;
        if (phrase.caps && !capsHold(phrase.caps, capital, i, length)) continue;
        if (entities) this.pushFeatures(phrase, i, i + length - 1, out, entities);
        else for (const feature of phrase.features) out.push(feature, i, i + length - 1);
      }
    }
  }

  private manyEntities(features: readonly number[]): ManyEntities {
    const many: ManyEntities = { positions: new Map(), entities: [], others: [] };
    features.forEach((feature, k) => {
      many.positions.set(feature, k);
      (this.features[feature]!.kind === 'entity' ? many.entities : many.others).push(k);
    });
    return many;
  }

  private pushFeatures(phrase: Phrase, first: number, last: number, out: PhraseHits, entities: EntityChoice): void {
    const { features } = phrase;
    if (features.length <= MANY_FEATURES) {
      for (const feature of features) out.push(feature, first, last);
      return;
    }
    const many = (phrase.many ??= this.manyEntities(features));
    const kept = [...many.others];
    for (const entity of entities.involved) {
      const at = many.positions.get(entity);
      if (at !== undefined) kept.push(at);
    }
    const allowed = many.entities.find((k) => entities.allowed.has(features[k]!));
    if (allowed !== undefined) kept.push(allowed);
    let previous = -1;
    for (const k of kept.sort((a, b) => a - b)) {
      if (k !== previous) out.push(features[k]!, first, last);
      previous = k;
    }
  }
}

/** A phrase's features by position: every feature, its entities and its other features. */
interface ManyEntities {
  positions: Map<number, number>;
  entities: number[];
  others: number[];
}

/** Which of many entities sharing a name a wording may mean (see PhraseTable.find). */
export interface EntityChoice {
  involved: ReadonlySet<number>;
  allowed: ReadonlySet<number>;
}

/** A phrase with more features than this names many entities. */
const MANY_FEATURES = 8;

function keepUseful(phrase: Phrase, useful: Uint8Array): boolean {
  phrase.features = phrase.features.filter((feature) => useful[feature]);
  phrase.featureSet = phrase.many = undefined;
  return phrase.features.length > 0;
}

interface Start {
  single: Phrase[];
  next: Map<number, Phrase[]> | undefined;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|any|some)\s+/i;

/**
 * A phrase without its leading determiner: "the attorney general" and "attorney general" name
 * the same thing, and no phrase then starts with "the" (the commonest word is the cheapest).
 * `entity`: a lone common noun keeps its article ("the ambassador" names Kislyak in this story,
 * "ambassador" alone does not), a capitalised one does not ("the Post").
 */
export function withoutDeterminer(phrase: string, entity = false): string {
  const rest = phrase.replace(DETERMINER, '');
  if (rest === phrase || rest.length === 0) return phrase;
  if (entity && !/\s/.test(rest) && !/^[A-Z]/.test(rest)) return phrase;
  return rest;
}

function capsHold(caps: number, capital: (token: number) => boolean, start: number, length: number): boolean {
  for (let k = 0; k < length && k < 31; k++) if (caps & (1 << k) && !capital(start + k)) return false;
  return true;
}
