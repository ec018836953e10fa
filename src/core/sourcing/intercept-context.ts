/**
 * When an intercept word is the source a sentence rests on, and when it is only talked about
 * ("the intercepts have not been released"), sought ("applied for wiretaps"), a word with
 * another sense ("intercepted a pass"), or intelligence that is not a spy agency's or whose
 * finding is only asked about ("whether the intelligence shows"). Used by cues.ts.
 */
import { words } from './lexicon.js';
import { hitAt, inLawName, isQuotedHit, type CueHit, type SentenceView } from './sentence.js';
import { onlyMentioned } from './intercept-mentions.js';

/** How near another intercept or intelligence word must be for "intercepted" to mean surveillance. */
const INTERCEPT_CONTEXT = 8;

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
