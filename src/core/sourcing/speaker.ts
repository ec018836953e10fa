/**
 * Who speaks: the noun phrase around a speech verb, and what kind of source it names. The
 * phrases are found with shallow rules (no parser): a run of name-like tokens bounded by
 * punctuation, conjunctions and verbs, whose head word decides.
 */
import { words } from './lexicon.js';
import { hitEndingAt, hitWithin, inLawName, type SentenceView } from './sentence.js';
import type { Token } from './tokens.js';

export type SpeakerClass =
  | 'named' | 'anonymous' | 'outlet' | 'wire' | 'report' | 'document' | 'statement' | 'intercept' | 'pronoun' | 'none';

export interface Speaker {
  cls: SpeakerClass;
  /** Token range of the phrase, inclusive; from > to when the speaker is implied. */
  from: number;
  to: number;
  /** For pronouns: picked from a group ("one of them"). */
  partitive?: boolean;
}

const MAX_PHRASE = 14;
/** How long an opening adverbial ("In a statement issued late on Monday, ...") may run before its comma. */
const OPENER_REACH = 25;
const NONE: Speaker = { cls: 'none', from: 0, to: -1 };

function isLyAdverb(token: Token): boolean {
  return !token.cap && token.ly && !words.lyNouns.has(token.text);
}

/** Adverbs and auxiliaries that may stand between a speaker and its verb ("has repeatedly denied"). */
export function isSkippable(token: Token): boolean {
  return token.word && !token.quoted && (words.skippable.has(token.text) || isLyAdverb(token));
}

/** A past-tense verb bounds a phrase ("... released a series of emails"), an adjective after a determiner does not. */
function isVerbLike(token: Token, before: Token | undefined, after: Token | undefined): boolean {
  if (token.cap || !token.ed || (after && (words.prepositions.has(after.text) || words.timeModifiers.has(after.text) || words.timeWords.has(after.text)))) return false;
  return !(before && (isDeterminer(before.text) || before.poss || before.text === "'" || isLyAdverb(before)));
}

function inPhrase(view: SentenceView, i: number): boolean {
  const token = view.tokens[i]!;
  if (token.quoted || token.quote) return false;
  if (!token.word) return token.text === "'" || token.text === '&';
  // "the Food and Drug Administration": a conjunction inside one capitalised name.
  if (token.text === 'and' && view.tokens[i - 1]?.cap && view.tokens[i + 1]?.cap && view.tokens[i + 2]?.cap) return true;
  if (token.ed && hitWithin(view, 'anonMarker', i, i)) return true; // "unnamed officials": an adjective, not a verb
  return !words.breakers.has(token.text) && !isVerbLike(token, view.tokens[i - 1], view.tokens[i + 1]);
}

/** Start of the phrase that ends at token `end`, scanning left; end + 1 when there is none. */
export function phraseStartingBefore(view: SentenceView, end: number): number {
  let j = end + 1;
  while (j - 1 >= view.from && end - (j - 1) < MAX_PHRASE && inPhrase(view, j - 1)) j--;
  return j;
}

/** Last token of the phrase that starts at `start`, scanning right ("current and former officials" stays whole). */
export function phraseEndingAfter(view: SentenceView, start: number): number {
  const { tokens } = view;
  let j = start - 1;
  while (j + 1 < view.to && j + 1 - start < MAX_PHRASE) {
    const next = tokens[j + 1]!;
    const joins = next.text === 'and' && j + 1 - start <= 2 && tokens[j + 2]?.word === true;
    if (!joins && !inPhrase(view, j + 1)) break;
    j++;
  }
  return j;
}

/** The outlet named from token `start` on ("the Riverton Gazette reported", "by local broadcaster RTV that"), or null. */
export function outletAfter(view: SentenceView, start: number): Speaker | null {
  let best: Speaker | null = null;
  const end = phraseEndingAfter(view, start);
  for (let k = start; k <= end && k - start < 8; k++) {
    const token = view.tokens[k]!;
    if (!token.cap && !words.outletNouns.has(token.text)) continue;
    const candidate = classify(view, start, k);
    if (candidate.cls === 'outlet' || candidate.cls === 'wire') best = candidate;
  }
  return best;
}

function isDeterminer(text: string): boolean {
  return words.definite.has(text) || words.possessive.has(text) || words.indefinite.has(text);
}

