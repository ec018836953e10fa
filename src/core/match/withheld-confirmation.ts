/**
 * A confirmation withheld ("declined to confirm", "would not acknowledge") leaves open what it
 * withholds, and only that: when it withholds a report ("declined to confirm the Post's report
 * that Kislyak told Moscow ..."), the clause after "report that" is the report's own account,
 * relayed as such, like "the Post reported that ...". The polarity marker (polarity.ts) asks
 * these two questions of the words around its hypothetical cues.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import { wordAt } from './verb-forms.js';

/** The verbs a withholding cue ends with ("refused to confirm", "declined to acknowledge"). */
const WITHHELD_VERB = /^(?:confirm|acknowledge)$/;
/** Nouns for what a newsroom published: what follows "that" or "which" after them is their content. */
const REPORT_NOUN = /^(?:reports?|reporting|accounts?|stor(?:y|ies)|articles?)$/;
const RELATIVE = /^(?:that|which)$/;

/** Whether the hypothetical cue ending at token `last` withholds a confirmation (rather than asking, urging or supposing). */
export function withholdsConfirmation(text: string, tokens: Tokens, last: number): boolean {
  return WITHHELD_VERB.test(wordAt(text, tokens, last));
}

/** Whether token `at` opens the content of a report noun just before it ("the report that", "the story, which"). */
export function relaysReport(text: string, tokens: Tokens, at: number): boolean {
  if (!RELATIVE.test(wordAt(text, tokens, at))) return false;
  const noun = tokens.ids[at - 1] === BREAK ? at - 2 : at - 1;
  return noun >= 0 && tokens.ids[noun]! !== BREAK && REPORT_NOUN.test(wordAt(text, tokens, noun));
}
