/**
 * When an intercept phrase is only talked about rather than a source the sentence rests on:
 * withheld or doubted ("the intercepts have not been released"), named last with nothing said
 * from it, the subject of "what" ("What the intercepts said"; free-relatives.ts), only
 * characterized ("an intercepted cable is one man's account"; not "are the basis of the charges"),
 * the topic of a news story ("the intercept report", "a report on intercepted messages") or
 * eavesdroppers misled (misled-eavesdroppers.ts). Used by intercept-context.ts and cues.ts.
 */
import { words } from './lexicon.js';
import { SENTENCE_ENDS } from './tokens.js';
import { hitAt, hitOfAnyAt, hitStartingIn, type CueHit, type SentenceView } from './sentence.js';
import { FREE_RELATIVES, onlyNamesWhatWasSaid } from './free-relatives.js';
import { gathererAddressed } from './misled-eavesdroppers.js';
import { isIngForm, isPastForm } from './verb-frames.js';
import { BE_FORMS } from './auxiliaries.js';
import type { CueCategory } from './cue-table.js';
import { isDeterminer } from './speaker-phrases.js';

/** How near a bare intercept noun a word must be to show it is only talked about. */
const MENTION_REACH = 4;

/**
 * "the intercepts have not been released", "has seen the underlying intercepts", "an
 * uncorroborated intercept": the bare noun talked about, not a source the sentence rests on;
 * and any intercept phrase that a copula only characterizes or that a news story is about.
 */
export function onlyMentioned(view: SentenceView, hit: CueHit): boolean {
  // A bare noun, or one after "the" ("has seen the intercepted material").
  const first = view.tokens[hit.from]!.text === 'the' ? hit.from + 1 : hit.from;
  if (isInterceptNoun(view, first, hit.to) && bareNounOnlyMentioned(view, hit)) return true;
  return newsTopic(view, hit) || onlyCharacterized(view, hit);
}

function bareNounOnlyMentioned(view: SentenceView, hit: CueHit): boolean {
  return hitStartingIn(view, 'interceptMention', hit.from - MENTION_REACH, hit.to + MENTION_REACH) !== undefined || namedLast(view, hit) || openedByWhat(view, hit) || gathererAddressed(view, hit);
}

/** How many words the relative's verb may take after the intercepts ("can and cannot establish"). */
const RELATIVE_VERB_REACH = 4;

/**
 * "What the intercepts said", "what such intercepts can and cannot establish": the intercepts
 * as the subject of a free relative or an indirect question, whose content the sentence names
 * without giving, read as verb-act.ts reads "what she said" (not "That is what the wiretaps
 * show", nor a cleft: "What the intercepts revealed was that ..."). The relative's verb ends at a
 * comma, a copula or a clause break.
 */
function openedByWhat(view: SentenceView, hit: CueHit): boolean {
  let verbEnd = hit.to;
  while (verbEnd < view.to && verbEnd - hit.to < RELATIVE_VERB_REACH && view.tokens[verbEnd]!.word && !BE_FORMS.has(view.tokens[verbEnd]!.text) && !words.breakers.has(view.tokens[verbEnd]!.text)) verbEnd++;
  return onlyNamesWhatWasSaid(view, hit.from, verbEnd);
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
  return !words.foundInPrepositions.has(view.tokens[openerBefore(view, hit.from)]?.text ?? '');
}

/** The preposition (or the word that breaks off the phrase) at most FOUND_IN_REACH words before token `at`, or -1. */
function prepositionBefore(view: SentenceView, at: number): number {
  for (let k = at - 1; k >= view.from && at - k <= FOUND_IN_REACH; k--) {
    const token = view.tokens[k]!;
    if (!token.word || words.breakers.has(token.text) || words.prepositions.has(token.text) || words.foundInPrepositions.has(token.text)) return k;
  }
  return -1;
}

/**
 * The preposition or break before the phrase ending at token `at`, past an "of" it hangs by:
 * "transcripts of the intercepts", "Leaks of signals intelligence" are read from what "of" hangs on.
 */
function openerBefore(view: SentenceView, at: number): number {
  const before = prepositionBefore(view, at);
  return view.tokens[before]?.text === 'of' ? prepositionBefore(view, before) : before;
}

