/**
 * What each list of the sourcing lexicons means to the tagger: the category its phrases are filed
 * under, the flags they carry, and the categories that make a sentence worth reading. lexicon.ts
 * builds the table once and indexes it by the vocabulary.
 */
import denial from './lexicon/denial.json';
import evidence from './lexicon/evidence.json';
import names from './lexicon/names.json';
import outlets from './lexicon/outlets.json';
import sources from './lexicon/sources.json';
import speech from './lexicon/speech.json';
import { PhraseTable, type Hit } from './phrase-table.js';

export type CueCategory =
  | 'speech' | 'participle' | 'docVerb' | 'denialVerb' | 'objectVerb' | 'according' | 'citing'
  | 'hedge' | 'hedgeAdj' | 'relayPhrase' | 'passiveRelay' | 'outlet' | 'reportNoun' | 'anonMarker'
  | 'interceptStrong' | 'intelligenceFinding' | 'spyContext' | 'interceptWeak' | 'interceptContext' | 'interceptExclusion' | 'interceptMention' | 'docNoun' | 'docPhrase'
  | 'statementNoun' | 'speechNoun' | 'negation' | 'negatable' | 'disputeWord' | 'disputeComplement'
  | 'claimObject' | 'dismissedObject' | 'officialBody' | 'privateRecipient' | 'nonDenial' | 'outletAccess' | 'judgedBy' | 'recipientOutlet'
  | 'worthlessVerdict' | 'writtenNoun' | 'particleVerb' | 'findingNoun' | 'ownAccount' | 'byTelling' | 'sourceNoun' | 'impersonalClaim' | 'refusalObject' | 'printRun';

export interface VerbFlags {
  weak?: boolean; // a verb of expecting rather than saying: no attribution inside what someone else says
  invertible?: boolean;
  recipient?: boolean;
  needsContent?: boolean;
  /** "called on the senator to resign": says something only with "to" and a verb after its object ("called on him at home" is a visit). */
  needsInfinitive?: boolean;
  /** "'...,' she continued": a verb that attributes only a quotation just before or after it ("continued his work" says nothing). */
  quoteOnly?: boolean;
  /** With needsContent, "knocked": criticizes only with its grounds (striking-verbs.ts statesGrounds). */
  needsGrounds?: boolean;
  needsClause?: boolean; // with needsContent, "declared that ...": content only with a clause or quotation ("declared an emergency" is an act)
  outletOnly?: boolean;
  /**
   * "reminded": a thing or an event does it too ("the smell reminded him", "Biden's stumble
   * reminded voters"), so a possessive's noun that names no speaker is no speaker.
   */
  thingSubject?: boolean;
  /** With needsContent, "broke it": says something only where its phrase ends ("broke it down", "broke it off with" are other verbs). */
  endsAtObject?: boolean;
  /** With needsContent, "printed": reports only text it prints, not copies, an edition or nothing (verb-frames.ts printsText). */
  printsText?: boolean;
  /** "declined", "would not": speaks only when what it refuses is to comment (refusals.ts). */
  refusal?: boolean;
  /** "the order directs", "the rule defines": what a paper does, and anyone can do ("directed by Greta Gerwig"), so a passive agent is no speaker. */
  paperAct?: boolean;
  /** With paperAct, "directs the county to reopen": sources only an order, not money or people sent somewhere ("directs $2 million to schools"). */
  needsOrder?: boolean;
  /**
   * With paperAct, "the memo names", "the audit recommends": a paper's act only when its subject is
   * a written paper, not "the chain names a new chief".
   */
  writtenOnly?: boolean;
  /**
   * With writtenOnly, "sets": a plural noun too ("data sets"), a verb only before its object
   * (paper-verbs.ts).
   */
  nounToo?: boolean;
}

