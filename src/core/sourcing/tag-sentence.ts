/**
 * The sourcing cues of one sentence, as token ranges: its speech acts and who makes them, a
 * block-opening label, cues free of any act, and denials by an identified speaker. What a
 * document, an outlet or unnamed people are said to say is kept apart from who speaks here.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import { findActs, type Act } from './acts.js';
import { freeCues, type TokenCue } from './cues.js';
import { outletContactCues } from './outlet-contacts.js';
import { negatedStatements, type Range } from './denial.js';
import type { BlockMemory } from './block-memory.js';
import { ownedStatements } from './owned-statements.js';
import { clauseBreaks, insertInOrder, isContentAct, isUnnamed, relayedContents, saidRange, sourcedAfterColon, trailingContentStart, type Content } from './clauses.js';
import { readLabel } from './labels.js';
import { outletBeforeColon, statementCredit } from './credits.js';
import { outletAt } from './act-recipients.js';
import { HeldContents, pushRelayCues, within } from './relay-cues.js';
import { hitAt, viewSentence, type SentenceView } from './sentence.js';
import { actCue, actKinds } from './act-kinds.js';
import { isQuestion, statedBeforeQuestion } from './questions.js';
import { isTimeWord } from './lexicon.js';
import { platformPhraseEnd } from './verb-frames.js';
import { withoutOwnLetter } from './own-letters.js';
import { withoutMessageSpeakers } from './message-speakers.js';
import { identifiedAssertion, notStatedBy } from './denial-scope.js';
import type { Token } from './tokens.js';

/** A block-opening label: its first token, its colon token, and whether it opens other blocks of the document. */
export interface LabelAt {
  start: number;
  colon: number;
  recurs: boolean;
  /** The block's text, which tells whether the label is in capitals throughout ("COURT FILING:"), read only if asked. */
  text: string;
}

