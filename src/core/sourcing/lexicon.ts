/**
 * The sourcing lexicons (JSON data files in ./lexicon) compiled once into one phrase table (its
 * categories in cue-table.ts) and a few word sets. Everything the tagger knows about English
 * wording lives in those files.
 */
import denial from './lexicon/denial.json';
import outlets from './lexicon/outlets.json';
import sources from './lexicon/sources.json';
import speech from './lexicon/speech.json';
import { ANCHORS, buildTable } from './cue-table.js';
import { WordVocabulary } from './vocabulary.js';
import { evidenceWords } from './evidence-words.js';
import { nameLexicon } from './name-words.js';
import type { Token } from './tokens.js';

function lastWords(list: readonly string[]): Set<string> {
  return new Set(list.map((entry) => entry.split(' ').at(-1)!.toLowerCase()));
}

/** Every cue phrase, indexed by the vocabulary below once both exist. */
export const table = buildTable();

export const words = {
  unnamedHeads: new Set(sources.unnamedHeads),
  researchHeads: new Set(sources.researchHeads),
  companySuffixes: new Set(sources.companySuffixes),
  /** Bylines, credits and letters in a "— Name, role" line (see sign-offs.ts). */
  signOffExclusions: new Set(sources.signOffExclusions),
  clauseMarkers: new Set(sources.clauseMarkers),
  /** Auxiliaries, modals and irregular past tenses: the verb of a clause ahead (see clause-ahead.ts). */
  finiteVerbs: new Set(sources.finiteVerbs),
  /** "when we hear a siren": words that make what follows a time or a condition. */
  subordinators: new Set(sources.subordinators),
  namedWhenDefinite: new Set(sources.namedWhenDefinite),
  namedWhenOwned: new Set(sources.namedWhenOwned),
  professionOwners: new Set(sources.professionOwners),
  /** "foreign intelligence agencies": modifiers that leave a set of bodies unidentified. */
  unnamingModifiers: new Set(sources.unnamingModifiers),
  /** "the nation's intelligence agencies": owners that are one country. */
  nationNouns: new Set(sources.nationNouns),
  soleRanks: new Set(sources.soleRanks),
  soleRankHeads: new Set(sources.soleRankHeads),
  roleHeads: lastWords(sources.roleHeads),
  institutionHeads: lastWords(sources.institutionHeads),
  definite: new Set(sources.definite),
  possessive: new Set(sources.possessive),
  indefinite: new Set(sources.indefinite),
  quantityNouns: new Set(sources.quantityNouns),
  breakers: new Set(sources.breakers),
  sentenceOpeners: new Set(sources.sentenceOpeners),
  firstPerson: new Set(sources.firstPersonPronouns),
  skippable: new Set(speech.skippable),
  lyNouns: new Set(speech.lyNouns),
  passiveMarkers: new Set(speech.passiveMarkers),
  pronouns: new Map(Object.entries(speech.pronouns)),
  negationBridges: new Set(denial.negationBridges),
  /** "a knowingly false statement": dispute words that may only describe a kind of statement. */
  describingAdjectives: new Set(denial.describingAdjectives),
  kindDeterminers: new Set(denial.kindDeterminers),
  propositionNouns: new Set(denial.propositionNouns),
  likenessWords: new Set(denial.likenessWords),
  omissionVerbs: new Set(denial.omissionVerbs),
  reasonOpeners: new Set(denial.reasonOpeners),
  /** "found no evidence": a search's result, unless what was searched for is a claim's support. */
  searchVerbs: new Set(denial.searchVerbs),
  searchNouns: new Set(denial.searchNouns),
  supportVerbs: new Set(denial.supportVerbs),
  hedges: new Set(outlets.hedges),
  passiveHedgeAdverbs: new Set(outlets.passiveHedgeAdverbs),
  notSpeakerLabels: new Set(speech.notSpeakerLabels),
  speaksForHeads: lastWords(sources.speaksForHeads),
  timeWords: new Set(sources.timeWords),
  suppositions: new Set(sources.suppositions),
  timeModifiers: new Set(sources.timeModifiers),
  selfReference: new Set(sources.selfReference),
  pastParticiples: new Set(sources.pastParticiples),
  /** "students interviewed said": participles of being reached that leave a group unnamed. */
  polledParticiples: new Set(sources.polledParticiples),
  /** "officials the Post spoke with": how a party reached unnamed people. */
  contactVerbs: new Set(sources.contactVerbs),
  outletNouns: new Set(outlets.outletNouns),
  /** "a newspaper account", "press accounts": an outlet's reporting when an outlet word modifies them. */
  mediaAccountNouns: new Set(outlets.mediaAccountNouns),
  mediaModifiers: new Set(outlets.mediaModifiers),
  /** A report nobody owns: its modifiers and lead-ins ("after several new reports that"), and a relative clause's verb that makes it ("that the board released"). */
  reportModifiers: new Set(outlets.reportModifiers),
  reportLeadIns: new Set(outlets.reportLeadIns),
  reportMakingVerbs: new Set(outlets.reportMakingVerbs),
  /** "her line was that": speech nouns that state a position only right after their owner ("line of credit", "her phone line" are none). */
  positionOnlyNouns: new Set(speech.positionOnlyNouns),
  /**
   * "the answer that she gave": after a speech noun, "that", a subject and one of these make a
   * relative clause, not the content; "delivered by" names who gave it.
   */
  statementMakingVerbs: new Set(speech.statementMakingVerbs),
  /** "its information came from ...": what a source supplies. */
  informationNouns: new Set(outlets.informationNouns),
  neverModals: new Set(denial.neverModals),
  /** "he'd never have": a pronoun with "'d" read as "would" before "never have". */
  wouldContractions: new Set(denial.wouldContractions),
  askingVerbs: new Set(denial.askingVerbs),
  relationNouns: new Set(denial.relationNouns),
  irregularPast: new Set(denial.irregularPast),
  pastAuxiliaries: new Set(denial.pastAuxiliaries),
  notActions: new Set(denial.notActions),
  /** "went on calling it a hoax": verbs whose particle "on" leaves the subject doing what follows. */
  continuingVerbs: new Set(speech.continuingVerbs),
  seemVerbs: new Set(speech.seemVerbs),
  /** "was quick to deny": adjectives after which "to" + a speech verb is still the act. */
  promptAdjectives: new Set(speech.promptAdjectives),
  refusalVerbs: new Set(speech.refusalVerbs),
  /** "declined to immediately comment": adverbs between a refusal and what it refuses. */
  refusalAdverbs: new Set(speech.refusalAdverbs),
  /** "declined, however, to comment": adverbs set off by commas that leave a refusal whole. */
  asideAdverbs: new Set(speech.asideAdverbs),
  /** "declined requests for comment": what asks for a comment. */
  commentRequests: new Set(speech.commentRequests),
  /** "declined immediate comment", "declined repeated requests": words before the comment or its request. */
  commentModifiers: new Set(speech.commentModifiers),
  /** "declined to discuss it with reporters": whom a refusal to comment answers. */
  pressWords: new Set(speech.pressWords),
  /** "declined to discuss the plan at the meeting": a refusal inside a proceeding, not to the press. */
  proceedingWords: new Set(speech.proceedingWords),
  /** "refused to answer questions on Fifth Amendment grounds": a legal refusal, not one to the press. */
  refusalGrounds: new Set(speech.refusalGrounds),
  /** Words for a recording a broadcast script's clip label names ("SOUNDBITE:", "SOT:"). */
  clipLabels: new Set(speech.clipLabels),
  openQuestions: new Set(speech.openQuestions),
  questionOpeners: new Set(speech.questionOpeners),
  quantityWords: new Set(speech.quantityWords),
  strikingParticles: new Set(speech.strikingParticles),
  struckNouns: new Set(speech.struckNouns),
  tellingNouns: new Set(speech.tellingNouns),
  /** "the mayor's own later account": words between the owner of a telling and its noun. */
  tellingModifiers: new Set(speech.tellingModifiers),
  /** "took to Twitter to deny": going to a public platform to speak. */
  platformVerbs: new Set(speech.platformVerbs),
  platforms: new Set(speech.platforms),
  orderAdjectives: new Set(speech.orderAdjectives),
  /** "denounced the leak": object verbs said in public even when they deny nothing. */
  criticismVerbs: new Set(denial.criticismVerbs),
  /** "The court dismissed the case": who dismisses by ruling, which denies nothing. */
  rulingBodies: new Set(denial.rulingBodies),
  /** Reports and allegations a worthless verdict denies ("called the allegations bogus"), with the report nouns. */
  judgedReports: new Set(denial.judgedReports),
  /** Participles that name whom they address, like "told" ("telling his handlers"). */
  recipientParticiples: new Set(speech.recipientParticiples),
  recipientAdverbs: new Set(speech.recipientAdverbs),
  objectContent: new Set(speech.objectContent),
  speakingContexts: new Set(speech.speakingContexts),
  particles: new Set(denial.particleVerbs.flatMap((verb) => verb.particles)),
  assessmentVerbs: new Set(speech.assessmentVerbs),
  ...evidenceWords,
  ...nameLexicon,
} as const;

const TIME_WORDS: ReadonlySet<string> = new Set([...words.timeWords, ...words.timeModifiers]);
/** A time word or a word that places one: "Friday", "later", "last", "on" (one set: most tokens a rule walks past ask). */
export function isTimeWord(text: string): boolean {
  return TIME_WORDS.has(text);
}

/**
 * Every word the lexicons mention (the tagger gives other words no text), marking those a
 * sentence needs before it can show any sourcing: each anchor phrase's key word.
 */
export const vocabulary = new WordVocabulary(
  [
    ...table.words(),
    ...Object.values(words).flatMap((value) => (value instanceof Set ? [...value] : value instanceof Map ? [...value.keys()] : [])),
  ],
  new Set(table.keyWords(ANCHORS)),
);
table.indexBy(vocabulary);

/**
 * A lower-case word ending in "-ly" that is an adverb ("politely"), not a noun like "ally" or
 * "family": a token helper that reads the lexicon, so it lives here (tokens.ts must not import it).
 */
export function isLyAdverb(token: Token): boolean {
  return !token.cap && token.ly && !words.lyNouns.has(token.text);
}
