/**
 * Compiling the phrase table: registers features and the phrases (entity aliases, concept and
 * lexicon phrases, words of wordings) that show them, one phrase per distinct stem sequence
 * whatever the number of features it shows, then drops what a scan does not need. Finding the
 * phrases in a sentence is phrase-lookup.ts.
 */
import { normalize, toOriginal } from '../normalize.js';
import { BREAK, Tokens, startsUpper, tokenize } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import { MANY_FEATURES } from './entity-choice.js';
import { PhraseLookup, type Feature, type Phrase } from './phrase-lookup.js';

export class PhraseTable extends PhraseLookup {
  private readonly byKey = new Map<string, Phrase>();
  private readonly phrasesOf = new Map<number, Phrase[]>();
  private readonly words = new Map<string, number>();
  /** Per feature, the phrases as written (normalised): a wording's word joins the concept that lists it as written. */
  private readonly written = new Map<number, Set<string>>();
  private readonly scratch = new Tokens();

  constructor(readonly vocabulary: Vocabulary, private readonly notId: number) {
    super();
  }

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
      this.shapes = undefined;
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

  /** How many phrases show a feature. */
  phraseCount(feature: number): number {
    return this.phrasesOf.get(feature)?.length ?? 0;
  }

  private link(phrase: Phrase, feature: number): void {
    if (phrase.features.length > MANY_FEATURES ? (phrase.featureSet ??= new Set(phrase.features)).has(feature) : phrase.features.includes(feature)) return;
    phrase.features.push(feature);
    phrase.featureSet?.add(feature);
    this.shapes = undefined;
    phrase.many = undefined;
    const list = this.phrasesOf.get(feature);
    if (list) list.push(phrase);
    else this.phrasesOf.set(feature, [phrase]);
  }
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
