/**
 * The word sets of evidence that is not a person speaking: intercepted communications, documents
 * and records, books and rulings. Spread into `words` (lexicon.ts); the JSON's "$comment" says
 * what each list holds.
 */
import evidence from './lexicon/evidence.json';

export const evidenceWords = {
  interceptNouns: new Set(evidence.interceptNouns),
  /** "the Foreign Intelligence Surveillance Act": the last word of a law's or a body's name, not surveillance (see inLawName in sentence.ts). */
  interceptNameHeads: new Set(evidence.interceptNameHeads),
  /** "in the intercepts", "through wiretaps": where or how something was found (see intercept-context.ts). */
  foundInPrepositions: new Set(evidence.foundInPrepositions),
  bulkCollectionVerbs: new Set(evidence.bulkCollectionVerbs),
  spyCollectors: new Set(evidence.spyCollectors),
  collectedCommunications: new Set(evidence.collectedCommunications),
  /** "the intelligence indicates": what intelligence does when it states a finding. */
  intelligenceVerbs: new Set(evidence.intelligenceVerbs),
  /** What a sender writes ("In a letter to the court, she said"): her own statement, not a document. */
  letterNouns: new Set(evidence.letterNouns),
  speechRecords: new Set(evidence.speechRecords),
  derivingVerbs: new Set(evidence.derivingVerbs),
  scholarlyWords: new Set(evidence.scholarlyWords),
  findingModifiers: new Set(evidence.findingModifiers),
  documentReportModifiers: new Set(evidence.documentReportModifiers),
  documentPapers: new Set(evidence.documentPapers),
  orderKinds: new Set(evidence.orderKinds),
  documentStates: new Set(evidence.documentStates),
  /** "the ministry's website": pages a body publishes itself. */
  ownPages: new Set(evidence.ownPages),
  /** "the intercepts are the basis of the charges": what a copula says that makes intercepts a claim's support (intercept-mentions.ts). */
  supportWords: new Set(evidence.supportWords),
  /** "to mislead American eavesdroppers", "fed false leads to eavesdroppers": who is misled or fed. */
  misleadingVerbs: new Set(evidence.misleadingVerbs),
  /** "a peculiar kind of evidence": a category, not a claim's support. */
  kindNouns: new Set(evidence.kindNouns),
  /** "according to the book": a published account, relayed; a memoir (memoirNouns) is a participant's own record. */
  bookNouns: new Set(evidence.bookNouns),
  memoirNouns: new Set(evidence.memoirNouns),
  /** "the decision held": a ruling only with a ruling's verbs and owner (see unstated-acts.ts). */
  decisionNouns: new Set(evidence.decisionNouns),
  decisionVerbs: new Set(evidence.decisionVerbs),
  decisionMakers: new Set(evidence.decisionMakers),
  /** "the guest book", "the rule book": records and rules, never a published account. */
  bookCompounds: new Set(evidence.bookCompounds),
  /** "the public record", "a track record": before a singular "record", words that keep it what is publicly known or a history, not a paper (see open-records.ts). */
  openRecordModifiers: new Set(evidence.openRecordModifiers),
  narrationVerbs: new Set(evidence.narrationVerbs),
  /**
   * "the memo names", "has obtained a memo": nouns that are a written paper in every sense, not a
   * chain, an index or someone's plans.
   */
  writtenPapers: new Set([...evidence.writtenNouns, ...evidence.writtenPapers]),
  /** "has obtained", "has since reviewed": getting hold of a paper (see held-papers.ts). */
  holdingVerbs: new Set(evidence.holdingVerbs),
} as const;
