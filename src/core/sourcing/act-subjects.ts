/**
 * Who does a verb, searched from the verb outwards: the phrase before it, the subject of an earlier
 * verb ("... and later said"), a relative clause's antecedent ("Ruiz, who teaches law, said"), an
 * appositive ("Ruiz, a spokeswoman, said"), the phrase after it ('"...," said the mayor'), or the
 * subject that follows a rejected claim ("a charge the firm rejected").
 */
import { words } from './lexicon.js';
import { hitEndingAt, hitWithin, type CueHit, type SentenceView } from './sentence.js';
import { classify, isOutletOrWire, NO_SPEAKER, type Speaker } from './speaker.js';
import { isDeterminer, ownedThing, phraseEndingAfter, phraseStartingBefore } from './speaker-phrases.js';
import { mainSubject } from './main-subject.js';
import { subjectsParticiple } from './participle-subjects.js';
import { quotedUnnamed, relativeAntecedent, whoBeforeObject } from './relative-speakers.js';
import { beforeDesignation, timeAfterAside } from './speaker-asides.js';
import { anonymityAsideBefore, withholdsName } from './withheld-names.js';

/** "... and later said": a verb after one of these shares the sentence's subject. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet', 'nor']);

/**
 * Who does the verb, looking left from token `i` (the last token before the verb and its
 * adverbs); `from` is where the subject's description starts, or -1 when the subject is implied.
 */
export function subjectBefore(view: SentenceView, i: number, verb: CueHit): { speaker: Speaker; from: number } | null {
  i = timeAfterAside(view, i);
  // "Officials, speaking on condition of anonymity, said": an aside closing at `i` keeps the speaker before the verb and withholds its name.
  const asideBefore = anonymityAsideBefore(view, i);
  const left = i >= view.from ? view.tokens[i]! : undefined;
  const scareQuoted = left?.quote === 'close' ? quotedUnnamed(view, i) : null;
  if (scareQuoted) return { speaker: scareQuoted, from: scareQuoted.from };
  let speaker: Speaker | null = null;
  let from = -1;
  if (verb.category === 'participle' && (!left || !left.word)) speaker = mainSubject(view, verb.from);
  else if (left && left.word && COORDINATORS.has(left.text)) speaker = mainSubject(view, i);
  else if (left && left.word && !words.breakers.has(left.text)) {
    from = phraseStartingBefore(view, i);
    speaker = verb.phrase.data.verb?.thingSubject && ownedThing(view, from, i) ? NO_SPEAKER : classify(view, from, i);
    const unnamed = unnamedAcrossConjunction(view, from, i, speaker.cls === 'none');
    if (unnamed) [speaker, from] = [unnamed, unnamed.from];
    const who = whoBeforeObject(view, from);
    // Read from the relative's verb: "those who reviewed the files say" are the ones saying it.
    const antecedent = who >= 0 ? relativeAntecedent(view, from - 1) : null;
    if (antecedent) {
      speaker = antecedent;
      from = antecedent.from;
    }
  } else if (left?.text === ',' && !outletInverted(view, verb) && (speaker = relativeAntecedent(view, i - 1, true))) from = speaker.from; // "Ruiz, who teaches law, said the memo ..."
  // "The letter, from the county's lawyers, asks the firm for ...": a paper before the aside speaks; nothing is inverted.
  else if (left?.text === ',' && (speaker = paperBeforeAside(view, i))) from = speaker.from;
  else if ((verb.phrase.data.verb?.invertible || !left) && !asideBefore) speaker = invertedSpeaker(view, verb);
  if ((!speaker || speaker.cls === 'none') && left?.text === ',') {
    speaker = appositive(view, i);
    if (speaker) from = speaker.from;
  }
  if (!speaker || speaker.cls === 'none') {
    speaker = relativeAntecedent(view, i);
    if (speaker) from = speaker.from;
  }
  // "The mayor has spent the summer insisting ...": the sentence's subject does the saying.
  if ((!speaker || speaker.cls === 'none') && subjectsParticiple(view, verb, i)) speaker = mainSubject(view, verb.from);
  return speaker && speaker.cls !== 'none' ? { speaker: withholdsName(view, asideBefore, verb, speaker), from } : null;
}

/**
 * "people familiar with talks between the city and the union said": unnamed people before an
 * anonymity marker whose object is a pair ("between X and Y", "both X and Y") or ends in a `mute`
 * conjunct ("the deal and its financing") speak. Any other "and" joins two speakers or clauses ("... is close to a deal and the union said").
 */
function unnamedAcrossConjunction(view: SentenceView, from: number, i: number, mute: boolean): Speaker | null {
  if (view.tokens[from - 1]?.text !== 'and') return null;
  const start = phraseStartingBefore(view, from - 2);
  const marker = start <= from - 2 ? hitWithin(view, 'anonMarker', start, from - 2) : undefined;
  if (!marker || !holdsWord(view, start, marker.from, words.unnamedHeads) || !(mute || holdsWord(view, marker.to, from - 1, PAIR_OPENERS))) return null;
  const whole = classify(view, start, i);
  return whole.cls === 'anonymous' ? whole : null;
}

/** Words that open a pair joined by "and": "talks between the city and the union", "close to both X and Y". */
const PAIR_OPENERS = new Set(['between', 'both']);
function holdsWord(view: SentenceView, from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (set.has(view.tokens[k]!.text)) return true;
  return false;
}

