/**
 * Speech acts in a sentence: a verb of saying, denying or citing, and who does it. The speaker
 * may stand before the verb ("officials said"), after it ('"...," said the mayor'), be the
 * subject of an earlier verb ("... and later said"), or an appositive ("Ruiz, a spokeswoman, said").
 */
import type { CueCategory } from './lexicon.js';
import type { Token } from './tokens.js';
import { words } from './lexicon.js';
import { hitAt, hitEndingAt, hitStartingIn, insideHit, type CueHit, type SentenceView } from './sentence.js';
import { classify, isSkippable, mainSubject, outletAfter, phraseEndingAfter, phraseStartingBefore, type Speaker } from './speaker.js';

export type ActKind = 'speech' | 'document' | 'denial' | 'source';

/** Token range [from, to) of the outlet a speaker talked to ("told the Gazette"). */
export interface Recipient {
  from: number;
  to: number;
  wire: boolean;
}

export interface Act {
  kind: ActKind;
  /** The verb (or "according to", "citing") as a token range [from, to). */
  verb: CueHit;
  speaker: Speaker;
  /** Tokens from the subject to the verb ("Ruiz, who ..., said"): the speaker's description, not what is said. */
  subject?: { from: number; to: number };
  /** A hedge ("reportedly") sits between speaker and verb. */
  hedged: boolean;
  /** "told his colleagues": a private exchange reported second hand, not a statement on the record. */
  privateRecipient: boolean;
  /** "told the Gazette", "was quoted by the Gazette". */
  recipientOutlet?: Recipient;
  /** The act attributes a quotation that closed just before it. */
  afterQuote: boolean;
  /** The verb is followed by content ("that ...", a colon, a quotation) or a quotation precedes it. */
  hasContent: boolean;
}

/** How far after an object verb its object may start ("rejected the latest reports"). */
const OBJECT_REACH = 8;
/** How far after a speech verb its content may start ("testified on Tuesday before the panel that"). */
const CONTENT_REACH = 40;
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet', 'nor']);
const VERB_CATEGORIES: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'participle', 'docVerb', 'denialVerb', 'objectVerb']);

export function findActs(view: SentenceView): Act[] {
  const acts: Act[] = [];
  // Tokens up to `takenTo` that an act's verb already covers ("according to" is one act).
  let takenTo = -1;
  for (const hit of view.hits) {
    const token = view.tokens[hit.from]!;
    if (token.quoted || hit.from < takenTo || insideNonDenial(view, hit)) continue;
    if (VERB_CATEGORIES.has(hit.category) && isNounUse(view, hit.from, hit.category)) continue;
    let act: Act | null = null;
    if (hit.category === 'citing' && !isProgressive(view, hit) && words.passiveMarkers.has(view.tokens[hit.from - 1]?.text ?? '')) act = quotedAct(view, hit);
    else if (hit.category === 'according' || hit.category === 'citing') act = sourceAct(view, hit);
    else if (VERB_CATEGORIES.has(hit.category)) act = verbAct(view, preferredVerb(view, hit.from) ?? hit);
    if (!act) continue;
    takenTo = Math.max(takenTo, act.verb.to);
    acts.push(act);
  }
  return acts;
}

/** "would neither confirm nor deny": not a denial. */
function insideNonDenial(view: SentenceView, hit: CueHit): boolean {
  return hit.category === 'denialVerb' && insideHit(view, 'nonDenial', hit.from, hit.to);
}

/**
 * A verb form used as a noun or infinitive: after a determiner or a possessive ("a state grant",
 * "Trump's claims"), a preposition ("on recall tests", "expected to say") or capitalised
 * mid-sentence ("United States").
 */
function isNounUse(view: SentenceView, i: number, category: CueCategory): boolean {
  const before = view.tokens[i - 1];
  if (before?.word && (words.definite.has(before.text) || words.indefinite.has(before.text) || words.possessive.has(before.text) || before.poss)) return true;
  if (before?.text === "'" && view.tokens[i - 2]?.word) return true; // "Sessions' remarks"
  const seems = before?.text === 'to' && words.seemVerbs.has(view.tokens[i - 2]?.text ?? ''); // "appear to show"
  const relative = before?.text === 'who' || before?.text === 'whom'; // "officials who described"
  if (before?.word && category !== 'participle' && words.prepositions.has(before.text) && !seems && !relative) return true;
  // "the 2016 presidential contest,": a bare verb form with nothing after it names a thing.
  const token = view.tokens[i]!;
  const after = view.tokens[i + 1];
  if ((category === 'denialVerb' || category === 'objectVerb') && !token.ed && !token.plural && (!after || !after.word) && before?.word && !before.cap) return true;
  if (!view.tokens[i]!.cap) return false;
  for (let k = view.from; k < i; k++) if (view.tokens[k]!.word) return true;
  return false;
}

