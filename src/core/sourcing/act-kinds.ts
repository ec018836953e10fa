/**
 * The sourcing kinds one speech act shows, from who speaks (named, unnamed, an outlet, a
 * document, an intercept) and how (a denial, a hedge, a private exchange), and the words shown as its cue.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { Act } from './acts.js';
import type { BlockMemory } from './block-memory.js';
import type { TokenCue } from './cues.js';
import { contentDecidesSense, type VerbFlags } from './cue-table.js';
import { words } from './lexicon.js';
import { citedBook, narratedBook, unnamedAuthor } from './book-sources.js';
import { decisionWithoutRuling } from './unstated-acts.js';
import { PERSON_PRONOUNS } from './pronouns.js';
import { paperActOf } from './paper-verbs.js';
import { hitAt, hitWithin, type SentenceView } from './sentence.js';
import { publishesNamedInterview } from './published-interviews.js';
import { isOutletOrWire } from './speaker.js';

/** How far (in tokens) a speaker may stand from its verb and still be shown as part of the cue. */
const CUE_REACH = 6;

/**
 * The answers of actKinds, shared: it is asked several times per act, and callers only read
 * them (a filtered copy is a new array).
 */
const NO_KINDS: readonly SourcingKind[] = Object.freeze([]);
const DOCUMENT: readonly SourcingKind[] = Object.freeze(['document']);
const ANONYMOUS: readonly SourcingKind[] = Object.freeze(['anonymous']);
const RELAYED: readonly SourcingKind[] = Object.freeze(['relayed']);
const INTERCEPT: readonly SourcingKind[] = Object.freeze(['intercept']);
const DENIAL: readonly SourcingKind[] = Object.freeze(['denial']);
const ON_RECORD: readonly SourcingKind[] = Object.freeze(['on-record']);
const ON_RECORD_DENIAL: readonly SourcingKind[] = Object.freeze(['on-record', 'denial']);
/** A memoir's author narrating it: a participant on the record, in a document. */
const ON_RECORD_DOCUMENT: readonly SourcingKind[] = Object.freeze(['on-record', 'document']);

/** The kinds one speech act shows, given who speaks and how. */
export function actKinds(view: SentenceView, act: Act, memory: BlockMemory): readonly SourcingKind[] {
  const flags = act.verb.phrase.data.verb ?? {};
  const cls = act.speaker.cls === 'pronoun' ? memory.resolve(act.speaker.partitive === true, PERSON_PRONOUNS.has(view.tokens[act.speaker.from]!.text)) : act.speaker.cls;
  // "Story continues below advertisement": page furniture, a document verb followed only by a place.
  const next = view.tokens[act.verb.to]?.text ?? '';
  if (act.kind === 'document' && words.prepositions.has(next) && view.to - act.verb.to <= 2) return NO_KINDS;
  const named = cls === 'named' || cls === 'statement';
  // "The paper also reports that ...": "the paper" reporting is a newspaper; saying it ("the paper
  // said", "according to the paper"), it is one too unless the sentence is about research.
  const paper = cls === 'document' && (isThePaper(view, act) ? flags.outletOnly === true || relaysAsOutlet(act, flags) && !aboutResearch(view) : reportingPaper(view, act, flags));
  const reported = isOutletOrWire(cls) || cls === 'report' || paper;
  if (flags.outletOnly && !reported) return named && !act.hedged && words.companySuffixes.has(view.tokens[act.speaker.to]!.text) ? ON_RECORD : NO_KINDS; // "Harbor Foods Inc reported a loss"
  if (act.kind === 'document' && (cls === 'anonymous' || cls === 'named') && assessedByBody(view, act)) return DOCUMENT;
  if (act.kind === 'document' && !reported && cls !== 'document' && cls !== 'statement' && cls !== 'intercept') return NO_KINDS;
  // "Protesters raged outside", "Officials declared an emergency": a verb whose content decides its
  // sense says nothing without it. Other verbs that need content still mark unnamed people as
  // sources without it ("officials who spoke on condition of anonymity", "who spoke to the Post").
  if (cls === 'anonymous') return act.privateRecipient || (contentDecidesSense(flags) && !act.hasContent) ? NO_KINDS : ANONYMOUS;
  if (reported && flags.refusal) return ON_RECORD; // "Reuters declined to comment": the outlet answers as a party
  if (reported && flags.outletOnly && publishesNamedInterview(view, act)) return NO_KINDS;
  if (reported) return act.kind === 'denial' ? ON_RECORD_DENIAL : flags.needsContent && !act.hasContent ? NO_KINDS : RELAYED;
  // "According to U.S. intelligence agencies, the envoy described the calls": what spies gathered, as with "spy agencies".
  if (cls === 'intercept' || (act.kind === 'source' && cls === 'named' && citesSpyAgencies(view, act))) return INTERCEPT;
  // "A lawsuit filed in May accuses the firm of ...": a document says what any speaker would
  // ("the paper admits" is the newspaper speaking, not a document).
  const speaks = act.kind === 'speech' && !flags.outletOnly && !(flags.needsContent && !act.hasContent) && !hitWithin(view, 'recipientOutlet', act.speaker.from, act.speaker.to);
  if (cls === 'document') {
    if (!(act.kind === 'document' || act.kind === 'source' || speaks || paperActOf(view, act.verb, act.speaker)) || decisionWithoutRuling(view, act)) return NO_KINDS;
    return citedBook(view, act, memory) === 'relayed' ? RELAYED : DOCUMENT;
  }
  if (!named) return NO_KINDS;
  if (act.kind === 'denial') return act.hedged ? DENIAL : ON_RECORD_DENIAL;
  if (flags.outletOnly || act.hedged || act.privateRecipient || (flags.needsContent && !act.hasContent)) return NO_KINDS;
  if (unnamedAuthor(view, act)) return ANONYMOUS;
  const book = narratedBook(view, act, memory);
  return book === 'relayed' ? RELAYED : book === 'memoir' ? ON_RECORD_DOCUMENT : ON_RECORD;
}

