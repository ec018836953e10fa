/**
 * Questions in a sentence: a question attributes nothing ("Did the mayor lie?"), though a
 * statement may come before it ("The report raises a question: did he lie?").
 */
import type { Token } from './tokens.js';

/**
 * "The report has revived a question: did he lie?": what comes before the colon is stated, and
 * ends there; `from` (nothing stated) when the whole sentence asks, or only a label precedes the
 * question ("HOST: Is that right?"; `labelColon`).
 */
export function statedBeforeQuestion(tokens: readonly Token[], from: number, to: number, labelColon: number): number {
  for (let k = to - 1; k > labelColon; k--) if (tokens[k]!.text === ':' && !tokens[k]!.quoted) return k;
  return from;
}

/** A question attributes nothing ("What did the study find?"), unless it only reminds ("Remember when she said ...?"). */
export function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && tokens[last]!.quote) last--;
  if (tokens[last]?.text !== '?' || reminds(tokens, from)) return false;
  // 'a memo with the subject line "is she right?"': a question quoted inside a statement is not the sentence's own.
  if (tokens[last]!.quoted) for (let k = from; k < last; k++) if (tokens[k]!.word && !tokens[k]!.quoted) return false;
  return true;
}

/** Words that open a rhetorical reminder: it states what it recalls. */
const REMINDERS = new Set(['remember', 'recall']);
const RECALLED = new Set(['when', 'how', 'that']);

/** "Remember when the mayor said ...?", "Recall how she insisted ...?". */
function reminds(tokens: readonly Token[], from: number): boolean {
  return REMINDERS.has(tokens[from]?.text ?? '') && RECALLED.has(tokens[from + 1]?.text ?? '');
}