/** How many words of its own phrase ("of a foreign diplomat") may stand between an intercept word and the copula after it. */
const SUBJECT_REACH = 8;
/** What may stand between a copula and its complement without being the complement ("is not always", "are exceedingly"). */
const COPULA_ADVERBS: ReadonlySet<string> = new Set(['not', 'never', 'also', 'still', 'often', 'always', 'only']);
/** Cue categories that are a verb of their own: the intercept phrase has ended in a clause ("the intercepts show he was"). */
const CLAUSE_VERBS: readonly CueCategory[] = ['speech', 'participle', 'docVerb', 'denialVerb', 'objectVerb'];
/** What opens a clause in a copula's complement that the intercepts then back ("are what led", "are why", "are clear that"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'what', 'why', 'how']);
/** Subjects of a later clause that go on to use the intercepts ("..., and they show he lied"). */
const RESUMING_SUBJECTS: ReadonlySet<string> = new Set(['they', 'these', 'those', 'it']);

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
    if (!afterDeterminer(view, copula) && hitOfAnyAt(view, CLAUSE_VERBS, copula)) return false;
  }
  if (!BE_FORMS.has(view.tokens[copula]?.text ?? '')) return false;
  let complement = copula + 1;
  while (view.tokens[complement]?.ly || COPULA_ADVERBS.has(view.tokens[complement]?.text ?? '')) complement++;
  const next = view.tokens[complement];
  // A passive or progressive ("were intercepted", "were listening") tells what was done, not what they are.
  if (!next || isPastForm(next) || isIngForm(next.text) || next.text === 'to') return false;
  if (backsAClaim(view, complement)) return false;
  // The phrase opens its clause, or hangs by "of" on a noun that does ("Leaks of signals intelligence").
  const opener = view.tokens[openerBefore(view, hit.from)]?.text ?? '';
  // Nor the subject of a relative or a question ("What the eavesdroppers heard was ...": the copula is the relative's).
  return !words.prepositions.has(opener) && !words.foundInPrepositions.has(opener) && !words.suppositions.has(opener) && !FREE_RELATIVES.has(opener);
}

/** "of the calls": a word after a determiner or an owner is a noun, not a verb of its own. */
function afterDeterminer(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1];
  return !!before && (before.poss || isDeterminer(before.text));
}

/**
 * "are the basis of the charges", "are proof that he lied", "are what led detectives to him",
 * "were the only evidence, and they show": the complement from token `from` makes the intercepts
 * what a claim rests on (a support word, a clause, a later clause they are the subject of).
 */
function backsAClaim(view: SentenceView, from: number): boolean {
  if (CLAUSE_OPENERS.has(view.tokens[from]!.text)) return true;
  let k = from;
  // The complement runs to its first comma or clause break ("..., and whoever did this put sources at risk" is another clause).
  for (; k < view.to && view.tokens[k]!.text !== ',' && !words.breakers.has(view.tokens[k]!.text); k++) {
    if (words.supportWords.has(view.tokens[k]!.text) && !namesAKind(view, k)) return true;
  }
  return view.tokens[k]?.text === ',' && view.tokens[k + 1]?.text === 'and' && RESUMING_SUBJECTS.has(view.tokens[k + 2]?.text ?? '') && !BE_FORMS.has(view.tokens[k + 3]?.text ?? '');
}

/** "a peculiar kind of evidence": the support word at `i` names a category, not what a claim rests on. */
function namesAKind(view: SentenceView, i: number): boolean {
  return view.tokens[i - 1]?.text === 'of' && words.kindNouns.has(view.tokens[i - 2]?.text ?? '');
}

/** Verbs by which a report on intercepts states what it found in them ("concluded", "shows"). */
const FINDING_VERBS: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'docVerb']);
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
  if (!view.hits.some((other) => other.category === 'reportNoun' && other.to === before)) return false;
  // "based its story on intercepted calls": the story rests on them (a citing phrase holds the "on");
  // "a report on intercepted calls concluded that ...": a report that reads them states its finding.
  return !view.hits.some((other) => (other.category === 'citing' && other.from < before && other.to > before) || (other.from >= hit.to && FINDING_VERBS.has(other.category)));
}