export interface CueData {
  verb?: VerbFlags;
  /** An outlet that is a wire service. */
  wire?: boolean;
  /** An object verb ("called") that denies only with a dispute word ("called it false"). */
  needsDispute?: boolean;
  /** With needsDispute, a verb that names its object with a verdict ("called the report lazy"); "likened to" and "referred to as" compare. */
  namesVerdict?: boolean;
  /** An object verb of dismissal ("brushed off", "waved away"): it also denies an inquiry, a leak or talk of something (dismissedObject). */
  dismisses?: boolean;
  /** An object verb of ridicule ("mocked", "derided"): criticism that denies a report it ridicules ("ridiculed the reports"). */
  ridicules?: boolean;
  /** An ownAccount that tells whose telling a clause is only when set off from it ("By his account, ..."). */
  setOff?: boolean;
  /** A dismissedObject in the sense that tells of a claim only before one of these ("the inquiry into", "talk of"). */
  complements?: readonly string[];
  /** An object verb that denies only when negated or refused ("has never accepted the finding"). */
  deniesWhenNegated?: boolean;
  /** A verb that denies with one of these particles after its object ("brushed the report aside"). */
  particles?: readonly string[];
}

/** "has never accepted the finding": a hit (if any) of an object verb that denies only when negated or refused. */
export function deniesOnlyWhenNegated(hit: Hit<CueCategory, CueData> | undefined): boolean {
  return hit?.phrase.data.deniesWhenNegated === true;
}

/**
 * A verb whose other senses say nothing ("raged outside", "declared an emergency", "continued his
 * work", "knocked on doors", "printed 40,000 copies", "broke it down"): only what follows it makes it speech, so without
 * that content it marks nobody as a source, not even unnamed people.
 */
export function contentDecidesSense(flags: VerbFlags): boolean {
  return flags.quoteOnly === true || flags.needsClause === true || flags.needsGrounds === true || flags.printsText === true || flags.endsAtObject === true;
}

/** Categories that can make a sentence attributed; a sentence with none of them is skipped at once. */
export const ANCHORS: ReadonlySet<CueCategory> = new Set<CueCategory>([
  'speech', 'participle', 'docVerb', 'denialVerb', 'objectVerb', 'according', 'citing', 'hedge', 'hedgeAdj',
  'relayPhrase', 'passiveRelay', 'interceptStrong', 'intelligenceFinding', 'interceptWeak', 'docPhrase', 'docNoun', 'reportNoun', 'speechNoun', 'statementNoun',
  'outletAccess', 'judgedBy', 'writtenNoun', 'particleVerb', 'findingNoun', 'ownAccount', 'byTelling', 'sourceNoun', 'impersonalClaim',
]);

/** Words too common to file a phrase under: determiners, prepositions, auxiliaries. */
const FUNCTION_WORDS = new Set([
  ...sources.definite, ...sources.possessive, ...sources.indefinite, ...names.prepositions,
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'as', 'and', 'or', 'not', "n't", 'no', 'such',
]);

/** Object verbs that name or liken their object, which deny only with a dispute word; and those that name it with a verdict. */
const NAMING_VERBS = /^(call|label|brand|liken|compar|refer)/;
const VERDICT_VERBS = /^(call|label|brand)/;

