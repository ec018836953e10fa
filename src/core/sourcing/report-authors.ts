/**
 * Who wrote a report: "a report by a cybersecurity firm", "a study published by the institute".
 * A report a firm, agency or institute publishes under its own name is a document it issued,
 * not another outlet's reporting; a report by a newspaper or a journalist stays the press's.
 */
import { words } from './lexicon.js';
import { hitAt, type SentenceView } from './sentence.js';

/** How far after the report noun its "by" may stand ("published on Wednesday by"). */
const BY_REACH = 4;
/** How far after "by" the author's description may run ("by Talbot Labs, a Denver-based research firm"). */
const AUTHOR_REACH = 10;

/** Whether the report noun at token `head` is credited to an institution rather than an outlet or a person. */
export function byInstitution(view: SentenceView, head: number): boolean {
  const { tokens } = view;
  let by = head + 1;
  while (by < view.to && by - head <= BY_REACH && tokens[by]!.text !== 'by') by++;
  if (by >= view.to || tokens[by]!.text !== 'by') return false;
  for (let k = by + 1; k < view.to && k - by <= AUTHOR_REACH; k++) {
    const token = tokens[k]!;
    if (hitAt(view, 'outlet', k) || token.quoted || words.breakers.has(token.text)) return false;
    if (words.institutionHeads.has(token.text)) return true;
  }
  return false;
}

/** Participles that put a report out, as a body does its own ("released", "issued", "filed"). */
const PUTTING_OUT = new Set(['released', 'published', 'issued', 'filed', 'submitted', 'declassified']);

/**
 * "The special counsel's report, released in April, said": the report noun at `head` was put out,
 * so its owner issued a paper. An owner's report with no such participle may be a cable or a
 * dispatch ("the ambassador's reports home").
 */
export function putOut(view: SentenceView, head: number): boolean {
  const next = view.tokens[head + 1]?.text === ',' ? head + 2 : head + 1;
  return next < view.to && PUTTING_OUT.has(view.tokens[next]!.text);
}
