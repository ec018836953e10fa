/**
 * The speech-act record, and the fields every act builder fills the same way: whether a quotation
 * closed just before it, its hedge, who heard it (a private circle or an outlet) and whether
 * anything was said (content after the verb, or a trailing "Flores added").
 */
import { CLAUSE_JOINS } from './auxiliaries.js';
import type { SentenceView, CueHit } from './sentence.js';
import type { Speaker } from './speaker.js';
import { isTimeWord, words } from './lexicon.js';
import { finiteClauseAt } from './clause-ahead.js';
import { isFiniteVerb, isPastForm, printsText, shortObjectEnd, toAfterObject } from './verb-frames.js';
import { isDeterminer } from './speaker-phrases.js';
import { CLAUSE_OPENING_PRONOUNS } from './pronouns.js';
import { statesGrounds } from './striking-verbs.js';
import { asideOutlet, contactingOutlet, outletAfterObject, outletAt, privateRecipientAt, type Recipient } from './act-recipients.js';

export type ActKind = 'speech' | 'document' | 'denial' | 'source';

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
  /** "was quoted as saying" with no outlet named: quoted in press reports. */
  pressQuoted?: boolean;
}

/** How far after a speech verb its content may start ("testified on Tuesday before the panel that"). */
const CONTENT_REACH = 40;

/** A new act with the fields every builder sets alike; `afterQuote` looks left past commas and dashes. */
export function baseAct(kind: ActKind, verb: CueHit, speaker: Speaker, view: SentenceView): Act {
  const left = Math.min(speaker.to >= speaker.from ? speaker.from : verb.from, verb.from);
  let k = left - 1;
  while (k >= view.from && (view.tokens[k]!.text === ',' || view.tokens[k]!.text === '\u2014')) k--;
  const afterQuote = k >= view.from && (view.tokens[k]!.quote === 'close' || view.tokens[k]!.quoted);
  // Every field present from the start: acts then share one shape, and the rules reading them stay monomorphic.
  return { kind, verb, speaker, subject: undefined, hedged: false, privateRecipient: false, recipientOutlet: undefined, afterQuote, hasContent: false, pressQuoted: undefined };
}

/** How near a verb an indirect question may open after its adverbials ("asked on Twitter why ..."). */
const QUESTION_REACH = 6;

/** Completes a verb's act: its hedge, who heard it and whether anything was said. */
export function finishAct(view: SentenceView, verb: CueHit, act: Act, hedged: boolean): Act {
  const { tokens } = view;
  act.hedged = hedged;
  const flags = verb.phrase.data.verb ?? {};
  if (flags.recipient || words.recipientParticiples.has(tokens[verb.from]!.text)) {
    if (privateRecipientAt(view, verb.to)) act.privateRecipient = true;
    act.recipientOutlet = outletAt(view, verb.to) ?? undefined;
  } else if (words.recipientAdverbs.has(tokens[verb.to]?.text ?? '')) {
    act.privateRecipient = true; // "the envoy wrote home": to his own government
  } else if (tokens[verb.to]?.text === 'to' || tokens[verb.to]?.text === 'with') {
    // "boasted to his bosses", "complained to the Gazette", "spoke with the paper"
    if (privateRecipientAt(view, verb.to + 1)) act.privateRecipient = true;
    else act.recipientOutlet = outletAt(view, verb.to + 1) ?? undefined;
  } else if (verb.category === 'speech') act.recipientOutlet = outletAfterObject(view, verb.to) ?? undefined; // "described the talks to the Post"
  // "People the Post spoke with said": unnamed speakers reached by an outlet speak through it.
  act.recipientOutlet ??= contactingOutlet(view, act.speaker) ?? asideOutlet(view, act.speaker, verb) ?? undefined;
  // "complained privately", "privately told aides": said out of public hearing, nothing on the record.
  if (tokens[verb.to]?.text === 'privately' || tokens[verb.from - 1]?.text === 'privately') act.privateRecipient = true;
  const next = tokens[verb.to];
  act.hasContent = (next?.word === true && !words.prepositions.has(next.text)) || view.quotes;
  const last = Math.min(view.to, verb.to + CONTENT_REACH);
  for (let k = verb.to; k < last && !act.hasContent; k++) {
    const text = tokens[k]!.text;
    // "that July", "that week": a time, not what was said.
    const clause = text === 'that' && !words.timeWords.has(tokens[k + 1]?.text ?? '');
    act.hasContent = clause || text === ':' || (words.questionOpeners.has(text) && k - verb.to <= QUESTION_REACH);
  }
  if (!act.hasContent) act.hasContent = closesSentence(view, act);
  if (flags.needsInfinitive) act.hasContent = infinitiveAfter(view, verb.to);
  if (flags.endsAtObject) act.hasContent = phraseEndsAt(view, verb.to);
  if (flags.printsText) act.hasContent = printsText(view, verb.to);
  if (flags.needsGrounds) act.hasContent = statesGrounds(view, verb.to);
  if (flags.needsClause && !act.afterQuote && !closesSentence(view, act)) act.hasContent = opensClause(view, verb);
  if (flags.quoteOnly) act.hasContent = act.afterQuote || tokens[verb.to]?.quote === 'open' || (tokens[verb.to]?.text === ',' && tokens[verb.to + 1]?.quote === 'open');
  return act;
}

