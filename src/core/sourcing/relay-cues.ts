/**
 * The relayed cues an act shows besides its own kinds: unnamed people another outlet relies on
 * ("The Post's sources said", "the paper is citing officials", "An official, speaking to the
 * Post, said", "the paper says one official described"), and a speaker quoted in the press ("was
 * quoted as saying").
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { Act } from './speech-act.js';
import type { TokenCue } from './cues.js';
import { outletOwner } from './act-recipients.js';
import type { SentenceView } from './sentence.js';
import type { Range } from './denial.js';
import { actCue } from './act-kinds.js';
import { saidRange } from './clauses.js';
import { guessedPeople } from './credit-acts.js';

/** Adds to `cues` the relayed cues of `act`, which shows `kinds`. */
export function pushRelayCues(cues: TokenCue[], view: SentenceView, act: Act, kinds: readonly SourcingKind[]): void {
  const anonymous = kinds.includes('anonymous');
  if (anonymous && !kinds.includes('relayed')) {
    const owner = outletOwner(view, act.speaker.from, act.speaker.to);
    if (owner >= 0) cues.push({ kind: 'relayed', from: act.speaker.from, to: owner });
  }
  const outlet = act.recipientOutlet;
  if (outlet && !outlet.wire && outlet.to <= act.verb.from && act.verb.category === 'citing') {
    cues.push({ kind: 'relayed', from: outlet.from, to: act.verb.to - 1 }); // "the paper is citing officials"
  } else if (outlet && !outlet.wire && outlet.to <= act.verb.from) {
    // "An official, speaking to the Post ..., said", "officials the Post spoke with said": the outlet alone, not the words up to the verb.
    cues.push({ kind: 'relayed', from: outlet.from, to: outlet.to - 1 });
  } else if (outlet && !outlet.wire && (anonymous || act.verb.category === 'citing')) {
    cues.push({ kind: 'relayed', from: act.verb.from, to: outlet.to - 1 });
  }
  if (act.pressQuoted && kinds.length > 0) cues.push({ kind: 'relayed', from: act.verb.from, to: act.verb.to });
}

/** The kinds of unnamed people speaking, not a named speaker. */
export function isUnnamed(kinds: readonly SourcingKind[]): boolean {
  return kinds.includes('anonymous') && !kinds.includes('on-record');
}

/**
 * Unnamed people speaking inside what another outlet says: not a source its account rests on that
 * is people only by the shape of a word ("its account relied on a third-party vendor").
 */
export function relayedUnnamed(view: SentenceView, act: Act, kinds: readonly SourcingKind[]): boolean {
  return isUnnamed(kinds) && !(act.kind === 'source' && guessedPeople(view, act.speaker));
}

/**
 * "the paper says one former official described ...", "cited the Post's reporting that a U.S.
 * official had called ...": unnamed people inside what another outlet says are the sources it
 * relays (`act` shows `kinds`); what they say is theirs, added to `unnamedContents`, no denial by a named speaker.
 */
export function pushRelayedUnnamed(cues: TokenCue[], view: SentenceView, breaks: Int32Array, act: Act, kinds: readonly SourcingKind[], unnamedContents: Range[]): void {
  cues.push(actCue(act, 'anonymous'));
  pushRelayCues(cues, view, act, kinds);
  unnamedContents.push(saidRange(view, breaks, act, kinds));
}
