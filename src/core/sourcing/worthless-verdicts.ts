/**
 * A naming verb's verdict on a report ("called the radio report lazy", "branded the story a
 * fantasy"): which objects are reports, allegations or claims that such a verdict denies, and
 * whether the verdict really is the complement the verb gives its object, not a word inside it.
 */
import { words } from './lexicon.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import { hasMediaModifier } from './speaker-media.js';

/** Verbs that name their object with a verdict ("called", "labelled", "branded"); "likened to" and "referred to as" compare. */
const VERDICT_VERBS = ['call', 'label', 'brand'];
/** Words that start a clause inside an object: its words are the clause's, not the speaker's verdict. */
const CLAUSE_WORDS = new Set(['that', 'how', 'why', 'what', 'where', 'when', 'whether', 'who', 'whom', 'whose', 'which', 'by']);
/** Whom a verdict is aimed at, after it ("biased against him"): the prepositions list leaves these out. */
const AIMED = new Set(['against', 'toward', 'towards']);
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
  if (!VERDICT_VERBS.some((stem) => view.tokens[verb.from]!.text.startsWith(stem))) return false;
  const head = reportHead(view, verb.to, last);
  const start = head < 0 ? -1 : complementStart(view, head + 1, last);
  return start >= 0 && verdictEndsThere(view, start);
}

/**
 * The index of the report or allegation heading the object from `from` ("the radio report", "the
 * Post's account", "the report's findings"), or -1 when the object's head is something else
 * ("the story collection", "the report's authors", "the idea of a report").
 */
export function reportHead(view: SentenceView, from: number, last: number): number {
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
    const insidePhrase = words.prepositions.has(before) || words.definite.has(before) || words.possessive.has(before) || words.indefinite.has(before);
    // A verb of saying ("which critics said was a hoax") opens someone else's words; "the recall" is a noun.
    if ((!token.word && !isQuoteMark(token.text)) || CLAUSE_WORDS.has(token.text) || (hitAt(view, 'speech', k) && !insidePhrase)) return -1;
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
  return !article && (words.prepositions.has(after.text) || AIMED.has(after.text));
}

function isArticle(text: string): boolean {
  return text === 'a' || text === 'an';
}

function isQuoteMark(text: string): boolean {
  return /^["“”'‘’]$/.test(text);
}

/** Whether the object verb's object from `from` is a report whose of-phrase says what it claims ("the allegations of bribery"). */
export function reportWithClaim(view: SentenceView, from: number, last: number): boolean {
  const head = reportHead(view, from, last);
  return head >= 0 && view.tokens[head + 1]?.text === 'of';
}