/**
 * "that", a colon, an opening quotation or a clause with its own verb right after the verb at
 * `verb` ("declared: '...'", "affirmed, '...'", "swore he never met him"; not "swore at the referee"),
 * past a time ("protested on Friday that ...").
 */
function opensClause(view: SentenceView, verb: CueHit): boolean {
  const at = afterTimePhrase(view, verb.to);
  const next = view.tokens[at];
  if (!next || at >= view.to) return false;
  const after = view.tokens[at + 1];
  if (next.text === 'that') return thatOpensClause(view, verb, at);
  // "reminded the panel that ...": a recipient first ("reminded him of his father" tells nothing).
  const that = verb.phrase.data.verb?.recipient ? shortObjectEnd(view, at, (token) => token.text === 'that') : -1;
  if (that > at) return thatOpensClause(view, verb, that);
  if (next.text === ':' || next.quote === 'open' || (next.text === ',' && after?.quote === 'open')) return true;
  return !words.prepositions.has(next.text) && finiteClauseAt(view, at);
}

/**
 * Whether "that" at token `at` opens what the verb says rather than a relative clause on a noun of
 * the same form ("street protests that shut the capital", "Union protests that began in March"):
 * never right before a verb; after a present form, which is also a plural noun ("protests",
 * "rages"), only before the start of a subject (a name, a determiner, a pronoun: "protests that
 * the referee is unfair").
 */
function thatOpensClause(view: SentenceView, verb: CueHit, at: number): boolean {
  const after = view.tokens[at + 1];
  if (!after?.word || after.quoted) return after?.quote === 'open';
  if (isFiniteVerb(after)) return false;
  if (isPastForm(view.tokens[verb.from]!)) return true;
  return after.cap || isDeterminer(after.text) || CLAUSE_OPENING_PRONOUNS.has(after.text);
}

/**
 * The token after a time phrase at token `at` ("on Friday", "late last week"), or `at` when none
 * is there: words that only place a time ("on behalf of", "that the") are no time phrase alone.
 */
function afterTimePhrase(view: SentenceView, at: number): number {
  let end = at;
  for (let k = at; k < view.to && isTimeWord(view.tokens[k]!.text); k++) {
    if (words.timeWords.has(view.tokens[k]!.text)) end = k + 1;
  }
  return end;
}

/**
 * "broke it.", "broke it on Friday", "broke it two days earlier, and": nothing of the verb's own
 * at token `at` (a particle or a preposition: "broke it down", "broke it into parts"), only
 * punctuation, a conjunction or a time.
 */
function phraseEndsAt(view: SentenceView, at: number): boolean {
  const next = view.tokens[at];
  if (at >= view.to || !next?.word || words.breakers.has(next.text) || isTimeWord(next.text)) return true;
  return words.indefinite.has(next.text) && isTimeWord(view.tokens[at + 1]?.text ?? '');
}

/** "to" and a word after a short object from token `start` ("called on the board to act"). */
function infinitiveAfter(view: SentenceView, start: number): boolean {
  const to = toAfterObject(view, start);
  return to >= 0 && view.tokens[to + 1]?.word === true;
}


/**
 * "..., in which he said he never met them, Flores added.": a trailing attribution; its content
 * came before. Also one set off mid-sentence ("The bar is high, she added, and ...", "Ruiz, she added, never ...").
 */
function closesSentence(view: SentenceView, act: Act): boolean {
  const { tokens } = view;
  const { speaker, verb } = act;
  if (speaker.to < speaker.from || speaker.to >= verb.from || tokens[speaker.from - 1]?.text !== ',') return false;
  for (let k = verb.to; k < view.to; k++) {
    // "Mr. Ruiz, she added, did not ...": set off by commas, it splits what is said ("added, after a vote, a fund" adds a thing);
    // "and"/"but" after the comma go on with more of what is said.
    const after = tokens[k + 1];
    if (tokens[k]!.text === ',' && after?.word && (CLAUSE_JOINS.has(after.text) || !words.prepositions.has(after.text))) return true;
    if (tokens[k]!.word && !isTimeWord(tokens[k]!.text)) return false;
  }
  return true;
}
