/**
 * The relayed cues an act shows besides its own kinds: unnamed people another outlet relies on
 * ("The Post's sources said", "the paper is citing officials", "An official, speaking to the
 * Post, said", "the paper says one official described"), and a speaker quoted in the press ("was
 * quoted as saying"); and which acts stand inside what a document, an intercept or relayed
 * reporting holds, with no speaker of their own.
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { Act } from './speech-act.js';
import type { TokenCue } from './cues.js';
import { outletOwner } from './act-recipients.js';
import type { SentenceView } from './sentence.js';
import type { Range } from './denial.js';
import { actCue } from './act-kinds.js';
import { isUnnamed, relaysReporting, saidRange, type Content } from './clauses.js';
import { citesOwnSources } from './source-acts.js';
import { guessedPeople } from './credit-acts.js';

/** Adds to `cues` the relayed cues of `act`, which shows `kinds`. */
export function pushRelayCues(cues: TokenCue[], view: SentenceView, act: Act, kinds: readonly SourcingKind[]): void {
  const anonymous = kinds.includes('anonymous');
  if (anonymous && !kinds.includes('relayed')) {
    const owner = outletOwner(view, act.speaker.from, act.speaker.to);
    if (owner >= 0) cues.push({ kind: 'relayed', from: act.speaker.from, to: owner });
  }
  const outlet = act.recipientOutlet;
  if (outlet && !outlet.wire && outlet.to <= act.verb.from) {
    // "the paper is citing officials"; "An official, speaking to the Post ..., said", "officials the
    // Post spoke with said": the outlet alone, not the words up to the verb.
    cues.push({ kind: 'relayed', from: outlet.from, to: act.verb.category === 'citing' ? act.verb.to - 1 : outlet.to - 1 });
  } else if (outlet && !outlet.wire && (anonymous || act.verb.category === 'citing')) {
    cues.push({ kind: 'relayed', from: act.verb.from, to: outlet.to - 1 });
  }
  if (act.pressQuoted && kinds.length > 0) cues.push({ kind: 'relayed', from: act.verb.from, to: act.verb.to });
}

/**
 * Unnamed people giving information inside what relayed reporting says: a source ("according to
 * two aides") or a speaker with content ("aides described the call as routine"), not people
 * reported as doing something ("staff had complained about the heat", "nurses warned of
 * shortages"), nor a source its account rests on that is people only by the shape of a word
 * ("its account relied on a third-party vendor").
 */
function relayedUnnamed(view: SentenceView, act: Act, kinds: readonly SourcingKind[]): boolean {
  if (!isUnnamed(kinds)) return false;
  return act.kind === 'source' ? !guessedPeople(view, act.speaker) : act.hasContent;
}

/**
 * "the paper says one former official described ...", "cited the Post's reporting that a U.S.
 * official had called ...": unnamed people inside what another outlet says are the sources it
 * relays (`act` shows `kinds`); what they say is theirs, added to `unnamedContents`, no denial by a
 * named speaker.
 */
function pushRelayedUnnamed(cues: TokenCue[], view: SentenceView, breaks: Int32Array, act: Act, kinds: readonly SourcingKind[], unnamedContents: Range[]): void {
  cues.push(actCue(act, 'anonymous'));
  pushRelayCues(cues, view, act, kinds);
  unnamedContents.push(saidRange(view, breaks, act, kinds));
}

const NOWHERE: Range = { from: -1, to: -1 };

/** Whether token `at` lies in `range`. */
export function within(range: Range, at: number): boolean {
  return at >= range.from && at < range.to;
}

/**
 * What a document, an intercept or relayed reporting is said to hold, walked with a sentence's acts
 * in order: an act inside has no speaker of its own ("the minutes show that two members argued",
 * "the Post reported that Mayor Ruiz said"), save the unnamed people relayed reporting passes on
 * ("the paper says two aides described"). Inside that reporting, unnamed people in what a named
 * speaker or a document says are theirs, not the outlet's ("the Post reported that Smith said aides
 * had described", "... that the memo shows that an official described").
 */
export class HeldContents {
  private next = 0;
  private contentFrom = -1;
  private contentTo = -1;
  private contentRelayed = false;
  /** What the last content act read on its own ("records show", "the Post reported that") says. */
  private actSays: Range = NOWHERE;
  private actSaysRelayed = false;
  /** What a speaker or a document inside relayed reporting says. */
  private speakerSays: Range = NOWHERE;

  /**
   * `contents` in order of start; `contentBefore`: where content closing the sentence starts ("...,
   * intercepts suggest").
   */
  constructor(
    private readonly view: SentenceView,
    private readonly breaks: Int32Array,
    private readonly contents: readonly Content[],
    private readonly contentBefore: number,
  ) {}

  /**
   * Whether `act` (acts come in order) is held inside content; unnamed people relayed reporting
   * passes on are added to `cues` and what they say to `unnamedContents`, unless `skipped` (the
   * act is read as no act at all).
   */
  holds(act: Act, skipped: boolean, kindsOf: (act: Act) => readonly SourcingKind[], cues: TokenCue[], unnamedContents: Range[]): boolean {
    const { view } = this;
    const at = act.verb.from;
    while (this.next < this.contents.length && this.contents[this.next]!.from <= at) {
      const content = this.contents[this.next++]!;
      this.contentFrom = content.from;
      if (content.to >= this.contentTo) this.contentRelayed = content.relayed;
      this.contentTo = Math.max(this.contentTo, content.to);
    }
    // "X suggest ..., US media report": the trailing attribution is the whole sentence's, not inside X's content.
    const trailing = this.contentBefore > view.from && act.speaker.from === this.contentBefore + 1;
    if (trailing || citesOwnSources(view, act)) return false;
    // "reports that Ruiz, in his cables home, described ...": the content's own subject is reported too, however far his verb.
    const speakerInContent = act.speaker.from === this.contentFrom && act.speaker.to < this.contentTo;
    const inContent = at < this.contentTo || speakerInContent;
    const inActSays = within(this.actSays, at);
    if (!inContent && !inActSays) return false;
    const relayed = (inContent && this.contentRelayed) || (inActSays && this.actSaysRelayed);
    if (!relayed || skipped || within(this.speakerSays, at)) return true;
    const kinds = kindsOf(act);
    if (relayedUnnamed(view, act, kinds)) pushRelayedUnnamed(cues, view, this.breaks, act, kinds, unnamedContents);
    else if (kinds.length > 0 && !isUnnamed(kinds) && !relaysReporting(kinds)) this.speakerSays = saidRange(view, this.breaks, act, kinds);
    return true;
  }

  /** A content act read on its own (`isContentAct`) says `says`. */
  readContentAct(says: Range, kinds: readonly SourcingKind[]): void {
    this.actSays = says;
    this.actSaysRelayed = relaysReporting(kinds);
  }
}
