/**
 * Denials whose object is only a pointer back: "Sessions has flatly denied that.", "The
 * department rejected the report.", "She said it was untrue.", "He says that never happened."
 * Their own words state nothing; what they deny is what was said just before (antecedent-denial.ts
 * decides what that was). Two shapes: a denial verb whose object is an anaphor ("denied that",
 * "disputed the account"), and a speech verb whose complement is an anaphor with a verdict and
 * nothing more: a verdict cue ("said it was false") or a negated verdict from a closed set ("that
 * never happened", "it was not true"); "said it was not surprising" judges nothing said. Whether
 * a verb is negated or hypothetical is polarity.ts's reading, taken from the flags it gave the
 * anaphor. Words are compared as ids (the sets are interned once, as clause-words.ts does).
 */
import { words as sourcingWords } from '../sourcing/lexicon.js';
import outlets from '../sourcing/lexicon/outlets.json';
import type { Tokens } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import { ClosedClause, isWord, type ClauseReading } from './closed-clause.js';
import type { Cues } from './lexicon.js';
import { HYPOTHETICAL, NEGATED } from './occurrence-flags.js';
import type { PhraseHits } from './phrase-lookup.js';
import type { Polarity } from './polarity.js';
import { BRIDGES, bridgesTo, endsInLy, MODALS } from './verb-forms.js';

/** Pronouns that stand for something said: "denied that", "disputed it". */
const THING_PRONOUNS = ['that', 'it', 'this', 'these', 'those', 'them'];
/** Determiners that point back to one report ("the report", "that account"), not "a report". */
const POINTING_DETERMINERS = ['the', 'that', 'this', 'these', 'those', 'its', 'their'];
/**
 * Nouns for what was reported or alleged: the tagger's report nouns ("the report", "the story"),
 * what its worthless verdicts judge ("the allegations") and the press's accounts ("the paper's
 * account", "their version"), and a few more a denial points back to ("the characterization").
 */
const REPORT_NOUNS = [
  ...outlets.reportNouns, ...sourcingWords.judgedReports, ...sourcingWords.mediaAccountNouns,
  'assertion', 'assertions', 'characterization', 'suggestion', 'suggestions',
];
/**
 * Words between a determiner and its report noun that keep it the report just cited ("the
 * latest report", "the newspaper's account"); "the other report", "the earlier story" are another.
 */
const SAME_REPORT = [...sourcingWords.reportModifiers, ...sourcingWords.mediaModifiers, 'latest', 'initial', 'original', 'published', 'paper'];
/** Words that may stand between a speech verb and its complement ("has said all along that ..."). */
const SPEECH_ADVERBS = ['all', 'along', 'again', 'since', 'also', 'now', 'then', 'always'];
/** Forms of "be" that, beside the bridges and modals, stand around an anaphor's negation ("it has not been", "that can not be"). */
const BE_FORMS = ['be', 'been'];
/** What a negation judges when it denies what was said: "not true", "never happened", "not what happened", "can't be trusted". */
const VERDICTS = [
  'true', 'accurate', 'correct', 'right', 'factual', 'so', 'the case', 'what happened', 'happen', 'happened', 'occur', 'occurred',
  'come up', 'came up', 'take place', 'took place', 'trusted', 'believed', 'credible', 'reliable', 'verified',
].map((phrase) => phrase.split(' '));
/** Most words of the predicate after its verdict ("never happened", "not true at all"), not "his job to comment". */
const PREDICATE_REACH = 3;

export interface AnaphoricDenialWords extends ClauseReading {
  readonly hits: PhraseHits;
  readonly polarity: Polarity;
  /** Token of a name run the antecedent named ("the Post's report", "the Washington Post account"): its last token, else -1. */
  readonly antecedentName: (at: number) => number;
}

type DenialCues = Pick<Cues, 'denial' | 'speech' | 'negation' | 'denialAfter'>;

export class AnaphoricDenials {
  private readonly thingPronouns: Set<number>;
  private readonly pointing: Set<number>;
  private readonly reportNouns: Set<number>;
  private readonly sameReport: Set<number>;
  private readonly speechAdverbs: Set<number>;
  /** Auxiliaries and modals around an anaphor's negation ("it was not", "that did n't", "it ca n't be"), as the tokenizer splits them. */
  private readonly auxiliaries: Set<number>;
  private readonly verdicts: number[][];
  private readonly that: number;

  constructor(
    vocabulary: Vocabulary,
    private readonly clause: ClosedClause,
  ) {
    this.thingPronouns = vocabulary.internWords(THING_PRONOUNS);
    this.pointing = vocabulary.internWords(POINTING_DETERMINERS);
    this.reportNouns = vocabulary.internWords(REPORT_NOUNS);
    this.sameReport = vocabulary.internWords(SAME_REPORT);
    this.speechAdverbs = vocabulary.internWords(SPEECH_ADVERBS);
    this.auxiliaries = vocabulary.internWords([...BRIDGES, ...MODALS, ...BE_FORMS]);
    this.verdicts = VERDICTS.map((words) => words.map((word) => vocabulary.internWord(word)));
    this.that = vocabulary.internWord('that');
  }

