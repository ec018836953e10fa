/**
 * Where a sentence asks. A question ("Did the two men meet?") states nothing; one closing a
 * statement ("The report revives a question: did he mislead Congress?") asks only about what
 * follows its colon or dash, so the statement before it still counts.
 */
import type { Span } from '../segment.js';

/** Where the question a sentence ends with starts (after its last colon or dash), or -1 when it asks nothing. */
export function questionStart(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /["'\u201d\u2019)\s]/.test(text.charAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 63) return -1;
  const lead = text.slice(span.start, end).search(/(?::|\s[\u2014\u2013-]{1,2})\s[^:\u2014\u2013]*$/);
  return lead < 0 ? span.start : span.start + lead;
}
