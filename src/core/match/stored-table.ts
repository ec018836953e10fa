/**
 * The phrase table and general lexicon of a compiled matcher as plain data, and back (see
 * stored-matcher.ts). Only what a sealed table keeps is stored: stems by id, features, and each
 * phrase's stems, capitals and features in lookup order.
 */
import { Vocabulary } from '../text/vocabulary.js';
import type { Cues, GeneralLexicon } from './lexicon.js';
import type { Feature, FeatureKind } from './phrase-lookup.js';
import { PhraseTable } from './phrases.js';
import { check, fields, int32s, listAt, ragged, strings, toRagged, type Ragged } from './stored-arrays.js';

export interface StoredTable {
  stems: string[];
  features: Feature[];
  phrases: { ids: Ragged; caps: Int32Array; features: Ragged };
  lexicon: {
    cues: Record<keyof Cues, number>;
    anaphorFeatures: Int32Array;
    anaphorKinds: string[];
    encounter: number;
    synonyms: Int32Array;
    stopwords: Int32Array;
    light: Int32Array;
    officeModifiers: string[];
  };
}

const KINDS: ReadonlySet<string> = new Set<FeatureKind>(['entity', 'concept', 'word', 'cue', 'anaphor']);

export function storeTable(table: PhraseTable, lexicon: GeneralLexicon): StoredTable {
  const phrases = [...table.phrases()];
  return {
    stems: table.vocabulary.internedStems(),
    features: table.features.map(({ kind, label, entityKind, pronoun }) => ({ kind, label, ...(entityKind !== undefined && { entityKind }), ...(pronoun !== undefined && { pronoun }) })),
    phrases: {
      ids: toRagged(phrases.map((phrase) => phrase.ids)),
      caps: Int32Array.from(phrases, (phrase) => phrase.caps),
      features: toRagged(phrases.map((phrase) => phrase.features)),
    },
    lexicon: {
      cues: { ...lexicon.cues },
      anaphorFeatures: Int32Array.from(lexicon.anaphors.keys()),
      anaphorKinds: [...lexicon.anaphors.values()],
      encounter: lexicon.encounter,
      synonyms: Int32Array.from(lexicon.synonymFeatures),
      stopwords: Int32Array.from(lexicon.stopwords),
      light: Int32Array.from(lexicon.light),
      officeModifiers: [...lexicon.officeModifiers],
    },
  };
}

/** The table and lexicon of stored data; throws Damaged when anything is off. */
export function restoreTable(value: unknown): { table: PhraseTable; lexicon: GeneralLexicon } {
  const stored = fields(value);
  const vocabulary = new Vocabulary();
  const stems = strings(stored['stems']);
  stems.forEach((stem, id) => check(vocabulary.intern(stem) === id));
  const stemCount = stems.length;
  // The matcher asks for "not" by name: a table without it was not compiled by compileIndex.
  check(stemCount > 0 && vocabulary.intern('not') < stemCount);
  const table = new PhraseTable(vocabulary, vocabulary.intern('not'));
  const features = stored['features'];
  check(Array.isArray(features));
  for (const item of features) table.addFeature(feature(item));
  const featureCount = table.features.length;

  const phrases = fields(stored['phrases']);
  const caps = int32s(phrases['caps'], -(2 ** 31), 2 ** 31);
  const ids = ragged(phrases['ids'], caps.length, 0, stemCount);
  const phraseFeatures = ragged(phrases['features'], caps.length, 0, featureCount);
  for (let p = 0; p < caps.length; p++) {
    const stems = listAt(ids, p);
    check(stems.length > 0);
    table.restorePhrase(stems, caps[p]!, listAt(phraseFeatures, p));
  }
  return { table, lexicon: restoreLexicon(stored['lexicon'], featureCount, stemCount) };
}

function feature(value: unknown): Feature {
  const { kind, label, entityKind, pronoun } = fields(value);
  check(typeof kind === 'string' && KINDS.has(kind) && typeof label === 'string');
  check(entityKind === undefined || typeof entityKind === 'string');
  check(pronoun === undefined || typeof pronoun === 'string');
  const out: Feature = { kind: kind as FeatureKind, label };
  if (entityKind !== undefined) out.entityKind = entityKind as string;
  if (pronoun !== undefined) out.pronoun = pronoun as string;
  return out;
}

function restoreLexicon(value: unknown, featureCount: number, stemCount: number): GeneralLexicon {
  const stored = fields(value);
  const cues = fields(stored['cues']);
  const featureId = (f: unknown): number => {
    check(typeof f === 'number' && Number.isInteger(f) && f >= 0 && f < featureCount);
    return f as number;
  };
  const cue = (name: keyof Cues): number => featureId(cues[name]);
  const anaphorFeatures = int32s(stored['anaphorFeatures'], 0, featureCount);
  const anaphorKinds = strings(stored['anaphorKinds'], anaphorFeatures.length);
  return {
    cues: {
      negation: cue('negation'),
      denial: cue('denial'),
      denialAfter: cue('denialAfter'),
      contrast: cue('contrast'),
      hypothetical: cue('hypothetical'),
      hypotheticalAfter: cue('hypotheticalAfter'),
      clauseBreak: cue('clauseBreak'),
      neutral: cue('neutral'),
      restore: cue('restore'),
      speech: cue('speech'),
      reportVerb: cue('reportVerb'),
      memory: cue('memory'),
      inquiry: cue('inquiry'),
      topicLink: cue('topicLink'),
    },
    anaphors: new Map(Array.from(anaphorFeatures, (f, i) => [f, anaphorKinds[i]!])),
    encounter: featureId(stored['encounter']),
    synonymFeatures: new Set(int32s(stored['synonyms'], 0, featureCount)),
    stopwords: new Set(int32s(stored['stopwords'], 0, stemCount)),
    light: new Set(int32s(stored['light'], 0, stemCount)),
    officeModifiers: strings(stored['officeModifiers']),
  };
}