  /** The tokens of the sentence's verbs that deny only an anaphor (the verb of "denied that", "said" of "said it was false"). */
  verbs(words: AnaphoricDenialWords, cues: DenialCues): number[] {
    const { hits, polarity } = words;
    const verbs: number[] = [];
    for (let h = 0; h < hits.count; h++) {
      const feature = hits.feature[h]!;
      if (feature !== cues.denial && feature !== cues.speech) continue;
      const verb = hits.first[h]!;
      if ((polarity.at(verb) & HYPOTHETICAL) !== 0 || this.clause.predicted(words, verb)) continue;
      const after = hits.last[h]! + 1;
      if (feature === cues.denial) {
        // "has never denied that", "would not deny it": polarity grants or leaves open what a
        // negated denial names, so its object is negated only when the denial stands.
        const object = this.anaphorEnd(words, after, true);
        if (object >= 0 && polarity.at(object) === NEGATED) verbs.push(verb);
      } else if (!negatedSpeech(words, cues, h) && this.deniedComplement(words, cues, after)) verbs.push(verb);
    }
    return verbs;
  }

  /**
   * The last token of an anaphor starting at token `at` ("that", "it", "the report", "the Post's
   * account"), or -1. As an `object` it must close its clause (closed-clause.ts): "the report that
   * he met" holds what it says, "that" in "denied that he met" is a complementizer, "it" in
   * "denied it was planned" a subject.
   */
  private anaphorEnd(words: AnaphoricDenialWords, at: number, object: boolean): number {
    const { tokens, to } = words;
    if (at >= to || !isWord(tokens, at)) return -1;
    const id = tokens.ids[at]!;
    if (this.pointing.has(id)) {
      let k = at + 1;
      const named = words.antecedentName(k);
      if (named >= 0) k = named + 1;
      else if (k < to && this.sameReport.has(tokens.ids[k]!)) k++;
      if (k < to && this.reportNouns.has(tokens.ids[k]!)) return !object || this.clause.closesAt(words, k + 1, false) ? k : -1;
    }
    if (!this.thingPronouns.has(id)) return -1;
    return !object || this.clause.closesAt(words, at + 1, true) ? at : -1;
  }

  /** Whether the complement from token `at` after a speech verb is an anaphor with only a verdict: "(that) that never happened", "it was uncorroborated". */
  private deniedComplement(words: AnaphoricDenialWords, cues: DenialCues, at: number): boolean {
    const { tokens, text, to, hits, polarity } = words;
    let k = at;
    while (k < to && isWord(tokens, k) && (this.speechAdverbs.has(tokens.ids[k]!) || endsInLy(text, tokens.ends[k]!))) k++;
    // "said that it was false": the complementizer before the anaphor.
    if (k + 1 < to && tokens.ids[k] === this.that && this.anaphorEnd(words, k + 1, false) >= 0) k++;
    const anaphor = this.anaphorEnd(words, k, false);
    if (anaphor < 0) return false;
    k = this.skipAuxiliaries(words, anaphor + 1);
    for (let h = 0; h < hits.count && hits.first[h]! <= k; h++) {
      if (hits.first[h] !== k) continue;
      if (hits.feature[h] === cues.denialAfter) return this.predicateEnds(words, hits.last[h]! + 1);
      if (hits.feature[h] !== cues.negation) continue;
      const verdict = this.skipAuxiliaries(words, hits.last[h]! + 1);
      // Polarity's reading of the negation ("not only" negates nothing) and a verdict it judges.
      const end = (polarity.at(verdict) & NEGATED) !== 0 ? this.verdictEnd(tokens, verdict, to) : -1;
      if (end >= 0) return this.predicateEnds(words, end + 1);
    }
    return false;
  }

  /** Whether the predicate from token `at` closes within a few words ("happened", "true at all"), not "his job to comment". */
  private predicateEnds(words: AnaphoricDenialWords, at: number): boolean {
    const { tokens, to } = words;
    for (let k = at; k <= at + PREDICATE_REACH; k++) {
      if (k >= to || !isWord(tokens, k) || this.clause.coordinates(tokens.ids[k]!)) return true;
      if (this.clause.opensComplement(tokens.ids[k]!)) return false;
    }
    return false;
  }

  /** The first token from `at` on that is no auxiliary, modal or adverb: as bridging() reads, with "be" and the modals. */
  private skipAuxiliaries(words: AnaphoricDenialWords, at: number): number {
    const { tokens, text, to } = words;
    let k = at;
    while (k < to && isWord(tokens, k) && (this.auxiliaries.has(tokens.ids[k]!) || endsInLy(text, tokens.ends[k]!))) k++;
    return k;
  }

  /** The last token of the verdict starting at token `at`, or -1. */
  private verdictEnd(tokens: Tokens, at: number, to: number): number {
    for (const verdict of this.verdicts) {
      if (at + verdict.length <= to && verdict.every((id, i) => tokens.ids[at + i] === id)) return at + verdict.length - 1;
    }
    return -1;
  }
}

/**
 * Whether a negation stands right before the speech verb of hit `h`: "did not say it was false"
 * says nothing. Polarity's flags cannot tell here: the verdict after the verb ("false") negates
 * its whole clause, the verb's words included.
 */
function negatedSpeech(words: AnaphoricDenialWords, cues: Pick<Cues, 'negation'>, h: number): boolean {
  const { hits, tokens, text } = words;
  const verb = hits.first[h]!;
  for (let n = h - 1; n >= 0 && hits.last[n]! >= verb - 3; n--) if (hits.feature[n] === cues.negation && bridgesTo(text, tokens, hits.last[n]!, verb)) return true;
  return false;
}