/** The sentence's grammatical subject, past an opening adverbial ("In a statement Monday, ..."). */
export function mainSubject(view: SentenceView, limit: number): Speaker {
  const { tokens } = view;
  let i = view.from;
  while (i < limit && (!tokens[i]!.word || ['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still'].includes(tokens[i]!.text))) i++;
  if (i >= limit) return NONE;
  const first = tokens[i]!;
  if (words.sentenceOpeners.has(first.text) && !isDeterminer(first.text)) {
    let comma = i;
    const reach = Math.min(limit, i + OPENER_REACH);
    while (comma < reach && tokens[comma]!.text !== ',') comma++;
    if (comma >= reach) return NONE;
    // "Even the president seems ..., complaining": the comma ends the clause, not an opener.
    i = comma + 1 < limit ? comma + 1 : i + 1;
  }
  let j = i;
  while (j < limit && j - i < MAX_PHRASE && forwardInSubject(view, j, limit)) j++;
  return j > i ? classify(view, i, j - 1) : NONE;
}

/** Tokens a subject is made of: names, determiners, and lower-case words leading to a name or a known head. */
function forwardInSubject(view: SentenceView, j: number, limit: number): boolean {
  const token = view.tokens[j]!;
  if (token.quoted || token.quote) return false;
  if (!token.word) return token.text === "'";
  if (words.breakers.has(token.text) || isSkippable(token)) return false;
  if (token.cap || isDeterminer(token.text) || isKnownHead(token.text)) return true;
  for (let k = j + 1; k < limit && k <= j + 3; k++) {
    const next = view.tokens[k]!;
    if (!next.word || words.breakers.has(next.text)) return false;
    if (next.cap || isKnownHead(next.text)) return true;
  }
  return false;
}

function isKnownHead(text: string): boolean {
  return words.unnamedHeads.has(text) || words.roleHeads.has(text) || words.institutionHeads.has(text) || words.quantityNouns.has(text);
}


/** End of the phrase's core: before its first preposition, or before a participle with "by" ("a cable reviewed by ..."). */
function coreEnd(view: SentenceView, from: number, to: number): number {
  const { tokens } = view;
  for (let k = from + 1; k <= to; k++) {
    const text = tokens[k]!.text;
    const next = tokens[k + 1];
    const participle = !tokens[k]!.cap && (tokens[k]!.ed || words.pastParticiples.has(text));
    if (participle && next && k + 1 <= to && (words.prepositions.has(next.text) || words.timeModifiers.has(next.text) || words.timeWords.has(next.text))) return k - 1;
    if (!words.prepositions.has(text)) continue;
    if (text === 'of' && words.quantityNouns.has(tokens[k - 1]!.text)) continue;
    return k - 1;
  }
  return to;
}

/** The head word's index: the core's last word, before a trailing time ("a filing last month"). */
function headIndex(view: SentenceView, from: number, end: number): number {
  const { tokens } = view;
  let h = end;
  while (h >= from && !tokens[h]!.word) h--;
  while (h > from && words.timeWords.has(tokens[h]!.text) && !(tokens[h]!.cap && tokens[h]!.text === 'may')) {
    h--;
    while (h > from && words.timeModifiers.has(tokens[h]!.text)) h--;
  }
  return h;
}

/** An outlet named by its kind ("local broadcaster RTV") or by a newspaper-like name ("the Riverton Gazette"). */
function namesOutlet(view: SentenceView, from: number, h: number): boolean {
  const { tokens } = view;
  if (words.selfReference.has(tokens[from]!.text)) return false;
  const head = tokens[h]!;
  if (head.callSign || (head.cap && words.outletNameWords.has(head.text))) return true;
  if (!head.cap && !words.outletNouns.has(head.text)) return false;
  for (let k = from; k <= h; k++) if (!tokens[k]!.cap && words.outletNouns.has(tokens[k]!.text)) return true;
  return false;
}

/** Tokens [from, to) only count or pick ("one of", "two of"). */
function onlyQuantities(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!words.quantityNouns.has(view.tokens[k]!.text) && view.tokens[k]!.text !== 'of') return false;
  return true;
}

/** A possessive owner before the head ("the ambassador's reports"). */
function hasOwner(view: SentenceView, from: number, h: number): boolean {
  for (let k = from; k < h; k++) if (view.tokens[k]!.poss || view.tokens[k]!.text === "'") return true;
  return false;
}