export function buildTable(): PhraseTable<CueCategory, CueData> {
  const table = new PhraseTable<CueCategory, CueData>(FUNCTION_WORDS);
  const addAll = (list: readonly string[], category: CueCategory, data: CueData = {}, cased = false) => {
    for (const text of list) table.add(text, category, data, cased);
  };
  for (const { forms, ...flags } of speech.verbs) addAll(forms, 'speech', { verb: flags });
  addAll(speech.participles, 'participle');
  addAll(speech.documentVerbs, 'docVerb');
  for (const { forms, ...flags } of speech.documentActs) addAll(forms, 'docVerb', { verb: { ...flags, paperAct: true } });
  addAll(speech.statementNouns, 'statementNoun');
  addAll(speech.speechNouns, 'speechNoun');
  addAll(speech.privateRecipients, 'privateRecipient');
  addAll(speech.ownAccounts, 'ownAccount');
  // "by his own account", "by her later reckoning": a pronoun owner's telling is the subject's own.
  // Every run of the modifiers in their order: "", "own ", "later ", "own later ".
  const modifierSpans = speech.tellingModifiers.reduce<string[]>((spans, word) => [...spans, ...spans.map((span) => `${span}${word} `)], ['']);
  // Bare, "by his account" may be a bank's ("paid by his account"): only set off from its clause.
  for (const owner of speech.ownAccountOwners) {
    for (const span of modifierSpans) addAll(speech.tellingNouns.map((noun) => `by ${owner} ${span}${noun}`), 'ownAccount', { setOff: span === '' });
  }
  addAll(speech.tellingNouns, 'byTelling');
  addAll(speech.refusalObjects, 'refusalObject');
  addAll(speech.printRuns, 'printRun');
  addAll(denial.verbs, 'denialVerb');
  for (const verb of denial.objectVerbs) table.add(verb, 'objectVerb', { needsDispute: NAMING_VERBS.test(verb), namesVerdict: VERDICT_VERBS.test(verb) });
  addAll(denial.dismissalVerbs, 'objectVerb', { dismisses: true });
  addAll(denial.ridiculeVerbs, 'objectVerb', { ridicules: true });
  addAll(denial.acceptanceVerbs, 'objectVerb', { deniesWhenNegated: true });
  for (const { forms, particles } of denial.particleVerbs) addAll(forms, 'particleVerb', { particles });
  addAll(denial.claimObjects, 'claimObject');
  for (const { forms, complements } of denial.dismissedObjects) addAll(forms, 'dismissedObject', { complements });
  addAll(denial.disputeComplements, 'disputeComplement');
  addAll(denial.negations, 'negation');
  addAll(denial.nonDenials, 'nonDenial');
  addAll(denial.negatable, 'negatable');
  addAll(denial.disputeWords, 'disputeWord');
  addAll(denial.worthlessVerdicts, 'worthlessVerdict');
  addAll(outlets.names, 'outlet', {}, true);
  addAll(names.wire, 'outlet', { wire: true }, true);
  addAll(outlets.generic, 'outlet');
  addAll(outlets.recipientOnly, 'recipientOutlet');
  addAll(outlets.reportNouns, 'reportNoun');
  addAll(outlets.sourceNouns, 'sourceNoun');
  addAll(outlets.hedges, 'hedge');
  addAll(outlets.hedgeAdjectives, 'hedgeAdj');
  addAll(outlets.passiveRelays, 'passiveRelay');
  addAll(outlets.relayPhrases, 'relayPhrase');
  addAll(outlets.citing, 'citing');
  addAll(outlets.according, 'according');
  addAll(outlets.outletAccess, 'outletAccess');
  addAll(outlets.judgedBy, 'judgedBy');
  addAll(sources.anonymityMarkers, 'anonMarker');
  addAll(sources.impersonalClaims, 'impersonalClaim');
  addAll(evidence.interceptStrong, 'interceptStrong');
  addAll(evidence.interceptWeak, 'interceptWeak');
  addAll(evidence.intelligenceSubjects, 'intelligenceFinding');
  addAll(evidence.spyContext, 'spyContext');
  addAll(evidence.interceptContext, 'interceptContext');
  addAll(evidence.interceptExclusions, 'interceptExclusion');
  addAll(evidence.interceptMentions, 'interceptMention');
  addAll(evidence.documentNouns, 'docNoun');
  addAll(evidence.documentPhrases, 'docPhrase');
  addAll(evidence.writtenNouns, 'writtenNoun');
  addAll(evidence.findingNouns, 'findingNoun');
  addAll(evidence.officialBodies, 'officialBody');
  return table;
}
