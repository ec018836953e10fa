/**
 * The sourcing tagger: for each sentence of a block (paragraph, headline, caption), the kinds of
 * sourcing it shows and the words that show each. It takes the whole block because a pronoun
 * ("she said") takes its speaker from earlier in the paragraph and a quotation may span sentences.
 * A sentence with no cue word in it is skipped before it is even tokenized.
 */
import type { SourcingCue } from '../report.js';
import type { SourcingKind } from '../sourcing-kinds.js';
import { findActs, type Act } from './acts.js';
import { freeCues, type TokenCue } from './cues.js';
import { negatedStatements, type Range } from './denial.js';
import { BlockMemory } from './block-memory.js';
import { clauseBreaks, clauseEnd, isContentAct, relayedContents, reportLabelEnd, trailingContentStart } from './clauses.js';
import { hitAt, speakerLabelEnd, viewSentence, type SentenceView } from './sentence.js';
import { readBlock, type ReadBlock } from '../text/read-block.js';
import { words } from './lexicon.js';
import type { Token } from './tokens.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** How far (in tokens) a speaker may stand from its verb and still be shown as part of the cue. */
const CUE_REACH = 6;

/** A transcript's speaker label ("Ferreira: ...") ends this close to the start of its block. */
const LABEL_REACH = 40;

export function tagBlock(text: string, sentences: readonly SentenceSpan[]): SourcingCue[][] {
  return tagRead(readBlock(text, sentences));
}

/** The cues of each sentence of a block already read. */
export function tagRead(block: ReadBlock): SourcingCue[][] {
  const memory = new BlockMemory();
  const { text } = block;
  return block.sentences.map((tokens, index) => {
    const opensBlock = index === 0;
    if (!worthReading(text, tokens, block.spans[index]!, opensBlock, memory)) {
      memory.endSentence(null);
      return NO_CUES;
    }
    return toSourcingCues(text, tokens, tagSentence(tokens, 0, tokens.length, opensBlock, memory));
  });
}

/** Shared by every sentence without a cue: callers only read it. */
const NO_CUES: SourcingCue[] = [];

/** Whether a sentence can show any sourcing: it has a cue word, a speaker label, or may continue an attributed quotation. */
function worthReading(text: string, tokens: readonly Token[], sentence: SentenceSpan, opensBlock: boolean, memory: BlockMemory): boolean {
  for (const token of tokens) if (token.anchor) return true;
  if (memory.awaitsQuote() && tokens[0]?.quote === 'open') return true;
  if (!opensBlock) return false;
  const colon = text.indexOf(':', sentence.start);
  return colon > sentence.start && colon < Math.min(sentence.end, sentence.start + LABEL_REACH);
}

function tagSentence(tokens: readonly Token[], from: number, to: number, opensBlock: boolean, memory: BlockMemory): TokenCue[] {
  const carried = memory.quoteSpeaker(tokens, from, to);
  const view = viewSentence(tokens, from, to, carried !== null);
  if (!view || isQuestion(tokens, from, to)) {
    memory.endSentence(null);
    return [];
  }
  const cues: TokenCue[] = [];
  let identifiedSpeaks = false;
  if (carried) {
    cues.push({ kind: carried, from, to: to - 1 });
    identifiedSpeaks = carried === 'on-record';
  }
  const labelEnd = opensBlock ? speakerLabelEnd(tokens, from, to) : -1;
  if (labelEnd > 0) {
    cues.push({ kind: 'on-record', from, to: labelEnd - 1 });
    identifiedSpeaks = true;
  }
  let attribution: SourcingKind | null = null;
  const acts = findActs(view);
  // What a document, an intercept or another outlet is said to hold ("the minutes show that two
  // members argued", "after reports that the envoy described"): its content, not speakers of its own.
  // Ranges in order of start; acts come in order too, so one pass over both.
  const breaks = clauseBreaks(view);
  const contents: Range[] = relayedContents(view, breaks);
  // A headline opening "Report:" relays all that follows.
  const reportLabel = opensBlock ? reportLabelEnd(view) : -1;
  if (reportLabel >= 0) {
    cues.push({ kind: 'relayed', from, to: reportLabel - 1 });
    contents.unshift({ from: reportLabel, to: view.to });
  }
  let nextContent = 0;
  let contentTo = -1;
  // "Kislyak told Moscow of the talks, intercepts suggest": what comes before is the content too.
  const contentBefore = trailingContentStart(view, acts, (act) => actKinds(view, act, memory));
  let speechSays: Range = { from: view.to, to: view.to };
  let actSays: Range = speechSays;
  for (const act of acts) {
    const at = act.verb.from;
    while (nextContent < contents.length && contents[nextContent]!.from <= at) contentTo = Math.max(contentTo, contents[nextContent++]!.to);
    if (at < contentTo || (at >= actSays.from && at < actSays.to)) continue;
    if (act.verb.phrase.data.verb?.weak && at >= speechSays.from && at < speechSays.to) continue; // "said the campaign expected"
    let kinds = actKinds(view, act, memory);
    if (at < contentBefore) kinds = kinds.filter((kind) => kind !== 'on-record');
    if (kinds.length > 0) speechSays = { from: act.verb.to, to: clauseEnd(view, breaks, act.verb.to, isContentAct(act, kinds)) };
    if (isContentAct(act, kinds)) actSays = speechSays;
    for (const kind of kinds) cues.push(actCue(act, kind));
    const outlet = act.recipientOutlet;
    if (outlet && !outlet.wire && outlet.to <= act.verb.from) cues.push({ kind: 'relayed', from: outlet.from, to: act.verb.to - 1 }); // "the paper is citing officials"
    else if (outlet && !outlet.wire && (kinds.includes('anonymous') || act.verb.category === 'citing')) {
      cues.push({ kind: 'relayed', from: act.verb.from, to: outlet.to - 1 });
    }
    if (kinds.includes('on-record')) identifiedSpeaks = true;
    const speakerKind = kinds.includes('on-record') ? 'on-record' : kinds.includes('anonymous') ? 'anonymous' : null;
    if (speakerKind) memory.heard(speakerKind === 'on-record' ? 'named' : 'anonymous');
    attribution = act.afterQuote && speakerKind ? speakerKind : null;
  }
  cues.push(...freeCues(view));
  if (identifiedSpeaks) cues.push(...negatedStatements(view, view.from, subjectsOf(acts)));
  else {
    const assertion = identifiedAssertion(view);
    if (assertion >= 0) cues.push(...negatedStatements(view, assertion));
  }
  memory.endSentence(attribution);
  return cues;
}