/**
 * A country's intelligence agencies cited for communications ("according to the nation's
 * intelligence agencies, the envoy cabled home"): intelligence they gathered. Cited for a
 * finding ("a power that, according to U.S. intelligence agencies, attacked our election"), they speak on the record.
 */
function citesSpyAgencies(view: SentenceView, act: Act): boolean {
  const { tokens } = view;
  const { speaker } = act;
  if (tokens[speaker.to]!.text !== 'agencies' || tokens[speaker.to - 1]?.text !== 'intelligence') return false;
  for (const hit of view.hits) if (hit.category === 'interceptContext' && (hit.to <= speaker.from || hit.from > speaker.to) && !tokens[hit.from]!.quoted) return true;
  return false;
}

/** The speaker is just "the paper", a newspaper or a study by its verb. */
function isThePaper(view: SentenceView, act: Act): boolean {
  return hitAt(view, 'recipientOutlet', act.speaker.from)?.to === act.speaker.to + 1;
}

/** "The county's daily paper, the Record, reported": a paper that reports is a newspaper, unless the sentence is about research. */
function reportingPaper(view: SentenceView, act: Act, flags: VerbFlags): boolean {
  const head = act.speaker.to;
  return flags.outletOnly === true && view.tokens[head]!.text === 'paper' && !words.documentPapers.has(view.tokens[head - 1]?.text ?? '') && !aboutResearch(view);
}

/** "according to the paper", "the paper said": what the paper is cited for ("the paper admits" only concedes). */
function relaysAsOutlet(act: Act, flags: VerbFlags): boolean {
  return act.kind === 'source' || (act.kind === 'speech' && flags.invertible === true);
}

/** The sentence speaks of research: its "paper" is a study. */
function aboutResearch(view: SentenceView): boolean {
  for (let k = view.from; k < view.to; k++) if (words.scholarlyWords.has(view.tokens[k]!.text)) return true;
  return false;
}

/** "The intelligence agencies concluded that ...": an official body's published finding. */
function assessedByBody(view: SentenceView, act: Act): boolean {
  const { speaker, verb } = act;
  return words.assessmentVerbs.has(view.tokens[verb.from]!.text) && hitWithin(view, 'officialBody', speaker.from, speaker.to) !== undefined;
}

export function actCue(act: Act, kind: SourcingKind): TokenCue {
  const { speaker, verb } = act;
  // "told the Post": the cue runs on to the outlet after the verb (not to one inside the speaker's phrase).
  const verbEnd = act.recipientOutlet && act.recipientOutlet.from >= verb.to ? act.recipientOutlet.to - 1 : verb.to - 1;
  if (speaker.to >= speaker.from && speaker.to < verb.from && verb.from - speaker.to <= CUE_REACH) return { kind, from: speaker.from, to: verbEnd };
  if (speaker.from >= verb.to && speaker.from - verb.to <= CUE_REACH) return { kind, from: verb.from, to: speaker.to };
  return { kind, from: verb.from, to: verbEnd };
}