/** An outlet or a media word before the head: "a newspaper account", "the Post's account", "news accounts". */
function hasMediaModifier(view: SentenceView, from: number, h: number): boolean {
  for (let k = from; k < h; k++) {
    const text = view.tokens[k]!.text;
    if (words.outletNouns.has(text) || words.mediaModifiers.has(text) || hitEndingAt(view, 'outlet', k, from)) return true;
  }
  return false;
}

/** What kind of source the phrase [from, to] names. */
export function classify(view: SentenceView, from: number, to: number): Speaker {
  const { tokens } = view;
  if (to < from) return NONE;
  const end = coreEnd(view, from, to);
  const h = headIndex(view, from, end);
  // "records described by two people familiar with the case": the records, however described.
  const anonymous = hitWithin(view, 'anonMarker', from, to);
  if (anonymous && !(anonymous.from > end && h >= from && hitEndingAt(view, 'docNoun', h, from))) return { cls: 'anonymous', from, to };
  const intercept = hitWithin(view, 'interceptStrong', from, to);
  if (intercept && !inLawName(view, intercept)) return { cls: 'intercept', from, to };
  if (h < from) return NONE;
  const headToken = tokens[h]!;
  const head = headToken.text;
  if (words.selfReference.has(tokens[from]!.text) && words.outletNouns.has(head)) return NONE;
  const outlet = hitEndingAt(view, 'outlet', h, from);
  if (outlet) return { cls: outlet.phrase.data.wire ? 'wire' : 'outlet', from, to };
  if (namesOutlet(view, from, h)) return { cls: 'outlet', from, to };
  if (words.pronouns.has(head)) {
    // "one of them" picks from a group; "Earlier this week he" is just "he" after an opener.
    return onlyQuantities(view, from, h) ? { cls: 'pronoun', from, to, partitive: h > from } : { cls: 'pronoun', from: h, to: h };
  }
  if (words.firstPerson.has(head)) return NONE;
  if (hitWithin(view, 'reportNoun', h, h)) {
    // "intercepted reports": the intercepted material itself, not the press.
    if (hitWithin(view, 'interceptWeak', from, h)) return { cls: 'intercept', from, to };
    if (hitWithin(view, 'officialBody', from, to)) return { cls: 'document', from, to };
    if (hitWithin(view, 'outlet', from, to)) return { cls: 'outlet', from, to };
    // "the ambassador's reports to Moscow": his own reports, not another outlet's reporting.
    if (hasOwner(view, from, h)) return NONE;
    return { cls: 'report', from, to };
  }
  if (words.mediaAccountNouns.has(head) && hasMediaModifier(view, from, h)) return { cls: 'outlet', from, to };
  if (hitEndingAt(view, 'statementNoun', h)) return { cls: 'statement', from, to };
  if (hitEndingAt(view, 'docNoun', h)) return { cls: 'document', from, to };
  const first = tokens[from]!.text;
  let definite = words.definite.has(first) || words.possessive.has(first);
  let owned = false;
  let capModifier = false;
  let initialCap = false;
  for (let k = from; k < h; k++) {
    const token = tokens[k]!;
    if (token.text === "'" || token.poss) definite = owned = true;
    if (token.cap && k === view.from) initialCap = !words.sentenceOpeners.has(token.text);
    else if (token.cap) capModifier = true;
  }
  const indefinite = words.indefinite.has(first);
  if (words.unnamedHeads.has(head)) return { cls: words.namedWhenDefinite.has(head) && definite ? 'named' : 'anonymous', from, to };
  if (headToken.cap && !(h === view.from && words.sentenceOpeners.has(head))) return { cls: 'named', from, to };
  if (words.speaksForHeads.has(head)) return headToken.plural && !definite && !capModifier ? { cls: 'anonymous', from, to } : { cls: 'named', from, to };
  if (initialCap) capModifier = true;
  if (words.roleHeads.has(head)) {
    // "a Democratic senator" names nobody, whatever the capitals; "the senator" is the one named before.
    if (indefinite) return { cls: 'anonymous', from, to };
    return definite || capModifier ? { cls: 'named', from, to } : NONE;
  }
  if (words.institutionHeads.has(head)) return indefinite ? NONE : { cls: 'named', from, to };
  // An unlisted noun for people, unnamed: "two senior engineers", "a nurse at the clinic", "economists".
  if (head !== '' || headToken.cap) return NONE;
  if (headToken.agent && (indefinite || (headToken.plural && !definite && !capModifier))) return { cls: 'anonymous', from, to };
  // "the sport's integrity unit", "the city's lawyers": an identified body or person.
  return owned ? { cls: 'named', from, to } : NONE;
}

