/**
 * Acts that name a source rather than a speaker: "according to officials", "citing the accounts
 * of officials", a document's own citing ("the complaint cites three payments"), and quotation
 * through the press ("X was quoted by the Post as saying").
 */
import { words } from './lexicon.js';
import { classify, NO_SPEAKER, type Speaker } from './speaker.js';
import { isSkippable, pastComparison, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';
import type { CueHit, SentenceView } from './sentence.js';
import { citingOutlet, contactingOutlet, outletAt } from './act-recipients.js';
import { subjectBefore } from './act-subjects.js';
import { beforeAside } from './speaker-asides.js';
import { baseAct, type Act } from './speech-act.js';
import { isPossessiveOwner } from './tokens.js';
import { guessedPeople, isCreditVerb, namesReporting, suppliedBy } from './credit-acts.js';

const INTERVIEW_NOUNS = new Set(['interview', 'interviews', 'conversation', 'conversations']);

/** "according to officials", "citing officials": the source named after the cue, or the document that cites. */
export function sourceAct(view: SentenceView, hit: CueHit): Act {
  // "The union's complaint, however, cites three payments": a document's own citing.
  const outlet = hit.category === 'citing' ? citingOutlet(view, hit) : null;
  const cited = hit.category === 'citing' && !outlet ? documentBefore(view, hit.from - 1) : null;
  if (cited) return baseAct('document', hit, cited, view);
  const start = pastComparison(view, hit.to);
  const end = phraseEndingAfter(view, start);
  let source = classify(view, start, end);
  // "an aide quoted by the paper": "the paper" after "quoted by" is the outlet, not a document.
  const quoter = hit.category === 'citing' && view.tokens[hit.to]?.text === 'by' ? outletAt(view, hit.to + 1) : null;
  if (quoter) source = { cls: quoter.wire ? 'wire' : 'outlet', from: quoter.from, to: quoter.to - 1 };
  // "attributed its story to two officials", "credited its account to aides": the source follows "to", whatever the object is.
  if (namesSourceAfterTo(view.tokens[hit.from]!.text)) {
    for (let k = hit.to + 1; k < end; k++) {
      if (view.tokens[k]!.text !== 'to') continue;
      const named = classify(view, k + 1, phraseEndingAfter(view, k + 1));
      if (named.cls !== 'none') source = named;
      break;
    }
  }
  if (source.cls === 'none') source = tellingOwner(view, hit.to, end);
  // "attributed the information to two officials", "citing the accounts of officials", "based on descriptions from aides"
  for (let k = hit.to + 1; source.cls === 'none' && k < end; k++) {
    const text = view.tokens[k]!.text;
    // "based on interviews with officials": the people interviewed.
    const interviewed = text === 'with' && INTERVIEW_NOUNS.has(view.tokens[k - 1]!.text);
    // "the accounts of officials", not "the decisions of the department": "of" names a source only after what one supplies.
    const supplied = text === 'of' && suppliedBy(view, k - 1);
    if (text === 'to' || supplied || text === 'from' || interviewed) source = classify(view, k + 1, phraseEndingAfter(view, k + 1));
  }
  if (leansOnThing(view, hit, source) || arrivesUnsourced(view, hit)) source = NO_SPEAKER;
  const act = baseAct('source', hit, source, view);
  if (hit.category === 'citing') act.recipientOutlet = outlet ?? undefined;
  else act.recipientOutlet = contactingOutlet(view, source) ?? undefined;
  return act;
}

/** Verbs of attributing and crediting, whose source follows "to" ("attributed the remark to", "credited its story to"). */
function namesSourceAfterTo(verb: string): boolean {
  return verb.startsWith('attribut') || isCreditVerb(verb);
}

/**
 * "according to the mayor's own account", "by the Post's later telling": the owner of a telling in
 * [from, end] is the source, or no speaker; with `noun`, only the telling noun at that token counts.
 */
function tellingOwner(view: SentenceView, from: number, end: number, noun = -1): Speaker {
  const { tokens } = view;
  for (let k = from; k <= end; k++) {
    if (!isPossessiveOwner(tokens, k)) continue;
    let head = tokens[k + 1]?.text === "'" ? k + 2 : k + 1;
    while (words.tellingModifiers.has(tokens[head]?.text ?? '')) head++;
    const told = noun < 0 ? words.tellingNouns.has(tokens[head]?.text ?? '') : head === noun;
    return told ? classify(view, from, k) : NO_SPEAKER;
  }
  return NO_SPEAKER;
}

/** Most tokens between "by" and a telling noun ("by one former senior official's own"). */
const OWNER_REACH = 7;

/**
 * "By the Post's account, ...", "by one official's telling", "by Smith's own reckoning": the owner
 * of a telling after "by" is its source, as after "according to" (tellingOwner); "by his own
 * account" is an ownAccount phrase. Only set off from its clause (setOff).
 */
export function tellingByAct(view: SentenceView, hit: CueHit): Act | null {
  const { tokens } = view;
  let by = hit.from - 1;
  while (by > view.from && hit.from - by < OWNER_REACH && tokens[by]!.text !== 'by' && (tokens[by]!.word || tokens[by]!.text === "'")) by--;
  if (tokens[by]?.text !== 'by' || !setOff(view, by, hit.to)) return null;
  const source = tellingOwner(view, by + 1, hit.from - 1, hit.from);
  return source.cls === 'none' ? null : baseAct('source', { ...hit, from: by }, source, view);
}

/**
 * "By the Post's account, ...", "..., by the Post's account.": the phrase from token `by` to `end`
 * (exclusive) stands apart from the clause, opening it or set off by punctuation, so it says whose
 * telling the clause is; "paid by the company's account at the bank" names the payer.
 */
export function setOff(view: SentenceView, by: number, end: number): boolean {
  const { tokens } = view;
  const opens = by === view.from || !tokens[by - 1]!.word;
  return opens && (end >= view.to || !tokens[end]!.word || tokens[end]!.text === 'and');
}

/** Pronouns that, after "relying on" or "based on", stand for things (the evidence, the cables) rather than people. */
const THING_PRONOUNS = new Set(['it', 'them']);

/** "hurdles in relying on them", "a case based on it": what one leans on here is a thing named before, no speaker. */
function leansOnThing(view: SentenceView, hit: CueHit, source: Speaker): boolean {
  return source.cls === 'pronoun' && view.tokens[hit.to - 1]!.text === 'on' && THING_PRONOUNS.has(view.tokens[source.from]!.text);
}

/** Forms of "come from", which cite a source only after what a source supplies. */
const ARRIVALS = new Set(['come', 'comes', 'came']);

/** "the money came from donors": "came from" after no information noun ("its information came from") names no source. */
function arrivesUnsourced(view: SentenceView, hit: CueHit): boolean {
  if (!ARRIVALS.has(view.tokens[hit.from]!.text)) return false;
  let k = hit.from - 1;
  while (k >= view.from && isSkippable(view.tokens[k]!)) k--;
  return !words.informationNouns.has(view.tokens[k]?.text ?? '');
}

/**
 * "(the paper said) its information came from two officials", "(The Post said) its account of the
 * meeting rested on officials": the outlet names its own sources, not content it reports. Not its
 * account resting on "a server in Virginia": past "came from", only sources the lexicon knows.
 */
export function citesOwnSources(view: SentenceView, act: Act): boolean {
  if (act.kind !== 'source' || act.verb.category !== 'citing' || act.speaker.cls === 'none') return false;
  if (!ARRIVALS.has(view.tokens[act.verb.from]!.text) && guessedPeople(view, act.speaker)) return false;
  let k = act.verb.from - 1;
  while (k >= view.from && isSkippable(view.tokens[k]!)) k--;
  // Back past the report's of-phrase ("its account of the meeting") to its owner.
  for (let owner = k - 1; owner >= view.from && k - owner <= OWN_REPORT_REACH; owner--) {
    const token = view.tokens[owner]!;
    if (!token.word) return false;
    if (token.text !== 'its' && token.text !== 'their') continue;
    const head = view.tokens[owner + 1]?.text === 'own' ? owner + 2 : owner + 1;
    return namesReporting(view, head) && (head === k || view.tokens[head + 1]?.text === 'of');
  }
  return false;
}

/** How far before a citing verb an outlet's own report may start ("its account of the March meeting rested on"). */
const OWN_REPORT_REACH = 7;

/** A document named by the phrase ending at token `i` (past adverbs and an aside), or null. */
function documentBefore(view: SentenceView, i: number): Speaker | null {
  let k = beforeAside(view, i);
  while (k >= view.from && isSkippable(view.tokens[k]!)) k--;
  if (k < view.from || !view.tokens[k]!.word) return null;
  const speaker = classify(view, phraseStartingBefore(view, k), k);
  return speaker.cls === 'document' ? speaker : null;
}

/**
 * "X was quoted (by the Post) as saying", "the aide quoted as calling": X speaks, through the
 * outlet when one is named. `gap`: tokens between the subject and the verb, plus one.
 */
export function quotedAct(view: SentenceView, hit: CueHit, gap: number): Act | null {
  const subject = subjectBefore(view, hit.from - gap, hit);
  if (!subject) return null;
  const act = baseAct('speech', hit, subject.speaker, view);
  if (view.tokens[hit.to]?.text === 'by') act.recipientOutlet = outletAt(view, hit.to + 1) ?? undefined;
  else act.pressQuoted = view.tokens[hit.to]?.text === 'as';
  act.hasContent = true;
  return act;
}