/**
 * When one word is several kinds of verb ("denied" is never just speech), the most telling wins,
 * unless a longer phrase reads it otherwise ("called on" is a demand, not "called it false").
 */
function preferredVerb(view: SentenceView, i: number): CueHit | undefined {
  let best: CueHit | undefined;
  for (const category of ['denialVerb', 'objectVerb', 'speech', 'participle', 'docVerb'] as const) {
    const hit = hitAt(view, category, i);
    if (hit && (!best || hit.to > best.to)) best = hit;
  }
  return best;
}

function sourceAct(view: SentenceView, hit: CueHit): Act {
  const end = phraseEndingAfter(view, hit.to);
  let source = classify(view, hit.to, end);
  // "attributed the information to two officials", "citing the accounts of officials"
  for (let k = hit.to + 1; source.cls === 'none' && k < end; k++) {
    const text = view.tokens[k]!.text;
    if (text === 'to' || text === 'of') source = classify(view, k + 1, phraseEndingAfter(view, k + 1));
  }
  const act = base('source', hit, source, view);
  if (hit.category === 'citing') act.recipientOutlet = citingOutlet(view, hit) ?? undefined;
  return act;
}

/** How far before "citing" its outlet may end ("the paper is citing", "The Post, which cited"). */
const CITING_REACH = 4;

