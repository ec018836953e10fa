/**
 * The relayed cues an act shows besides its own kinds: unnamed people another outlet relies on
 * ("The Post's sources said", "the paper is citing officials", "An official, speaking to the
 * Post, said") and a speaker quoted in the press ("was quoted as saying").
 */
import type { SourcingKind } from '../sourcing-kinds.js';
import type { Act } from './speech-act.js';
import type { TokenCue } from './cues.js';
import { outletOwner } from './act-recipients.js';
import type { SentenceView } from './sentence.js';

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