/** Longest subject between a claim and the verb that rejects it ("an accusation the Kremlin's spokesman rejected"). */
const CLAIM_SUBJECT = 6;

/** "a charge the firm rejected", "an accusation Moscow denies": where the subject starts after the claim, or -1. */
export function subjectAfterClaim(view: SentenceView, i: number): number {
  const { tokens } = view;
  for (let k = i; k >= view.from && i - k < CLAIM_SUBJECT; k--) {
    const token = tokens[k]!;
    if (!token.word || token.quoted) return -1;
    // A one-word subject must be a name: "a finding Moscow rejects", not "the claims critics rejected" read twice.
    if ((k === i && (!token.cap || words.timeWords.has(token.text))) || !hitEndingAt(view, 'claimObject', k - 1)) continue;
    const start = token.text === 'that' || token.text === 'which' ? k + 1 : k;
    const first = tokens[start];
    if (start <= i && first && (first.cap || words.definite.has(first.text) || words.possessive.has(first.text))) return start;
  }
  return -1;
}

function nonEmpty(speaker: Speaker): Speaker | null {
  return speaker.cls === 'none' ? null : speaker;
}

/** "..., which tap the calls, explained the newspaper.": an outlet after an invertible verb is its speaker, not the relative's antecedent. */
function outletInverted(view: SentenceView, verb: CueHit): boolean {
  const speaker = verb.phrase.data.verb?.invertible ? invertedSpeaker(view, verb) : null;
  return isOutletOrWire(speaker?.cls);
}

/** '"...," said the mayor.': the phrase after the verb, when it closes the clause. */
function invertedSpeaker(view: SentenceView, verb: CueHit): Speaker | null {
  const first = view.tokens[verb.to];
  if (!first?.word || saysWhen(view, verb.to)) return null;
  const determined = first.cap || isDeterminer(first.text);
  const end = phraseEndingAfter(view, verb.to);
  const next = view.tokens[end + 1];
  if (next && end + 1 < view.to && next.word) return null;
  // Headlines drop articles ("..., says report", "..., says minister"): a bare noun may speak when it ends the sentence.
  if (!determined && !bareHeadlineSpeaker(view, verb, end)) return null;
  return nonEmpty(classify(view, verb.to, end));
}

/**
 * "The minutes, posted Friday, show": a time after the verb says when, it is nobody. A month or a
 * day that opens a name ("said April Ryan", "said May") or owns a noun ("said Friday's statement") is no time.
 */
function saysWhen(view: SentenceView, at: number): boolean {
  const first = view.tokens[at]!;
  const next = view.tokens[at + 1];
  if (!words.timeWords.has(first.text) || first.text === 'may' || first.poss) return false;
  return !(at + 1 < view.to && next?.word && next.cap);
}

/** Longest bare speaker a headline puts after its verb ("says central bank chief"). */
const BARE_SPEAKER = 3;

/** "..., says report": a short bare noun phrase after a comma and the verb, closing the sentence. */
function bareHeadlineSpeaker(view: SentenceView, verb: CueHit, end: number): boolean {
  const { tokens } = view;
  const first = tokens[verb.to]!;
  if (tokens[verb.from - 1]?.text !== ',' || end - verb.to >= BARE_SPEAKER || words.pronouns.has(first.text) || words.firstPerson.has(first.text)) return false;
  for (let k = end + 1; k < view.to; k++) if (tokens[k]!.word) return false;
  return true;
}

/** "Smith, a spokesman for the firm, said": the phrase before the first comma, else the one between the commas. */
function appositive(view: SentenceView, comma: number): Speaker | null {
  const previous = asideOpening(view, comma);
  if (previous < 0) return null;
  // "Sen. Roe (D-N.M.), a member of the panel, said": the name ends before its designation.
  const nameEnd = beforeDesignation(view, previous - 1);
  const subject = classify(view, phraseStartingBefore(view, nameEnd), nameEnd);
  const inner = classify(view, previous + 1, comma - 1);
  if (subject.cls === 'named') return subject;
  if (inner.cls === 'named') return { ...inner, from: subject.cls === 'none' ? inner.from : subject.from };
  if (subject.cls !== 'none') return subject;
  return nonEmpty(inner);
}

/** The comma that opens the aside closed by the comma at `comma`, or -1. */
function asideOpening(view: SentenceView, comma: number): number {
  let previous = comma - 1;
  while (previous >= view.from && comma - previous < 25 && view.tokens[previous]!.text !== ',') previous--;
  return previous >= view.from && view.tokens[previous]!.text === ',' ? previous : -1;
}

/**
 * "The letter, from the county's lawyers, asks the firm for ...": a paper opening the sentence
 * before an aside, which no inverted speaker after the verb displaces. Only at the start: in
 * "According to the records, prices rose, said the mayor" the words between the commas are no
 * aside.
 */
function paperBeforeAside(view: SentenceView, comma: number): Speaker | null {
  const previous = asideOpening(view, comma);
  if (previous <= view.from || phraseStartingBefore(view, previous - 1) !== view.from) return null;
  const paper = classify(view, view.from, previous - 1);
  return paper.cls === 'document' ? paper : null;
}
