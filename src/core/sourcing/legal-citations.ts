/**
 * A legal citation: a statute, a regulation or a court ruling cited by its code or reporter
 * ("18 U.S.C. § 1001", "28 C.F.R. 45.2", "409 U.S. 352 (1973)", "782 F.2d 367"). Citing one
 * rests what the sentence says on a published legal text, a document, whatever the wording
 * around it; the citation's shape alone shows it, so no cue word is needed.
 */
import type { SentenceSpan } from './tag.js';
import type { TokenCue } from './cues.js';
import type { Token } from './tokens.js';

/**
 * A section sign; a code title and its name ("18 U.S.C.", "5 C.F.R."); a federal reporter's
 * volume and page ("782 F.2d 367", "138 S. Ct. 1"); a Supreme Court report's volume and page only
 * with its year ("409 U.S. 352 (1973)"), as "12 U.S. troops" counts soldiers; "Section 1001 of Title 18".
 */
const CITATION = new RegExp(
  [
    '\u00a7',
    '\\b\\d+ (?:U\\. ?S\\. ?C|C\\. ?F\\. ?R)\\.',
    '\\b\\d+ (?:F\\. ?(?:2d|3d|4th)|F\\. ?Supp\\.(?: ?[23]d)?|S\\. ?Ct\\.|L\\. ?Ed\\.(?: ?2d)?) \\d+\\b',
    '\\b\\d+ U\\.S\\. \\d+(?:, \\d+)? \\((?:[^()]{0,20} )?\\d{4}\\)',
    '\\bof Title \\d+\\b',
  ].join('|'),
);

/** Whether a block cites any law at all: asked once per block, most of which cite none. */
export function citesLaw(text: string): boolean {
  return CITATION.test(text);
}

/** The document cue of the first legal citation in a sentence's span, as a token range, or null. */
export function legalCitation(text: string, tokens: readonly Token[], span: SentenceSpan): TokenCue | null {
  const match = CITATION.exec(text.slice(span.start, span.end));
  if (!match) return null;
  const start = span.start + match.index;
  const end = start + match[0].length;
  let from = 0;
  while (from < tokens.length && tokens[from]!.end <= start) from++;
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1]!.start < end) to++;
  // Inside a quotation the citation is the quoted speaker's, not the article's sourcing.
  // A sentence opening on a section sign is the tail of one split after "C.F.R.": its speaker came before.
  if ((from === 0 && text.charCodeAt(start) === 0xa7) || from >= tokens.length || tokens[from]!.quoted) return null;
  return { kind: 'document', from, to };
}

/**
 * A sentence's cues with its legal citation. A named speaker's sentence ("Proving perjury under
 * 18 U.S.C. 1621 is hard, said a former prosecutor") cites the law in what that speaker says, so
 * it stays theirs; otherwise the citation is the document, and the people a statute or ruling
 * speaks of ("any person who willfully states") are hypothetical, not unnamed sources.
 */
export function withCitation(cues: TokenCue[], citation: TokenCue): TokenCue[] {
  if (cues.some((cue) => cue.kind === 'on-record')) return cues;
  const kept = cues.filter((cue) => cue.kind !== 'anonymous');
  kept.push(citation);
  return kept;
}
