/**
 * Loads the general-purpose lexicons (data files beside this module) into a phrase table:
 * polarity cues, anaphors, synonym groups, the sets of function and light words, and the words
 * that make an office title another office.
 */
import general from './lexicon/general.json';
import polarity from './lexicon/polarity.json';
import titles from './lexicon/titles.json';
import { withoutDeterminer, type PhraseTable } from './phrases.js';

export interface Cues {
  negation: number;
  denial: number;
  /** "... is false": denies what comes before it in its clause. */
  denialAfter: number;
  contrast: number;
  hypothetical: number;
  /** "... is another matter": supposes what comes before it in its clause. */
  hypotheticalAfter: number;
  clauseBreak: number;
  /** Phrases that look negative but are not ("not only"): they cancel the cue inside them. */
  neutral: number;
  /** "denied they were anything more than routine": what follows is affirmed again. */
  restore: number;
  /** "said", "told", "according to": whoever is named beside it is the one speaking. */
  speech: number;
  /** "say", "show": after a negation ("does not say he met"), what follows is not denied but left open. */
  reportVerb: number;
  /** "recall", "remember": after a negation ("does not recall meeting him"), what follows is forgotten, not denied. */
  memory: number;
  /** "inquiry", "probe", "matters": a noun whose topic link ("touching on") says what it is about. */
  inquiry: number;
  /** "touching on", "dealing with": right after an inquiry noun, a topic, not a conversation. */
  topicLink: number;
}

export interface GeneralLexicon {
  cues: Cues;
  /** Features standing for a person or an organisation named shortly before ("he", "the agency"). */
  anaphors: Map<number, string>;
  /**
   * "the meeting", "the third encounter", "the first was": words that speak of one of two people's
   * encounters without naming them, which a claim's own facts (match.facts) tie to its occasions.
   */
  encounter: number;
  /** Every feature of a synonym group. */
  synonymFeatures: Set<number>;
  stopwords: Set<number>;
  light: Set<number>;
  /**
   * "deputy", "state", "Texas": right before an office title, they make it another office. Words,
   * not stems: "state" is one, "United States" is not.
   */
  officeModifiers: readonly string[];
}

/** The pronoun a phrase standing for a person implies ("her", "the spokeswoman": "she"). */
const FEMININE = /\b(?:she|her|hers|herself|spokeswoman|woman|women|congresswoman|chairwoman)\b/i;
const MASCULINE = /\b(?:he|him|his|himself|spokesman|man|men|congressman|chairman)\b/i;
export function impliedPronoun(phrase: string): string | undefined {
  if (FEMININE.test(phrase)) return 'she';
  return MASCULINE.test(phrase) ? 'he' : undefined;
}

export function loadGeneralLexicon(table: PhraseTable): GeneralLexicon {
  const cue = (label: keyof Cues, phrases: readonly string[]): number => {
    const feature = table.addFeature({ kind: 'cue', label });
    for (const phrase of phrases) table.addPhrase(phrase, feature);
    return feature;
  };
  const cues: Cues = {
    negation: cue('negation', polarity.negation),
    denial: cue('denial', polarity.denial),
    denialAfter: cue('denialAfter', polarity.denialAfter),
    contrast: cue('contrast', polarity.contrast),
    hypothetical: cue('hypothetical', polarity.hypothetical),
    hypotheticalAfter: cue('hypotheticalAfter', polarity.hypotheticalAfter),
    clauseBreak: cue('clauseBreak', polarity.clauseBreak),
    neutral: cue('neutral', polarity.neutral),
    restore: cue('restore', polarity.restore),
    speech: cue('speech', polarity.speech),
    reportVerb: cue('reportVerb', polarity.reportVerb),
    memory: cue('memory', polarity.memory),
    inquiry: cue('inquiry', polarity.inquiry),
    topicLink: cue('topicLink', polarity.topicLink),
  };
  // "n't" becomes a "not" token, so it is a negation like the word.
  table.addPhrase('not', cues.negation);

  // One feature per kind and implied pronoun ("her" and "the spokeswoman": "she"; "the two men":
  // "he"), so a scan reads a pronoun's gender from its feature instead of from the page's words.
  const anaphors = new Map<number, string>();
  for (const [entityKind, phrases] of Object.entries(general.anaphors)) {
    const byPronoun = new Map<string | undefined, number>();
    for (const phrase of phrases) {
      const pronoun = entityKind === 'person' || entityKind === 'people' ? impliedPronoun(phrase) : undefined;
      let feature = byPronoun.get(pronoun);
      if (feature === undefined) {
        feature = table.addFeature({ kind: 'anaphor', label: entityKind, entityKind, ...(pronoun && { pronoun }) });
        byPronoun.set(pronoun, feature);
        anaphors.set(feature, entityKind);
      }
      table.addPhrase(phrase, feature);
    }
  }

  const synonymFeatures = new Set<number>();
  for (const group of general.synonyms) {
    const feature = table.addFeature({ kind: 'concept', label: group[0]! });
    synonymFeatures.add(feature);
    for (const phrase of group) table.addPhrase(withoutDeterminer(phrase), feature);
  }

  const encounter = table.addFeature({ kind: 'concept', label: 'encounter' });
  for (const phrase of general.encounters) table.addPhrase(withoutDeterminer(phrase), encounter);

  const stems = (words: readonly string[]) => new Set(words.flatMap((word) => table.phraseIds(word).ids));
  return { cues, anaphors, encounter, synonymFeatures, stopwords: stems(general.stopwords), light: stems(general.light), officeModifiers: titles.officeModifiers };
}
