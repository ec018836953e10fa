/**
 * "would not say whether", "declined to say how": a spokesman who withholds an answer still
 * answers on the record, unlike one who "did not respond", which says nothing at all. Only a
 * speech verb asked about something counts: the question word after it shows an answer was
 * sought and refused. ("declined to comment" is its own phrase in the speech lexicon: news
 * style reports it as the party's on-record answer.)
 */
import type { CueCategory } from './cue-table.js';
import { words } from './lexicon.js';
import type { CueHit, SentenceView } from './sentence.js';

/** Whether the speech verb `verb` is followed by what was asked ("say whether", "say how many"). */
function asksAbout(view: SentenceView, verb: CueHit): boolean {
  return verb.category === 'speech' && words.openQuestions.has(view.tokens[verb.to]?.text ?? '');
}

/**
 * "declined to say whether": a speech verb (of `category`) whose "to" at index `to` follows a
 * refusal verb, and whose next word, at `verbEnd`, asks something.
 */
export function refusedTo(view: SentenceView, to: number, category: CueCategory, verbEnd: number): boolean {
  const { tokens } = view;
  return category === 'speech' && tokens[to]?.text === 'to' && words.refusalVerbs.has(tokens[to - 1]?.text ?? '') && words.openQuestions.has(tokens[verbEnd]?.text ?? '');
}

/**
 * "would not say whether", "could not say how": "not" at index `not` after a modal refuses an
 * answer; "did not say whether" does not (a report may simply leave something out).
 */
export function withheldAnswer(view: SentenceView, not: number, verb: CueHit): boolean {
  return view.tokens[not]?.text === 'not' && words.neverModals.has(view.tokens[not - 1]?.text ?? '') && asksAbout(view, verb);
}
