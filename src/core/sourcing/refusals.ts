/**
 * Refusals to answer, which still answer on the record: "would not say whether", "declined to say
 * how" (a speech verb asked about something), and declining to comment ("declined to comment",
 * "would not immediately comment", "declined requests for comment"), which news style reports as
 * the party's answer. Unlike "did not respond", which says nothing at all. What was refused is
 * the question's topic, not anything the refuser says.
 */
import { deniesOnlyWhenNegated, type CueCategory } from './cue-table.js';
import { isLyAdverb, words } from './lexicon.js';
import { outletAt } from './act-recipients.js';
import { hitAt, type CueHit, type SentenceView } from './sentence.js';
import type { Act } from './speech-act.js';
import type { Range } from './denial.js';

/** Whether the speech verb `verb` is followed by what was asked ("say whether", "say how many"). */
function asksAbout(view: SentenceView, verb: CueHit): boolean {
  return verb.category === 'speech' && words.openQuestions.has(view.tokens[verb.to]?.text ?? '');
}

/** "declined to", "refused to": a "to" at index `to` right after a refusal verb. */
export function afterRefusal(view: SentenceView, to: number): boolean {
  return view.tokens[to]?.text === 'to' && words.refusalVerbs.has(view.tokens[to - 1]?.text ?? '');
}

/**
 * "declined to say whether": a speech verb (of `category`) whose "to" at index `to` follows a
 * refusal verb, and whose next word, at `verbEnd`, asks something.
 */
export function refusedTo(view: SentenceView, to: number, category: CueCategory, verbEnd: number): boolean {
  return category === 'speech' && afterRefusal(view, to) && words.openQuestions.has(view.tokens[verbEnd]?.text ?? '');
}

/** "refused to accept the findings": a "to" at `to` between a refusal verb and a verb of acceptance, which it refuses. */
export function refusedAcceptance(view: SentenceView, to: number): boolean {
  return afterRefusal(view, to) && deniesOnlyWhenNegated(hitAt(view, 'objectVerb', to + 1));
}

/**
 * "would not say whether", "could not say how": "not" at index `not` after a modal refuses an
 * answer; "did not say whether" does not (a report may simply leave something out).
 */
export function withheldAnswer(view: SentenceView, not: number, verb: CueHit): boolean {
  return view.tokens[not]?.text === 'not' && words.neverModals.has(view.tokens[not - 1]?.text ?? '') && asksAbout(view, verb);
}

/**
 * The first token from `k` that is no adverb of a refusal ("declined immediately to comment"),
 * nor an adverb set off by commas ("declined, politely, to be interviewed", "declined, however, to comment").
 */
function pastAdverbs(view: SentenceView, k: number): number {
  const { tokens } = view;
  const aside = tokens[k + 1];
  if (tokens[k]?.text === ',' && tokens[k + 2]?.text === ',' && aside && (isLyAdverb(aside) || words.asideAdverbs.has(aside.text))) k += 3;
  while (words.refusalAdverbs.has(tokens[k]?.text ?? '')) k++;
  return k;
}

/** "immediate comment", "repeated requests for comment", "an interview request" from token `k`: where it ends, or -1. */
function commentNounEnd(view: SentenceView, k: number): number {
  const { tokens } = view;
  while (words.commentModifiers.has(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.text === 'comment') return k + 1;
  if (!words.commentRequests.has(tokens[k]?.text ?? '')) return -1;
  if (tokens[k - 1]?.text === 'interview') return k + 1;
  const asked = tokens[k + 2]?.text === 'an' ? k + 3 : k + 2;
  return tokens[k + 1]?.text === 'for' && (tokens[asked]?.text === 'comment' || tokens[asked]?.text === 'interview') ? asked + 1 : -1;
}

/**
 * Where a refusal verb ("declined", "would not") ends once what it refuses is taken in, or -1
 * when it refuses no comment: "to" and a short object ("to comment", "to answer questions"; bare
 * after a modal), or a comment or a request for one ("declined immediate comment"). Not a
 * refusal inside a proceeding or to another party ("refused to discuss pay with management").
 */
export function refusedCommentEnd(view: SentenceView, verb: CueHit): number {
  const { tokens } = view;
  let k = pastAdverbs(view, verb.to);
  let end = -1;
  if (!words.refusalVerbs.has(tokens[verb.from]!.text)) end = hitAt(view, 'refusalObject', k)?.to ?? -1;
  else if (tokens[k]?.text === 'to') end = hitAt(view, 'refusalObject', (k = pastAdverbs(view, k + 1)))?.to ?? -1;
  else end = commentNounEnd(view, k);
  return end >= 0 && !answersNoReporter(view, end) ? end : -1;
}

/** Prepositions that place a refusal inside a proceeding ("at the meeting"), not make it the topic ("on the meeting"). */
const VENUES = new Set(['at', 'during', 'in', 'before']);
/** Words after which the rest of the clause is what the refusal is about. */
const TOPIC_OPENERS = new Set(['about', 'regarding', 'concerning', 'over']);

/** The clause after a refusal from token `start` holds a proceeding ("at the meeting") or a party other than the press ("with the union"). */
function answersNoReporter(view: SentenceView, start: number): boolean {
  const { tokens } = view;
  let lastPreposition = -1;
  let inTopic = false;
  for (let k = start; k < view.to && !endsTopic(view, k); k++) {
    const text = tokens[k]!.text;
    if (words.refusalGrounds.has(text)) return true;
    // "questions about his talks with the envoy", "on what was said at the meeting": the topic's own words.
    inTopic ||= TOPIC_OPENERS.has(text) || words.openQuestions.has(text) || text === 'that';
    if (inTopic) continue;
    if (words.proceedingWords.has(text) && VENUES.has(tokens[lastPreposition]?.text ?? '')) return true;
    if (words.prepositions.has(text)) lastPreposition = k;
    const partner = words.definite.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (text === 'with' && !words.pressWords.has(tokens[partner]?.text ?? '') && !outletAt(view, k + 1)) return true;
  }
  return false;
}

function endsTopic(view: SentenceView, k: number): boolean {
  const text = view.tokens[k]!.text;
  return text === ',' || text === ';' || text === ':' || text === '\u2014' || text === 'but';
}

/**
 * "declined to comment on reports that he had not been paid", "would not say why she never
 * testified": what a refusal leaves unanswered, from its verb to the end of the clause; a
 * negation there is the question's, not a denial. Null for any other act.
 */
export function refusedTopic(view: SentenceView, act: Act): Range | null {
  const { tokens } = view;
  const { verb } = act;
  const withheld = asksAbout(view, verb) && (afterRefusal(view, verb.from - 1) || withheldAnswer(view, verb.from - 1, verb));
  if (!withheld && !verb.phrase.data.verb?.refusal) return null;
  let end = verb.to;
  while (end < view.to && !endsTopic(view, end)) end++;
  return end > verb.to ? { from: verb.to, to: end - 1 } : null;
}