/** `always`: read the sentence even without a cue word (it may end with an outlet's credit). */
export function tagSentence(tokens: readonly Token[], from: number, to: number, labelAt: LabelAt | null, always: boolean, memory: BlockMemory): TokenCue[] {
  const carried = memory.quoteSpeaker(tokens, from, to);
  const statement = isQuestion(tokens, from, to) ? statedBeforeQuestion(tokens, from, to, labelAt?.colon ?? from) : to;
  const view = viewSentence(tokens, from, statement, always || carried !== null || labelAt !== null);
  if (!view || statement <= from) {
    memory.endSentence(null);
    return [];
  }
  const cues: TokenCue[] = [];
  let identifiedSpeaks = false;
  if (carried) {
    cues.push({ kind: carried, from, to: to - 1 });
    identifiedSpeaks = carried === 'on-record';
  }
  let attribution: SourcingKind | null = null;
  const acts = findActs(view);
  if (memory.continuesQuote(tokens, from)) attributeQuoteBefore(view, acts);
  // What a document, an intercept or another outlet is said to hold ("the minutes show that two
  // members argued", "after reports that the envoy described"): its content, not speakers of its
  // own, save the unnamed people an outlet relays ("the paper says two aides described").
  // Ranges in order of start; acts come in order too, so one pass over both.
  const breaks = clauseBreaks(view);
  const contents: Content[] = relayedContents(view, breaks);
  const kindsOf = (act: Act) => actKinds(view, act, memory);
  sourcedAfterColon(view, acts, kindsOf, contents);
  const fromOutlet = outletBeforeColon(view);
  if (fromOutlet) {
    cues.push(fromOutlet);
    insertInOrder(contents, { from: fromOutlet.to + 2, to: view.to, relayed: true });
  }
  // A label that is itself a speech act ("Utility hits back:") is read as one; "New report:" is no act.
  const labelAct = labelAt && acts[0] && acts[0].verb.from < labelAt.colon && actKinds(view, acts[0], memory).length > 0;
  const label = labelAt && !labelAct ? readLabel(view, labelAt.text, labelAt.start, labelAt.colon, labelAt.recurs) : null;
  if (label) {
    for (const kind of label.kinds) cues.push({ kind, from: labelAt!.start, to: labelAt!.colon - 1 });
    if (label.kinds.includes('on-record')) identifiedSpeaks = true;
    // "Report: ...", "Officials: ...": what follows is theirs.
    if (label.content) contents.unshift({ from: labelAt!.colon + 1, to: view.to, relayed: label.kinds.includes('relayed') });
  }
  // "'We never met.' — Ana Ruiz, May 3": the credited speaker says all that comes before the dash.
  const credit = statementCredit(view);
  if (credit) cues.push(credit);
  if (credit?.kind === 'on-record') identifiedSpeaks = true;
  // "Kislyak told Moscow of the talks, intercepts suggest": what comes before is the content too.
  const contentBefore = trailingContentStart(view, acts, kindsOf);
  let speechSays: Range = { from: view.to, to: view.to };
  const held = new HeldContents(view, breaks, contents, contentBefore);
  // What unnamed people or another outlet say: a speaker inside it ("officials said the ambassador
  // described ...") is what they report, not someone speaking on the record here; and unnamed
  // people inside what a named speaker says ("Flores said reporters described ...") are hers.
  let unnamedSays: Range = speechSays;
  let namedSays: Range = speechSays;
  const namedContents: Range[] = [];
  // What unnamed people say is no denial by the identified party ("she noted an official called it false").
  const unnamedContents: Range[] = [];
  for (const act of acts) {
    const at = act.verb.from;
    const weakInSpeech = act.verb.phrase.data.verb?.weak === true && within(speechSays, at); // "said the campaign expected"
    if (held.holds(act, weakInSpeech, kindsOf, cues, unnamedContents) || weakInSpeech) continue;
    let kinds = actKinds(view, act, memory);
    // Filtered only when there is something to drop: most acts keep their kinds as they are.
    if (kinds.includes('on-record') && (at < contentBefore || within(unnamedSays, at))) kinds = kinds.filter((kind) => kind !== 'on-record');
    if (kinds.includes('anonymous') && within(namedSays, at) && !outletSource(view, act)) kinds = kinds.filter((kind) => kind !== 'anonymous');
    if (kinds.length > 0) speechSays = saidRange(view, breaks, act, kinds);
    if (isContentAct(act, kinds)) held.readContentAct(speechSays, kinds);
    if (kinds.length > 0 && !kinds.includes('on-record') && (kinds.includes('anonymous') || kinds.includes('relayed'))) unnamedSays = speechSays;
    if (isUnnamed(kinds)) unnamedContents.push(speechSays);
    if (kinds.includes('on-record')) namedContents.push((namedSays = speechSays));
    for (const kind of kinds) cues.push(actCue(act, kind));
    pushRelayCues(cues, view, act, kinds);
    if (kinds.includes('on-record')) identifiedSpeaks = true;
    const speakerKind = kinds.includes('on-record') ? 'on-record' : kinds.includes('anonymous') ? 'anonymous' : null;
    if (speakerKind) memory.heard(speakerKind === 'on-record' ? 'named' : 'anonymous', view.tokens, act.speaker);
    attribution = act.afterQuote && speakerKind ? speakerKind : null;
  }
  const owned: Range[] = [];
  for (const cue of ownedStatements(view, memory, (i) => i < contentBefore || contents.some((range) => i >= range.from && i <= range.to), owned)) cues.push(cue);
  // "She doubted an intercept described by anonymous sources": unnamed people inside what she says are hers to cite.
  const insideNamed = (cue: TokenCue) => namedContents.some((says) => cue.from >= says.from && cue.from < says.to);
  for (const cue of freeCues(view)) if (cue.kind !== 'anonymous' || !insideNamed(cue)) cues.push(cue); // loops, not push(...spread): a generic call per sentence
  for (const cue of outletContactCues(view)) if (!insideNamed(cue)) cues.push(cue);
  if (identifiedSpeaks) {
    const skip = notStatedBy(view, acts);
    skip.push(...unnamedContents);
    if (credit) skip.push(credit);
    for (const cue of negatedStatements(view, view.from, skip)) cues.push(cue);
  } else if (owned.length > 0) {
    // Only what the owner says: "His excuse — that he never ... — made little sense".
    for (const says of owned) for (const cue of negatedStatements(view, says.from, [{ from: says.to + 1, to: view.to - 1 }])) cues.push(cue);
  } else {
    const assertion = identifiedAssertion(view);
    if (assertion >= 0) for (const cue of negatedStatements(view, assertion)) cues.push(cue);
  }
  memory.endSentence(attribution);
  return withoutMessageSpeakers(view, withoutOwnLetter(view, cues));
}

/** '"Stop this now!" she added.', split after the mark: an act standing alone here attributes that quotation. */
function attributeQuoteBefore(view: SentenceView, acts: Act[]): void {
  for (const act of acts) {
    if (act.speaker.from !== view.from && act.verb.from !== view.from) continue;
    let k = Math.max(act.verb.to, act.speaker.to + 1);
    // "she added on Friday", "she raged on Twitter", "he said on his Twitter account": where and when, not content.
    while (k < view.to) {
      const platformEnd = view.tokens[k]!.text === 'on' || view.tokens[k]!.text === 'in' ? platformPhraseEnd(view, k + 1) : -1;
      if (platformEnd > k) k = platformEnd;
      else if (!view.tokens[k]!.word || isTimeWord(view.tokens[k]!.text)) k++;
      else break;
    }
    if (k < view.to) return; // '... she said the plan failed': content of its own
    act.hasContent = true;
    act.afterQuote = true;
  }
}

/** "the Post quoted an official who ...": another outlet's unnamed source stays one, even in what a named speaker says. */
function outletSource(view: SentenceView, act: Act): boolean {
  if ((act.recipientOutlet !== undefined && !act.recipientOutlet.wire) || act.pressQuoted === true) return true;
  // "an official quoted by the Post said"
  for (let k = act.speaker.from; k < act.speaker.to; k++) {
    if (view.tokens[k]!.text === 'by' && hitAt(view, 'citing', k - 1) && outletAt(view, k + 1)) return true;
  }
  return false;
}