/** How the speakers are described ("Brandt, who was not involved, said"): not what they say. */
function subjectsOf(acts: readonly Act[]): Range[] {
  const subjects: Range[] = [];
  for (const act of acts) if (act.subject) subjects.push(act.subject);
  return subjects;
}

/** A question attributes nothing ("What did the study find?"). */
function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && tokens[last]!.quote) last--;
  return tokens[last]?.text === '?';
}

/** The kinds one speech act shows, given who speaks and how. */
function actKinds(view: SentenceView, act: Act, memory: BlockMemory): SourcingKind[] {
  const flags = act.verb.phrase.data.verb ?? {};
  const cls = act.speaker.cls === 'pronoun' ? memory.resolve(act.speaker.partitive === true) : act.speaker.cls;
  // "Story continues below advertisement": page furniture, a document verb followed only by a place.
  const next = view.tokens[act.verb.to]?.text ?? '';
  if (act.kind === 'document' && words.prepositions.has(next) && view.to - act.verb.to <= 2) return [];
  const named = cls === 'named' || cls === 'statement';
  const reported = cls === 'outlet' || cls === 'wire' || cls === 'report';
  if (flags.outletOnly && !reported) return [];
  if (act.kind === 'document' && !reported && cls !== 'document' && cls !== 'statement' && cls !== 'intercept') return [];
  if (cls === 'anonymous') return act.privateRecipient ? [] : ['anonymous'];
  if (reported) return act.kind === 'denial' ? ['on-record', 'denial'] : ['relayed'];
  if (cls === 'intercept') return ['intercept'];
  if (cls === 'document') return act.kind === 'document' || act.kind === 'source' || hitAt(view, 'docVerb', act.verb.from) ? ['document'] : [];
  if (!named) return [];
  if (act.kind === 'denial') return act.hedged ? ['denial'] : ['on-record', 'denial'];
  if (flags.outletOnly || act.hedged || act.privateRecipient || (flags.needsContent && !act.hasContent)) return [];
  return ['on-record'];
}

function actCue(act: Act, kind: SourcingKind): TokenCue {
  const { speaker, verb } = act;
  const verbEnd = act.recipientOutlet ? act.recipientOutlet.to - 1 : verb.to - 1;
  if (speaker.to >= speaker.from && speaker.to < verb.from && verb.from - speaker.to <= CUE_REACH) return { kind, from: speaker.from, to: verbEnd };
  if (speaker.from >= verb.to && speaker.from - verb.to <= CUE_REACH) return { kind, from: verb.from, to: speaker.to };
  return { kind, from: verb.from, to: verbEnd };
}

/** Where the content of an identified party's assertion starts ("the mayor's assertion that ..."), or -1. */
function identifiedAssertion(view: SentenceView): number {
  for (const hit of view.hits) {
    if (hit.category !== 'speechNoun' || view.tokens[hit.from]!.quoted || view.tokens[hit.to]?.text !== 'that') continue;
    const before = view.tokens[hit.from - 1];
    const owner = before?.text === "'" ? view.tokens[hit.from - 2] : before;
    if (owner?.cap && (before!.text === "'" || owner.poss)) return hit.to;
  }
  return -1;
}


function byStartThenLength(a: TokenCue, b: TokenCue): number {
  return a.from - b.from || b.to - a.to;
}

/** Stable insertion sort in place (a sentence has a few cues; Array.sort would allocate). */
function sortCues(cues: TokenCue[]): TokenCue[] {
  for (let k = 1; k < cues.length; k++) {
    const cue = cues[k]!;
    let j = k - 1;
    while (j >= 0 && byStartThenLength(cues[j]!, cue) > 0) {
      cues[j + 1] = cues[j]!;
      j--;
    }
    cues[j + 1] = cue;
  }
  return cues;
}

/** Token cues to offsets in the original text; one cue per kind and span, in reading order. */
/** How far the cues of each kind reach in the sentence being converted (cleared for each). */
const reach = new Map<SourcingKind, number>();

function toSourcingCues(text: string, tokens: readonly Token[], cues: TokenCue[]): SourcingCue[] {
  if (cues.length === 0) return NO_CUES;
  const out: SourcingCue[] = [];
  // Sorted by start, longest first: a cue inside an earlier one of its kind ends by that one's end.
  reach.clear();
  for (const cue of sortCues(cues)) {
    const start = tokens[cue.from]!.start;
    const end = tokens[cue.to]!.end;
    if ((reach.get(cue.kind) ?? -1) >= end) continue;
    reach.set(cue.kind, end);
    out.push({ kind: cue.kind, cue: text.slice(start, end), start, end });
  }
  return out;
}
