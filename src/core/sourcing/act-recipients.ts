/**
 * Who heard an act: the outlet a speaker talked to ("told the Gazette", "described the talks to the
 * Post", "an official, speaking to the Post, said"), the outlet that cites ("the paper is citing
 * officials"), or a private circle ("told his colleagues") whose account reaches print only second hand.
 */
import { isPossessiveOwner, type Token } from './tokens.js';
import { isLyAdverb, isTimeWord, words } from './lexicon.js';
import type { CueCategory } from './cue-table.js';
import { hitAt, hitEndingAt, hitOfAnyAt, type CueHit, type SentenceView } from './sentence.js';
import { classify, isOutletOrWire, type Speaker } from './speaker.js';
import { groupContactClause } from './contacted-groups.js';
import { isSkippable, outletAfter, phraseStartingBefore } from './speaker-phrases.js';

/** Token range [from, to) of the outlet a speaker talked to ("told the Gazette"). */
export interface Recipient {
  from: number;
  to: number;
  wire: boolean;
}

/** The outlet named at token `start` ("the Gazette", "Reuters"), or null. */
export function outletAt(view: SentenceView, start: number): Recipient | null {
  const named = hitAt(view, 'recipientOutlet', start);
  if (named) return { from: start, to: named.to, wire: false };
  const outlet = outletAfter(view, start);
  return outlet ? { from: start, to: outlet.to + 1, wire: outlet.cls === 'wire' } : null;
}

/**
 * "officials the Post spoke with said", "according to people whom the paper had interviewed": the
 * outlet that reached an unnamed speaker, or null ("an official the FBI interviewed" came through no outlet).
 */
export function contactingOutlet(view: SentenceView, speaker: Speaker): Recipient | null {
  if (speaker.cls !== 'anonymous') return null;
  const clause = groupContactClause(view, speaker.from, speaker.to);
  if (!clause) return null;
  const outlet = outletAt(view, clause.party);
  // The outlet must be the whole party: only an auxiliary may stand between it and the verb.
  return outlet && !outlet.wire && outlet.to >= clause.verb - 1 && outlet.to <= clause.verb ? outlet : null;
}

/** How far before "citing" its outlet may end ("the paper is citing", "The Post, which cited"). */
const CITING_REACH = 4;

/** "the paper is citing officials", "The Post, citing officials, said": the outlet that cites, before the verb. */
export function citingOutlet(view: SentenceView, hit: CueHit): Recipient | null {
  let k = hit.from - 1;
  const skipped = (token: Token) => token.text === ',' || token.text === 'which' || isSkippable(token) || words.passiveMarkers.has(token.text);
  while (k >= view.from && hit.from - k <= CITING_REACH && skipped(view.tokens[k]!)) k--;
  if (k < view.from || !view.tokens[k]!.word) return null;
  const start = phraseStartingBefore(view, k);
  if (start > k) return null;
  const outlet = outletAt(view, start);
  if (outlet && outlet.to === k + 1) return outlet;
  // "The Post's account rests on", "The report relies on": the outlet's reporting cites.
  const cls = classify(view, start, k).cls;
  return cls === 'outlet' || cls === 'report' ? { from: start, to: k + 1, wire: false } : null;
}

/** Longest aside between an unnamed speaker and the verb that may name the outlet they spoke to. */
const ASIDE_REACH = 12;
/** Longest "in ..." phrase right after the verb before its outlet ("said in a brief interview with the Post"). */
const IN_PHRASE_REACH = 4;

/**
 * "A former official, speaking to the Post on condition of anonymity, said", "officials made the
 * same point to the paper, acknowledging", "an official said in an interview with the Post that":
 * unnamed people who speak through an outlet, named in an aside between them and their verb or in
 * an "in ..." phrase right after it (never in what they say: "officials said he spoke to the Post").
 * Only unnamed speakers: a named one ("the mayor, speaking to the paper, said") is on the record
 * wherever they said it. The outlet, or null.
 */
export function asideOutlet(view: SentenceView, speaker: Speaker, verb: CueHit): Recipient | null {
  if (speaker.cls !== 'anonymous') return null;
  return outletInAside(view, speaker, verb) ?? outletInPhrase(view, verb);
}

/**
 * "A former official, speaking to the Post ..., said", "the officials who talked to the Post
 * acknowledged": the outlet in the aside before the verb, or in the speaker's own relative clause.
 */
function outletInAside(view: SentenceView, speaker: Speaker, verb: CueHit): Recipient | null {
  if (speaker.to >= verb.from || verb.from - speaker.to > ASIDE_REACH) return null;
  return outletAfterPreposition(view, speaker.from, verb.from - 1, true);
}

/** "said in an interview with the Post that": the outlet in an "in ..." phrase right after the verb. */
function outletInPhrase(view: SentenceView, verb: CueHit): Recipient | null {
  const k = view.tokens[verb.to]?.text === ',' ? verb.to + 1 : verb.to;
  if (view.tokens[k]?.text !== 'in') return null;
  return outletAfterPreposition(view, k + 1, Math.min(view.to, k + IN_PHRASE_REACH + 2), true);
}

