/**
 * Who speaks: what kind of source a noun phrase around a speech verb names (a named person, unnamed
 * officials, an outlet, a document, an intercept...). Shallow rules, no parser: the phrase's head
 * word decides, helped by its modifiers. speaker-phrases.ts finds where the phrases start and end.
 */
import { isTimeWord, words } from './lexicon.js';
import { hitEndingAt, hitWithin, inLawName, type SentenceView } from './sentence.js';
import { byInstitution, putOutByInstitution } from './report-authors.js';
import { atFirm, namedDespiteHead } from './named-heads.js';
import { clauseAfterPeople, describesPolledGroup } from './contacted-groups.js';
import { hasMediaModifier, marksDocument, namesOutlet, ownedByOutlet } from './speaker-media.js';
import { openRecord } from './open-records.js';
import { marksPossession } from './tokens.js';

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

/** An outlet or a wire service: a speaker whose words are the press's own reporting. */
export function isOutletOrWire(cls: SpeakerClass | undefined): boolean {
  return cls === 'outlet' || cls === 'wire';
}

/** The phrase names no source. */
export const NO_SPEAKER: Speaker = { cls: 'none', from: 0, to: -1 };

/** "made public", "made available": what a participle may take before its agent ("an indictment made public by ..."). */
const DISCLOSED = new Set(['public', 'available']);

