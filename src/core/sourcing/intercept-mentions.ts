/**
 * When an intercept phrase is only talked about rather than a source the sentence rests on:
 * withheld or doubted ("the intercepts have not been released"), named last with nothing said
 * from it, the subject of "what" ("What the intercepts said"), only characterized ("an
 * intercepted cable is one man's account") or the topic of a news story ("the intercept report",
 * "a report on intercepted messages"). Used by intercept-context.ts and cues.ts.
 */
import { words } from './lexicon.js';
import { SENTENCE_ENDS } from './tokens.js';
import { hitAt, hitStartingIn, type CueHit, type SentenceView } from './sentence.js';
import { FREE_RELATIVES } from './verb-act.js';
import { isPastForm } from './verb-frames.js';
import { BE_FORMS } from './auxiliaries.js';
import type { CueCategory } from './cue-table.js';

/** How near a bare intercept noun a word must be to show it is only talked about. */
const MENTION_REACH = 4;

/**
 * "the intercepts have not been released", "has seen the underlying intercepts", "an
 * uncorroborated intercept": the bare noun talked about, not a source the sentence rests on;
 * and any intercept phrase that a copula only characterizes or that a news story is about.
 */
export function onlyMentioned(view: SentenceView, hit: CueHit): boolean {
  if (onlyCharacterized(view, hit) || newsTopic(view, hit)) return true;
  // A bare noun, or one after "the" ("has seen the intercepted material").
  const first = view.tokens[hit.from]!.text === 'the' ? hit.from + 1 : hit.from;
  if (!isInterceptNoun(view, first, hit.to)) return false;
  return hitStartingIn(view, 'interceptMention', hit.from - MENTION_REACH, hit.to + MENTION_REACH) !== undefined || namedLast(view, hit) || openedByWhat(view, hit) || gathererAddressed(view, hit);
}

/**
 * "to mislead American eavesdroppers", "false information fed to eavesdroppers", "accounts
 * planted for eavesdroppers to find": those who gather intercepts are a source only as the
 * subject ("American eavesdroppers say") or the agent ("captured by eavesdroppers"); after
 * another preposition, or a verb and its "to", they are who is told or misled.
 */
function gathererAddressed(view: SentenceView, hit: CueHit): boolean {
  if (!view.tokens[hit.to - 1]!.agent) return false;
  const opener = view.tokens[prepositionBefore(view, hit.from)]?.text ?? '';
  return opener !== 'by' && (words.prepositions.has(opener) || words.foundInPrepositions.has(opener));
}

/**
 * "What the intercepts said", "what such intercepts can and cannot establish": the intercepts
 * as the subject of a free relative or an indirect question, whose content the sentence names
 * without giving (as verb-act.ts reads "what she said").
 */
function openedByWhat(view: SentenceView, hit: CueHit): boolean {
  return FREE_RELATIVES.has(view.tokens[prepositionBefore(view, hit.from)]?.text ?? '');
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

/** How many words of its own phrase ("of a foreign diplomat") may stand between an intercept word and the copula after it. */
const SUBJECT_REACH = 8;
/** What may stand between a copula and its complement without being the complement ("is not always", "are exceedingly"). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['not', 'never', 'also', 'still', 'often', 'always', 'only']);
/** Cue categories that are a verb of their own: the intercept phrase has ended in a clause ("the intercepts show he was"). */
const OWN_VERBS: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'participle', 'docVerb', 'denialVerb', 'objectVerb']);

/**
 * "Intercepts of a foreign diplomat are among the most closely held material", "an intercepted
 * cable is one man's account", "Leaking signals intelligence is a serious crime": intercepts in
 * the subject of a copula whose complement only says what they are; not a passive ("were
 * intercepted", "are said to cover"), a progressive ("were listening") nor a supposition ("If
 * the intercepts are accurate, ...").
 */
function onlyCharacterized(view: SentenceView, hit: CueHit): boolean {
  let copula = hit.to;
  for (; copula < view.to && copula - hit.to <= SUBJECT_REACH; copula++) {
    const token = view.tokens[copula]!;
    if (!token.word || words.breakers.has(token.text) || isPastForm(token)) break;
    if (view.hits.some((other) => other.from === copula && OWN_VERBS.has(other.category))) return false;
  }
  if (!BE_FORMS.has(view.tokens[copula]?.text ?? '')) return false;
  let complement = copula + 1;
  while (view.tokens[complement]?.ly || COPULA_ADVERBS.has(view.tokens[complement]?.text ?? '')) complement++;
  const next = view.tokens[complement];
  // A passive or progressive ("were intercepted", "were listening") tells what was done, not what they are.
  if (!next || isPastForm(next) || next.text.endsWith('ing') || next.text === 'to') return false;
  // The phrase opens its clause, or hangs by "of" on a noun that does ("Leaks of signals intelligence").
  let before = prepositionBefore(view, hit.from);
  if (view.tokens[before]?.text === 'of') before = prepositionBefore(view, before);
  const opener = view.tokens[before]?.text ?? '';
  return !words.prepositions.has(opener) && !words.foundInPrepositions.has(opener) && !words.suppositions.has(opener);
}

/** Prepositions that make what follows a news story the story's topic ("a report on", "the story about"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about']);

/**
 * "the intercept report", "Letter cites intercept report", "after a report on the envoy's
 * intercepted messages": intercepts as what a news story is about, its topic and not its source
 * (the story's own source is tagged where it is named). "the intercepts reportedly show" is no
 * compound: only the singular "intercept" modifies a noun.
 */
function newsTopic(view: SentenceView, hit: CueHit): boolean {
  if (hit.to - hit.from === 1 && view.tokens[hit.from]!.text === 'intercept' && hitAt(view, 'reportNoun', hit.to)) return true;
  const before = prepositionBefore(view, hit.from);
  if (!TOPIC_PREPOSITIONS.has(view.tokens[before]?.text ?? '')) return false;
  // "based its story on intercepted calls": the story rests on them (a citing phrase holds the "on").
  if (view.hits.some((other) => other.category === 'citing' && other.from < before && other.to > before)) return false;
  return view.hits.some((other) => other.category === 'reportNoun' && other.to === before);
}
