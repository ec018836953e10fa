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
import { hitAt, speakerLabelEnd, viewSentence, type SentenceView } from './sentence.js';
import { anchorHashes, vocabulary } from './lexicon.js';
import { findQuotes, type Quotes } from './quotes.js';
import { hasKeyWord, tokenizeSpan, type Token } from './tokens.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** How far (in tokens) a speaker may stand from its verb and still be shown as part of the cue. */
const CUE_REACH = 6;

/** A transcript's speaker label ("Ferreira: ...") ends this close to the start of its block. */
const LABEL_REACH = 40;

export function tagBlock(text: string, sentences: readonly SentenceSpan[]): SourcingCue[][] {
  const memory = new BlockMemory();
  let quotes: Quotes | null = null;
  return sentences.map((sentence, index) => {
    const opensBlock = index === 0;
    if (!worthReading(text, sentence, opensBlock, memory)) {
      memory.endSentence(null);
      return [];
    }
    quotes ??= findQuotes(text);
    const tokens = tokenizeSpan(text, sentence.start, sentence.end, quotes, vocabulary);
    return toSourcingCues(text, tokens, tagSentence(tokens, 0, tokens.length, opensBlock, memory));
  });
}

/** Whether a sentence can show any sourcing: it has a cue word, a speaker label, or may continue an attributed quotation. */
function worthReading(text: string, sentence: SentenceSpan, opensBlock: boolean, memory: BlockMemory): boolean {
  if (hasKeyWord(text, sentence.start, sentence.end, anchorHashes)) return true;
  if (memory.awaitsQuote() && /^\s*["\u201c\u201e\u00ab\u2018]/.test(text.slice(sentence.start, sentence.start + 4))) return true;
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
  // What an act's verb introduces, up to the clause's end: "the minutes show that two members argued".
  let documentSays: Range = { from: view.to, to: view.to };
  let speechSays: Range = { from: view.to, to: view.to };
  for (const act of acts) {
    const at = act.verb.from;
    if (at >= documentSays.from && at < documentSays.to) continue; // the document's content, not a speaker
    if (act.verb.phrase.data.verb?.weak && at >= speechSays.from && at < speechSays.to) continue; // "said the campaign expected"
    const kinds = actKinds(view, act, memory);
    if (kinds.length > 0) speechSays = { from: act.verb.to, to: clauseEnd(view, act.verb.to) };
    if (kinds.length === 1 && kinds[0] === 'document' && act.speaker.to < at) documentSays = speechSays;
    for (const kind of kinds) cues.push(actCue(act, kind));
    const outlet = act.recipientOutlet;
    if (outlet && !outlet.wire && (kinds.includes('anonymous') || act.verb.category === 'citing')) {
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

/** Where the clause that starts at token `i` ends: its first comma or semicolon. */
function clauseEnd(view: SentenceView, i: number): number {
  let k = i;
  while (k < view.to && view.tokens[k]!.text !== ',' && view.tokens[k]!.text !== ';') k++;
  return k;
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
  const named = cls === 'named' || cls === 'statement';
  const reported = cls === 'outlet' || cls === 'wire' || cls === 'report';
  if (flags.outletOnly && !reported) return [];
  if (act.kind === 'document' && !reported && cls !== 'document' && cls !== 'statement' && cls !== 'intercept') return [];
  if (cls === 'anonymous') return ['anonymous'];
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

/** Token cues to offsets in the original text; one cue per kind and span, in reading order. */
function toSourcingCues(text: string, tokens: readonly Token[], cues: readonly TokenCue[]): SourcingCue[] {
  const out: SourcingCue[] = [];
  // Sorted by start, longest first: a cue inside an earlier one of its kind ends by that one's end.
  const reach = new Map<SourcingKind, number>();
  for (const cue of [...cues].sort(byStartThenLength)) {
    const start = tokens[cue.from]!.start;
    const end = tokens[cue.to]!.end;
    if ((reach.get(cue.kind) ?? -1) >= end) continue;
    reach.set(cue.kind, end);
    out.push({ kind: cue.kind, cue: text.slice(start, end), start, end });
  }
  return out;
}