/** End of the phrase's core: before its first preposition, or before a participle with "by" ("a cable reviewed by ..."). */
function coreEnd(view: SentenceView, from: number, to: number): number {
  const { tokens } = view;
  for (let k = from + 1; k <= to; k++) {
    const text = tokens[k]!.text;
    const next = tokens[k + 1];
    const participle = !tokens[k]!.cap && (tokens[k]!.ed || words.pastParticiples.has(text));
    if (participle && next && k + 1 <= to && (words.prepositions.has(next.text) || isTimeWord(next.text) || DISCLOSED.has(next.text))) return k - 1;
    // "students interviewed", "officials the Post spoke with": how the people before were reached describes them.
    if ((k === to && describesPolledGroup(view, k)) || clauseAfterPeople(view, k)) return k - 1;
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

/** Tokens [from, to) only count or pick ("one of", "two of"). */
function onlyQuantities(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!words.quantityNouns.has(view.tokens[k]!.text) && view.tokens[k]!.text !== 'of') return false;
  return true;
}

/** A possessive owner before the head ("the ambassador's reports"). */
function hasOwner(view: SentenceView, from: number, h: number): boolean {
  for (let k = from; k < h; k++) if (marksPossession(view.tokens[k]!)) return true;
  return false;
}

/** "the Senate report", "a journal report": an official body issued it; "the Journal report" is a newspaper's (a capitalised outlet name). */
function issuedByBody(view: SentenceView, from: number, to: number): boolean {
  const body = hitWithin(view, 'officialBody', from, to);
  if (!body) return false;
  const token = view.tokens[body.from]!;
  return !(body.to - body.from === 1 && token.cap && words.outletNameWords.has(token.text));
}

/** Sentence-opening adverbs of time, sequence or focus ("Even the president said"). */
const ADVERB_OPENERS = new Set(['now', 'then', 'later', 'earlier', 'meanwhile', 'still', 'again', 'soon', 'finally', 'already', 'once', 'separately', 'next', 'even']);

function isDeterminer(text: string): boolean {
  return words.definite.has(text) || words.possessive.has(text);
}

/** "on Friday night", "in March": a preposition and a time word, an opener read past as "On Friday the Post" is. */
function opensTime(view: SentenceView, k: number): boolean {
  return words.prepositions.has(view.tokens[k]?.text ?? '') && words.timeWords.has(view.tokens[k + 1]?.text ?? '');
}

/**
 * "Nobody asked", "Few Republicans have weighed in", "No one said": a subject that names the
 * absence of speakers. Only as the sentence's subject: "citing no one" still names who cites.
 */
function deniesAnySpeaker(view: SentenceView, from: number): boolean {
  if (from !== view.from) return false;
  const first = view.tokens[from]!.text;
  return first === 'nobody' || first === 'few' || (first === 'no' && view.tokens[from + 1]?.text === 'one');
}

/**
 * "Notice what the ruling leaves out": a bare noun opening the sentence before a question word is a
 * verb telling the reader to look.
 */
function commandsReader(view: SentenceView, from: number, h: number): boolean {
  return from === view.from && h === from && words.openQuestions.has(view.tokens[h + 1]?.text ?? '');
}

/** What kind of source the phrase [from, to] names. */
export function classify(view: SentenceView, from: number, to: number): Speaker {
  const { tokens } = view;
  if (to < from) return NO_SPEAKER;
  // "Now the president", "Later his lawyer": an opening adverb before the phrase's determiner is no part of it.
  if (from === view.from && from < to && ADVERB_OPENERS.has(tokens[from]!.text) && (isDeterminer(tokens[from + 1]!.text) || opensTime(view, from + 1))) from++;
  if (deniesAnySpeaker(view, from)) return NO_SPEAKER;
  const end = coreEnd(view, from, to);
  const h = headIndex(view, from, end);
  // "records described by two people familiar with the case": the records, however described.
  const anonymous = hitWithin(view, 'anonMarker', from, to);
  if (anonymous && !(anonymous.from > end && h >= from && hitEndingAt(view, 'docNoun', h, from))) return { cls: 'anonymous', from, to };
  const intercept = hitWithin(view, 'interceptStrong', from, to);
  if (intercept && !inLawName(view, intercept)) return { cls: 'intercept', from, to };
  if (h < from) return NO_SPEAKER;
  const headToken = tokens[h]!;
  const head = headToken.text;
  if (words.selfReference.has(tokens[from]!.text) && words.outletNouns.has(head)) return NO_SPEAKER;
  const outlet = hitEndingAt(view, 'outlet', h, from);
  if (outlet) return { cls: outlet.phrase.data.wire ? 'wire' : 'outlet', from, to };
  // "the chamber's website": a body's own pages are its published record, not a news site.
  if (words.ownPages.has(head) && hasOwner(view, from, h) && !ownedByOutlet(view, from, h)) return { cls: 'document', from, to };
  if (namesOutlet(view, from, h)) return { cls: 'outlet', from, to };
  if (words.pronouns.has(head)) {
    // "one of them" picks from a group; "Earlier this week he" is just "he" after an opener.
    return onlyQuantities(view, from, h) ? { cls: 'pronoun', from, to, partitive: h > from } : { cls: 'pronoun', from: h, to: h };
  }
  // "One said ...", "Another said ..." opening a sentence: one of the group just heard.
  if (h === from && from === view.from && (head === 'one' || head === 'another')) return { cls: 'pronoun', from, to, partitive: true };
  if (words.firstPerson.has(head)) return NO_SPEAKER;
  if (hitWithin(view, 'reportNoun', h, h)) {
    // "intercepted reports": the intercepted material itself, not the press.
    if (hitWithin(view, 'interceptWeak', from, h)) return { cls: 'intercept', from, to };
    if (issuedByBody(view, from, to) || marksDocument(view, from, h) || byInstitution(view, h)) return { cls: 'document', from, to };
    if (hitWithin(view, 'outlet', from, to)) return { cls: 'outlet', from, to };
    // "the ambassador's reports to Moscow": his own reports, not another outlet's reporting, unless a body put it out.
    if (hasOwner(view, from, h)) return putOutByInstitution(view, from, h) ? { cls: 'document', from, to } : NO_SPEAKER;
    return { cls: 'report', from, to };
  }
  if (words.mediaAccountNouns.has(head) && hasMediaModifier(view, from, h)) return { cls: 'outlet', from, to };
  if (hitEndingAt(view, 'statementNoun', h)) return { cls: 'statement', from, to };
  if (hitEndingAt(view, 'docNoun', h)) return openRecord(view, from, h, to) || commandsReader(view, from, h) ? NO_SPEAKER : { cls: 'document', from, to };
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
  if (words.researchHeads.has(head) && !indefinite && atFirm(view, h, to)) return { cls: 'named', from, to };
  // "Russia's top diplomat": a rank only one person holds in an identified body.
  const sole = owned && words.soleRankHeads.has(head) && h > from && words.soleRanks.has(tokens[h - 1]!.text);
  if (words.unnamedHeads.has(head)) return { cls: (words.namedWhenDefinite.has(head) && definite) || sole || namedDespiteHead(view, from, h, to, { definite, capModifier: capModifier || initialCap }) ? 'named' : 'anonymous', from, to };
  if (headToken.cap && !(h === view.from && words.sentenceOpeners.has(head))) return { cls: 'named', from, to };
  if (words.speaksForHeads.has(head)) return headToken.plural && !definite && !capModifier ? { cls: 'anonymous', from, to } : { cls: 'named', from, to };
  if (initialCap) capModifier = true;
  if (words.roleHeads.has(head)) {
    // "a Democratic senator" names nobody, whatever the capitals; "the senator" is the one named before.
    if (indefinite) return { cls: 'anonymous', from, to };
    return definite || capModifier ? { cls: 'named', from, to } : NO_SPEAKER;
  }
  if (words.institutionHeads.has(head)) return indefinite ? NO_SPEAKER : { cls: 'named', from, to };
  // An unlisted noun for people, unnamed: "two senior engineers", "a nurse at the clinic", "economists".
  if (head !== '' || headToken.cap) return NO_SPEAKER;
  if (headToken.agent && (indefinite || (headToken.plural && !definite && !capModifier))) return { cls: 'anonymous', from, to };
  // "the sport's integrity unit", "the city's lawyers": an identified body or person.
  return owned ? { cls: 'named', from, to } : NO_SPEAKER;
}
