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
  if (from >= tokens.length || tokens[from]!.quoted) return null;
  return { kind: 'document', from, to };
}

/**
 * A sentence's cues with its legal citation. A speaker's sentence, named ("Proving perjury under
 * 18 U.S.C. 1621 is hard, said a former prosecutor") or not ("Two officials said the statements
 * could fall under 18 U.S.C. 1001"), cites the law in what that speaker says, so it stays theirs.
 * Otherwise the citation is the document. Either way the people the statute's own wording speaks
 * of ("any person who willfully states") are hypothetical, not unnamed sources.
 */
export function withCitation(tokens: readonly Token[], cues: TokenCue[], citation: TokenCue): TokenCue[] {
  const kept = cues.filter((cue) => cue.kind !== 'anonymous' || !inStatuteWording(tokens, cue, citation));
  if (kept.some((cue) => cue.kind === 'on-record' || cue.kind === 'anonymous')) return kept;
  kept.push(citation);
  return kept;
}

/** Determiners of a statute's hypothetical person: "a witness who", "any person who", "every officer who". */
const HYPOTHETICAL_DETERMINERS = new Set(['a', 'an', 'any', 'each', 'every']);

/**
 * Whether an unnamed speaker's cue is the statute's own wording: it follows the citation
 * ("18 U.S.C. 1621 applies to a witness who states ...") unless it closes the sentence as its
 * attribution (", a person familiar with the case said."), or its act is what a hypothetical
 * person does ("a witness who knowingly states").
 */
function inStatuteWording(tokens: readonly Token[], cue: TokenCue, citation: TokenCue): boolean {
  if (cue.from > citation.to && !closesSentence(tokens, cue)) return true;
  return HYPOTHETICAL_DETERMINERS.has(tokens[cue.from]!.text) && actsInWhoClause(tokens, cue);
}

/** ", officials said." : the cue follows a comma and only punctuation follows it. */
function closesSentence(tokens: readonly Token[], cue: TokenCue): boolean {
  if (tokens[cue.from - 1]?.text !== ',') return false;
  for (let k = cue.to + 1; k < tokens.length; k++) if (tokens[k]!.word) return false;
  return true;
}

/**
 * "a witness who knowingly states": the cue's verb is the relative clause's own, reached past
 * adverbs only, so the person is defined by the act; "a person who has seen the memo said" speaks.
 */
function actsInWhoClause(tokens: readonly Token[], cue: TokenCue): boolean {
  let who = cue.to - 1;
  while (who > cue.from && tokens[who]!.ly) who--;
  return who > cue.from && tokens[who]!.text === 'who';
}