/** Longest object between a speech verb and "to" + outlet ("described the intercepted material to the Post"). */
const OBJECT_BEFORE_OUTLET = 5;

/** "described the talks to the Post": the outlet after a short object, or null. */
export function outletAfterObject(view: SentenceView, start: number): Recipient | null {
  return outletAfterPreposition(view, start + 1, Math.min(view.to, start + OBJECT_BEFORE_OUTLET + 1), false);
}

/**
 * The outlet after "to" in tokens [from, to), before a clause break or a quotation. An object
 * follows its speech verb, so its "to" is what the verb addresses and punctuation ends it. An
 * aside runs past commas and takes "with" too, but only after something spoken: "speaking to
 * the Post", "in remarks to the paper", "who described it to the Post"; an outlet the speaker is
 * only linked to ("in a dispute with the Post", "loyal to the Herald", "according to the Post")
 * heard nothing from them.
 */
function outletAfterPreposition(view: SentenceView, from: number, to: number, aside: boolean): Recipient | null {
  let spoken = !aside;
  for (let k = from; k < to; k++) {
    const token = view.tokens[k]!;
    if (token.quoted || words.breakers.has(token.text) || (!aside && !token.word)) return null;
    spoken ||= speakingWordAt(view, k);
    if (token.text !== 'to' && (!aside || token.text !== 'with')) continue;
    if (!aside) return outletAt(view, k + 1);
    const outlet = spoken ? outletHeard(view, k + 1, to) : null;
    if (outlet) return outlet;
  }
  return null;
}

/** Nouns of an argument put to someone that no speech-noun list holds ("made the same point to the paper"). */
const ARGUMENT_NOUNS: ReadonlySet<string> = new Set(['point', 'points']);

/** Phrases of saying: a speech verb or participle ("who described it to", "speaking to") or a speech or statement noun ("in remarks to"). */
const SPEAKING_CATEGORIES: readonly CueCategory[] = ['speech', 'participle', 'speechNoun', 'statementNoun'];

/** A word that makes an aside speech: a speech verb, a speech or statement noun, a letter, an interview, talking ("who talked to the Post"). */
function speakingWordAt(view: SentenceView, k: number): boolean {
  const text = view.tokens[k]!.text;
  if (words.speakingContexts.has(text) || words.contactVerbs.has(text) || words.letterNouns.has(text) || ARGUMENT_NOUNS.has(text)) return true;
  return hitOfAnyAt(view, SPEAKING_CATEGORIES, k) !== undefined;
}

/**
 * The outlet at `start` as the one spoken to, before token `end` of its stretch: a wire service is
 * no outlet here, and neither is something an outlet owns or names ("the Post's report", "the
 * Times coverage"), only its journalists ("the Post's reporters", "Times reporters").
 */
function outletHeard(view: SentenceView, start: number, end: number): Recipient | null {
  const outlet = outletAt(view, start);
  if (!outlet || outlet.wire) return null;
  let next = outlet.to;
  if (view.tokens[next]?.text === "'") next++;
  const after = view.tokens[next];
  if (after && words.pressWords.has(after.text)) return outlet;
  if (outletOwner(view, outlet.from, outlet.to) >= 0) return null;
  return next < end && after !== undefined && namesAThing(after) ? null : outlet;
}

/** A lower-case word right after an outlet that makes the outlet its modifier ("the Times report"), not a preposition, a time or an adverb. */
function namesAThing(token: Token): boolean {
  if (!token.word || token.cap || isLyAdverb(token) || words.breakers.has(token.text)) return false;
  return !words.prepositions.has(token.text) && !isTimeWord(token.text) && !words.objectContent.has(token.text);
}

/** Adjectives that may stand between a possessive and a private recipient ("his political masters"). */
const RECIPIENT_MODIFIERS = 2;

/** "his superiors", "his political masters", "colleagues": people spoken to in private, from token `start`. */
export function privateRecipientAt(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  let k = words.possessive.has(tokens[start]?.text ?? '') ? start + 1 : start;
  for (let skipped = 0; k < view.to; k++, skipped++) {
    if (hitAt(view, 'privateRecipient', k)) return true;
    const token = tokens[k]!;
    if (k === start || skipped >= RECIPIENT_MODIFIERS || !token.word || token.cap || words.breakers.has(token.text) || words.prepositions.has(token.text)) return false;
  }
  return false;
}

/** The last token of an outlet that owns the phrase [from, to] ("the Post's", "the paper's"), or -1. */
export function outletOwner(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const token = view.tokens[k]!;
    const owns = isPossessiveOwner(view.tokens, k);
    if (!owns) continue;
    const cls = classify(view, from, k).cls;
    if (isOutletOrWire(cls) || hitEndingAt(view, 'recipientOutlet', k, from)) return k;
  }
  return -1;
}