/** "the paper is citing officials", "The Post, citing officials, said": the outlet that cites, before the verb. */
function citingOutlet(view: SentenceView, hit: CueHit): Recipient | null {
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

/** "X was quoted (by the Post) as saying": X speaks, through the outlet when one is named. */
function quotedAct(view: SentenceView, hit: CueHit): Act | null {
  const subject = subjectBefore(view, hit.from - 2, hit);
  if (!subject) return null;
  const act = base('speech', hit, subject.speaker, view);
  if (view.tokens[hit.to]?.text === 'by') act.recipientOutlet = outletAt(view, hit.to + 1) ?? undefined;
  act.hasContent = true;
  return act;
}

function base(kind: ActKind, verb: CueHit, speaker: Speaker, view: SentenceView): Act {
  const left = Math.min(speaker.to >= speaker.from ? speaker.from : verb.from, verb.from);
  let k = left - 1;
  while (k >= view.from && (view.tokens[k]!.text === ',' || view.tokens[k]!.text === '\u2014')) k--;
  const afterQuote = k >= view.from && (view.tokens[k]!.quote === 'close' || view.tokens[k]!.quoted);
  return { kind, verb, speaker, hedged: false, privateRecipient: false, afterQuote, hasContent: false };
}

function verbAct(view: SentenceView, verb: CueHit): Act | null {
  const { tokens } = view;
  let i = verb.from - 1;
  let hedged = false;
  let negated = false;
  while (i >= view.from) {
    const token = tokens[i]!;
    if (token.text === 'to' && words.seemVerbs.has(tokens[i - 1]?.text ?? '')) i--; // "appear to show"
    else if (!isSkippable(token) && !(words.passiveMarkers.has(token.text) && isProgressive(view, verb))) break; // "is reporting"
    if (words.hedges.has(token.text)) hedged = true;
    if (token.text === 'not' || token.text === 'never' || token.nt) negated = true;
    i--;
  }
  if (negated) return null; // "did not respond", "would not say": nothing was said
  if (i >= view.from && words.passiveMarkers.has(tokens[i]!.text) && !isProgressive(view, verb)) {
    // "was first reported last year by the Post"
    let by = verb.to;
    while (by < view.to && by - verb.to < 4 && (words.timeWords.has(tokens[by]!.text) || words.timeModifiers.has(tokens[by]!.text))) by++;
    if (tokens[by]?.text !== 'by') return null;
    return finish(view, verb, base('speech', verb, classify(view, by + 1, phraseEndingAfter(view, by + 1)), view), hedged);
  }
  // "a charge the firm rejected": the claim comes first and the subject after it.
  const claimFirst = verb.category === 'objectVerb' ? subjectAfterClaim(view, i) : -1;
  const subject = claimFirst >= 0 ? { speaker: classify(view, claimFirst, i), from: claimFirst } : subjectBefore(view, i, verb);
  if (!subject || subject.speaker.cls === 'none') return null;
  let kind: ActKind = verb.category === 'denialVerb' ? 'denial' : verb.category === 'docVerb' ? 'document' : 'speech';
  if (verb.category === 'objectVerb') {
    if (claimFirst >= 0 || deniesSomething(view, verb)) kind = 'denial';
    else if (!words.objectContent.has(tokens[verb.to]?.text ?? '')) return null;
  }
  const act = finish(view, verb, base(kind, verb, subject.speaker, view), hedged);
  if (subject.from >= 0) act.subject = { from: Math.min(subject.from, subject.speaker.from), to: verb.from - 1 };
  return act;
}

/**
 * Who does the verb, looking left from token `i` (the last token before the verb and its
 * adverbs); `from` is where the subject's description starts, or -1 when the subject is implied.
 */
function subjectBefore(view: SentenceView, i: number, verb: CueHit): { speaker: Speaker; from: number } | null {
  const left = i >= view.from ? view.tokens[i]! : undefined;
  let speaker: Speaker | null = null;
  let from = -1;
  if (verb.category === 'participle' && (!left || !left.word)) speaker = mainSubject(view, verb.from);
  else if (left && left.word && COORDINATORS.has(left.text)) speaker = mainSubject(view, i);
  else if (left && left.word && !words.breakers.has(left.text)) {
    from = phraseStartingBefore(view, i);
    speaker = classify(view, from, i);
  } else if (verb.phrase.data.verb?.invertible || !left) speaker = invertedSpeaker(view, verb);
  if ((!speaker || speaker.cls === 'none') && left?.text === ',') {
    speaker = appositive(view, i);
    if (speaker) from = speaker.from;
  }
  if (!speaker || speaker.cls === 'none') {
    speaker = relativeAntecedent(view, i);
    if (speaker) from = speaker.from;
  }
  // "The mayor has spent the summer insisting ...": the sentence's subject does the saying.
  // Not after a preposition: "known for accurately describing" names a habit, not a statement.
  const nominal = left !== undefined && (words.prepositions.has(left.text) || isSkippable(left));
  if ((!speaker || speaker.cls === 'none') && verb.category === 'participle' && !nominal) speaker = mainSubject(view, verb.from);
  return speaker && speaker.cls !== 'none' ? { speaker, from } : null;
}

/** Longest subject between a claim and the verb that rejects it ("an accusation the Kremlin's spokesman rejected"). */
const CLAIM_SUBJECT = 6;

/** "a charge the firm rejected", "an accusation Moscow denies": where the subject starts after the claim, or -1. */
function subjectAfterClaim(view: SentenceView, i: number): number {
  const { tokens } = view;
  for (let k = i; k >= view.from && i - k < CLAIM_SUBJECT; k--) {
    const token = tokens[k]!;
    if (!token.word || token.quoted) return -1;
    if (k === i || !hitEndingAt(view, 'claimObject', k - 1)) continue;
    const start = token.text === 'that' || token.text === 'which' ? k + 1 : k;
    const first = tokens[start];
    if (start <= i && first && (first.cap || words.definite.has(first.text) || words.possessive.has(first.text))) return start;
  }
  return -1;
}

/** How far back a relative pronoun may stand from the verb ("one official who has seen the cables said"). */
const RELATIVE_REACH = 15;

/**
 * "One former official who has seen the intelligence described ...", "The Post, which cited ...":
 * the speaker is the phrase before the relative pronoun of the clause that ends at token `i`.
 */
function relativeAntecedent(view: SentenceView, i: number): Speaker | null {
  const { tokens } = view;
  for (let k = i; k > view.from && i - k < RELATIVE_REACH; k--) {
    const token = tokens[k]!;
    if (token.quoted || token.quote || token.text === ';') return null;
    if (token.text !== 'who' && token.text !== 'which') continue;
    let end = k - 1;
    if (tokens[end]?.text === ',') end--;
    if (end < view.from || !tokens[end]!.word) return null;
    const speaker = classify(view, phraseStartingBefore(view, end), end);
    return speaker.cls === 'none' ? null : speaker;
  }
  return null;
}

/** "is reporting", "was citing": a verb in -ing after "is" is progressive, not passive. */
function isProgressive(view: SentenceView, verb: CueHit): boolean {
  return view.tokens[verb.to - 1]!.text.endsWith('ing');
}

/** '"...," said the mayor.': the phrase after the verb, when it closes the clause. */
function invertedSpeaker(view: SentenceView, verb: CueHit): Speaker | null {
  const first = view.tokens[verb.to];
  if (!first?.word || !(first.cap || words.definite.has(first.text) || words.indefinite.has(first.text) || words.possessive.has(first.text))) return null;
  const end = phraseEndingAfter(view, verb.to);
  const next = view.tokens[end + 1];
  if (next && end + 1 < view.to && next.word) return null;
  const speaker = classify(view, verb.to, end);
  return speaker.cls === 'none' ? null : speaker;
}

function outletAt(view: SentenceView, start: number): Recipient | null {
  const named = hitAt(view, 'recipientOutlet', start);
  if (named) return { from: start, to: named.to, wire: false };
  const outlet = outletAfter(view, start);
  return outlet ? { from: start, to: outlet.to + 1, wire: outlet.cls === 'wire' } : null;
}

function finish(view: SentenceView, verb: CueHit, act: Act, hedged: boolean): Act {
  const { tokens } = view;
  act.hedged = hedged;
  const flags = verb.phrase.data.verb ?? {};
  if (flags.recipient || words.recipientParticiples.has(tokens[verb.from]!.text)) {
    if (privateRecipientAt(view, verb.to)) act.privateRecipient = true;
    act.recipientOutlet = outletAt(view, verb.to) ?? undefined;
  } else if (tokens[verb.to]?.text === 'to') {
    // "boasted to his bosses", "complained to the Gazette"
    if (privateRecipientAt(view, verb.to + 1)) act.privateRecipient = true;
    else act.recipientOutlet = outletAt(view, verb.to + 1) ?? undefined;
  } else if (verb.category === 'speech') act.recipientOutlet = outletAfterObject(view, verb.to) ?? undefined; // "described the talks to the Post"
  const next = tokens[verb.to];
  act.hasContent = (next?.word === true && !words.prepositions.has(next.text)) || view.quotes;
  const last = Math.min(view.to, verb.to + CONTENT_REACH);
  for (let k = verb.to; k < last && !act.hasContent; k++) act.hasContent = tokens[k]!.text === 'that' || tokens[k]!.text === ':';
  return act;
}


/** Longest object between a speech verb and "to" + outlet ("described the intercepted material to the Post"). */
const OBJECT_BEFORE_OUTLET = 5;

/** "described the talks to the Post": the outlet after a short object, or null. */
function outletAfterObject(view: SentenceView, start: number): Recipient | null {
  const { tokens } = view;
  for (let k = start + 1; k < view.to && k - start <= OBJECT_BEFORE_OUTLET; k++) {
    const token = tokens[k]!;
    if (!token.word || token.quoted || words.breakers.has(token.text)) return null;
    if (token.text === 'to') return outletAt(view, k + 1);
  }
  return null;
}

/** Adjectives that may stand between a possessive and a private recipient ("his political masters"). */
const RECIPIENT_MODIFIERS = 2;

/** "his superiors", "his political masters", "colleagues": people spoken to in private, from token `start`. */
function privateRecipientAt(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  let k = words.possessive.has(tokens[start]?.text ?? '') ? start + 1 : start;
  for (let skipped = 0; k < view.to; k++, skipped++) {
    if (hitAt(view, 'privateRecipient', k)) return true;
    const token = tokens[k]!;
    if (k === start || skipped >= RECIPIENT_MODIFIERS || !token.word || token.cap || words.breakers.has(token.text) || words.prepositions.has(token.text)) return false;
  }
  return false;
}

/** "Smith, a spokesman for the firm, said": the phrase before the first comma, else the one between the commas. */
function appositive(view: SentenceView, comma: number): Speaker | null {
  let previous = comma - 1;
  while (previous >= view.from && comma - previous < 25 && view.tokens[previous]!.text !== ',') previous--;
  if (previous < view.from || view.tokens[previous]!.text !== ',') return null;
  const subject = classify(view, phraseStartingBefore(view, previous - 1), previous - 1);
  const inner = classify(view, previous + 1, comma - 1);
  if (subject.cls === 'named') return subject;
  if (inner.cls === 'named') return { ...inner, from: subject.cls === 'none' ? inner.from : subject.from };
  if (subject.cls !== 'none') return subject;
  return inner.cls === 'none' ? null : inner;
}

/** An object verb denies only when its object is a claim ("rejected the reports") or it calls something false. */
function deniesSomething(view: SentenceView, verb: CueHit): boolean {
  const last = verb.to + OBJECT_REACH - 1;
  if (hitStartingIn(view, 'disputeComplement', verb.to, last) || hitStartingIn(view, 'disputeWord', verb.to, last)) return true;
  return verb.phrase.data.needsDispute !== true && hitStartingIn(view, 'claimObject', verb.to, last) !== undefined;
}
