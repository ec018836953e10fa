/**
 * When an intercept word is the source a sentence rests on, and when it is only talked about
 * ("the intercepts have not been released"), sought ("applied for wiretaps"), a word with
 * another sense ("intercepted a pass"), or intelligence that is not a spy agency's or whose
 * finding is only asked about ("whether the intelligence shows"). Used by cues.ts.
 */
import { words } from './lexicon.js';
import { SENTENCE_ENDS } from './tokens.js';
import { hitAt, hitStartingIn, inLawName, isQuotedHit, type CueHit, type SentenceView } from './sentence.js';

/** How near another intercept or intelligence word must be for "intercepted" to mean surveillance. */
const INTERCEPT_CONTEXT = 8;
/** How near a bare intercept noun a word must be to show it is only talked about. */
const MENTION_REACH = 4;

/**
 * "the intercepts have not been released", "has seen the underlying intercepts", "an
 * uncorroborated intercept": the bare noun talked about, not a source the sentence rests on.
 */
export function onlyMentioned(view: SentenceView, hit: CueHit): boolean {
  // A bare noun, or one after "the" ("has seen the intercepted material").
  const first = view.tokens[hit.from]!.text === 'the' ? hit.from + 1 : hit.from;
  if (!isInterceptNoun(view, first, hit.to)) return false;
  return hitStartingIn(view, 'interceptMention', hit.from - MENTION_REACH, hit.to + MENTION_REACH) !== undefined || namedLast(view, hit);
}

/** The words of each intercept noun, compared token by token (every intercept hit asks). */
const INTERCEPT_NOUN_WORDS: readonly (readonly string[])[] = [...words.interceptNouns].map((noun) => noun.split(' '));

/** Tokens [from, to) are exactly one intercept noun ("intercepts", "intercepted material"). */
function isInterceptNoun(view: SentenceView, from: number, to: number): boolean {
  return INTERCEPT_NOUN_WORDS.some((parts) => parts.length === to - from && parts.every((part, i) => view.tokens[from + i]!.text === part));
}

/**
 * Punctuation after which a noun has nothing more to say ("Sessions and the intercepts: What we
 * know", "**The intercepts**" where a heading's bold asterisks close it); not a comma, which may
 * set off an aside before its verb ("the intercepts, the Post says, show").
 */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ':', '*']);
/** How many modifiers may stand between one of foundInPrepositions and the noun ("in the Kislyak intercepts"). */
const FOUND_IN_REACH = 3;

/**
 * "The interview and the intercepts", "copies of the intercepts.", "Above him sit the
 * eavesdroppers.": a bare noun that ends its clause with no verb after it says nothing from the
 * intercepts, unless a preposition makes them where it was found ("shows up in the intercepts.",
 * "appears in transcripts of the intercepts.").
 */
function namedLast(view: SentenceView, hit: CueHit): boolean {
  const next = view.tokens[hit.to];
  if (hit.to < view.to && next && !CLAUSE_CLOSERS.has(next.text)) return false;
  let before = prepositionBefore(view, hit.from);
  // "transcripts of the intercepts": what was found in them is in what "of" hangs on.
  if (view.tokens[before]?.text === 'of') before = prepositionBefore(view, before);
  return !words.foundInPrepositions.has(view.tokens[before]?.text ?? '');
}

/** The preposition (or the word that breaks off the phrase) at most FOUND_IN_REACH words before token `at`, or -1. */
function prepositionBefore(view: SentenceView, at: number): number {
  for (let k = at - 1; k >= view.from && at - k <= FOUND_IN_REACH; k--) {
    const token = view.tokens[k]!;
    if (!token.word || words.breakers.has(token.text) || words.prepositions.has(token.text) || words.foundInPrepositions.has(token.text)) return k;
  }
  return -1;
}

/** An intercept phrase the sentence rests on: not only talked about, sought, part of a law's name, nor an unfounded finding. */
export function isInterceptSource(view: SentenceView, hit: CueHit): boolean {
  if (onlyMentioned(view, hit) || soughtFor(view, hit) || inLawName(view, hit)) return false;
  return hit.category !== 'intelligenceFinding' || (findingVerbAfter(view, hit.to) && aboutSpying(view, hit) && !supposedAt(view, hit.from));
}

/** "the intelligence indicates", "leaked intelligence reportedly showed": a finding verb from token `k`, past adverbs. */
function findingVerbAfter(view: SentenceView, k: number): boolean {
  while (k < view.to && view.tokens[k]!.ly) k++;
  return words.intelligenceVerbs.has(view.tokens[k]?.text ?? '');
}

/**
 * "the intelligence indicates" is a spy agency's only in a sentence about spying or a state
 * ("intelligence officials", "the embassy", "a foreign government"), not police or scouts' intelligence.
 */
function aboutSpying(view: SentenceView, hit: CueHit): boolean {
  for (const other of view.hits) if (other.category === 'spyContext' && (other.to <= hit.from || other.from >= hit.to)) return true;
  return false;
}

/** "It is unclear whether the intelligence shows", "If the intelligence shows ...": asked or supposed, in the clause before `i`. */
function supposedAt(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= view.from; k--) {
    const text = view.tokens[k]!.text;
    if (text === ',' || text === ';' || text === ':') return false;
    if (words.suppositions.has(text)) return true;
  }
  return false;
}

/** Lower-case words that may stand between "for" and the surveillance it names ("for foreign eavesdroppers"). */
const SOUGHT_MODIFIERS = 2;

/**
 * "applied for wiretaps", "planted stories for foreign eavesdroppers to find": surveillance
 * sought or aimed at, not a source the sentence rests on.
 */
function soughtFor(view: SentenceView, hit: CueHit): boolean {
  for (let k = hit.from - 1; k >= view.from && hit.from - k <= SOUGHT_MODIFIERS + 1; k--) {
    const token = view.tokens[k]!;
    if (token.text === 'for') return true;
    if (!token.word || token.cap || words.breakers.has(token.text) || words.prepositions.has(token.text)) return false;
  }
  return false;
}

/** "intercepted" means surveillance only near communications or intelligence words (not "intercepted a pass"). */
export function hasInterceptContext(view: SentenceView, hit: CueHit): boolean {
  if (words.bulkCollectionVerbs.has(view.tokens[hit.from]!.text)) return collectedBySpies(view, hit);
  for (let k = hit.from - INTERCEPT_CONTEXT; k <= hit.to + INTERCEPT_CONTEXT; k++) {
    const other = hitAt(view, 'interceptContext', k) ?? hitAt(view, 'interceptStrong', k);
    // A phrase holding this very word ("the intercepted material") is no other word.
    const holds = other !== undefined && other.from <= hit.from && other.to >= hit.to;
    if (other && other !== hit && !holds && !isQuotedHit(view, other)) return true;
  }
  return false;
}

/**
 * "his calls were scooped up by the FBI": a verb with an everyday sense ("investors scooped up
 * shares") means surveillance only with both a spy agency and communications near it.
 */
function collectedBySpies(view: SentenceView, hit: CueHit): boolean {
  let collector = false;
  let communications = false;
  const last = Math.min(hit.to + INTERCEPT_CONTEXT, view.to);
  for (let k = Math.max(hit.from - INTERCEPT_CONTEXT, view.from); k < last; k++) {
    if (k >= hit.from && k < hit.to) continue;
    const text = view.tokens[k]!.text;
    collector ||= words.spyCollectors.has(text);
    communications ||= words.collectedCommunications.has(text);
  }
  return collector && communications;
}
