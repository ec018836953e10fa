/**
 * Who wrote a report: "a report by a cybersecurity firm", "a study published by the institute".
 * A report a firm, agency or institute publishes under its own name is a document it issued,
 * not another outlet's reporting; a report by a newspaper or a journalist stays the press's.
 */
import { words } from './lexicon.js';
import { hitAt, type SentenceView } from './sentence.js';
import { outletAfter } from './speaker-phrases.js';
import { isPossessiveOwner } from './tokens.js';

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

/**
 * "The special counsel's report, released in April, said", "the company's report, released
 * Tuesday": the report noun at `head`, owned by the phrase from `from`, was put out by a body or an
 * office, so it is a paper that owner issued. A person's, a pronoun's or an unknown name's report
 * ("his report, published in 1974", "our report, published last week", "Woodward's report") and
 * one put out in an outlet ("published in the Post") stay the press's; an owner's report with no
 * such participle may be a cable or a dispatch ("the ambassador's reports home").
 */
export function putOutByInstitution(view: SentenceView, from: number, head: number): boolean {
  const { tokens } = view;
  const made = tokens[head + 1]?.text === ',' ? head + 2 : head + 1;
  if (made >= view.to || !words.reportMakingVerbs.has(tokens[made]!.text) || !institutionalOwner(view, from, head)) return false;
  const place = tokens[made + 1]?.text;
  return !((place === 'in' || place === 'on') && outletAfter(view, made + 2));
}

/**
 * The owner in [from, head) is a body, an office or a role in lower case ("the company's", "the
 * special counsel's", "a fire investigator's"), not a pronoun, a name or the press ("the
 * correspondent's").
 */
function institutionalOwner(view: SentenceView, from: number, head: number): boolean {
  for (let k = from; k < head; k++) {
    const token = view.tokens[k]!;
    if (!isPossessiveOwner(view.tokens, k)) continue;
    return token.word && !token.cap && (words.institutionHeads.has(token.text) || words.roleHeads.has(token.text) || words.unnamedHeads.has(token.text));
  }
  return false;
}
