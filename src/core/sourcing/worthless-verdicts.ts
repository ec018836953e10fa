/**
 * A naming verb's verdict on a report ("called the radio report lazy", "branded the story a
 * fantasy"): which objects are reports, allegations or claims that such a verdict denies, and
 * whether the verdict really is the complement the verb gives its object, not a word inside it.
 */
import { words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import { hasMediaModifier } from './speaker-media.js';
import { RELATIVE_PRONOUNS } from './pronouns.js';
import { isArticle, isDeterminer } from './speaker-phrases.js';

/**
 * Words that start a clause inside an object ("the story of how ...", "the claims that ..."): its
 * words are the clause's, not the speaker's verdict.
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([...words.openQuestions, ...RELATIVE_PRONOUNS, 'that']);
/** Whom a verdict is aimed at, after it ("biased against him"): the prepositions list leaves these out. */
const AIMING_PREPOSITIONS = new Set(['against', 'toward', 'towards']);
/** Quote marks, which a verdict may stand inside ("called the report 'fake'"). */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** Words that join a verdict to another ("lazy and irresponsible"). */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);

/**
 * "called the radio report lazy", "branded the story a hatchet job", "called the allegations of
 * bribery a hatchet job": a verdict of worthlessness on a report or allegation denies it. Not on
 * an idea or an act ("called the idea reckless"), not a word inside the object ("the story of how
 * its reckless expansion ..."), not a noun that goes on ("a fantasy novel", "a fantasy in the
 * tradition of").
 */
export function judgesReportWorthless(view: SentenceView, verb: CueHit, last: number): boolean {
  if (verb.phrase.data.namesVerdict !== true) return false;
  const head = reportHead(view, verb.to, last);
  const start = head < 0 ? -1 : complementStart(view, head + 1, last);
  return start >= 0 && verdictEndsThere(view, start);
}

/**
 * The index of the report or allegation heading the object from `from` ("the radio report", "the
 * Post's account", "the report's findings"), or -1 when the object's head is something else
 * ("the story collection", "the report's authors", "the idea of a report").
 */
function reportHead(view: SentenceView, from: number, last: number): number {
  const { tokens } = view;
  for (let k = from; k <= last && k < view.to; k++) {
    const token = tokens[k]!;
    if (!token.word || words.prepositions.has(token.text) || (k > from && isArticle(token.text)) || hitAt(view, 'worthlessVerdict', k)) return -1;
    if (token.poss || tokens[k + 1]?.text === "'" || !namesReport(view, from, k)) continue;
    const next = tokens[k + 1];
    // The head is the phrase's last noun: what follows opens a complement, a clause or a verdict.
    if (!next || !next.word || words.prepositions.has(next.text) || isArticle(next.text) || CLAUSE_WORDS.has(next.text) || hitAt(view, 'worthlessVerdict', k + 1)) return k;
  }
  return -1;
}

/** A report, story, allegation or claim; an account only the press's ("the Post's account", "news accounts"), not a bank's. */
function namesReport(view: SentenceView, from: number, k: number): boolean {
  const text = view.tokens[k]!.text;
  if (words.mediaAccountNouns.has(text)) return text.startsWith('account') && hasMediaModifier(view, from, k);
  return words.judgedReports.has(text) || hitAt(view, 'reportNoun', k) !== undefined;
}

/**
 * Where the verb's complement starts after the object's head: at "a"/"an" not inside a
 * prepositional phrase ("the allegations of bribery a hatchet job", not "the reports of a deal"),
 * or at a bare verdict that modifies no noun ("the rumours of his exit laughable", not "of the
 * reckless expansion"); -1 when a clause or an aside comes first (", which found ...", "how").
 */
function complementStart(view: SentenceView, from: number, last: number): number {
  const { tokens } = view;
  for (let k = from; k <= last && k < view.to; k++) {
    const token = tokens[k]!;
    const before = tokens[k - 1]!.text;
    const insidePhrase = words.prepositions.has(before) || isDeterminer(before);
    // A verb of saying ("which critics said was a hoax") opens someone else's words; "the recall" is a noun.
    // "By" opens a passive's agent ("the story aired by a rival station"): past it the object runs on into the
    // agent's name, whose own article or verdict word ("aired by A Current Affair") is no verdict.
    if ((!token.word && !QUOTE_MARKS.has(token.text)) || CLAUSE_WORDS.has(token.text) || token.text === 'by' || (hitAt(view, 'speech', k) && !insidePhrase)) return -1;
    if (isArticle(token.text) && !words.prepositions.has(before)) return k;
    if (hitAt(view, 'worthlessVerdict', k) && !insidePhrase) return k;
  }
  return -1;
}

/** A verdict at `start` ("lazy", "a fantasy") that ends there: a noun after "a" takes nothing more, a bare one no noun. */
function verdictEndsThere(view: SentenceView, start: number): boolean {
  const article = isArticle(view.tokens[start]!.text);
  const verdict = hitAt(view, 'worthlessVerdict', article ? start + 1 : start);
  if (!verdict) return false;
  const after = view.tokens[verdict.to];
  if (!after || verdict.to >= view.to || !after.word || CONJUNCTIONS.has(after.text)) return true;
  // "called the report biased against him" goes on with a preposition; "a fantasy in the tradition of" describes a genre.
  return !article && (words.prepositions.has(after.text) || AIMING_PREPOSITIONS.has(after.text));
}

/** Whether the object verb's object from `from` is a report whose of-phrase says what it claims ("the allegations of bribery"). */
export function reportWithClaim(view: SentenceView, from: number, last: number): boolean {
  const head = reportHead(view, from, last);
  return head >= 0 && view.tokens[head + 1]?.text === 'of';
}
