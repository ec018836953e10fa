/**
 * The sourcing tagger: for each sentence of a block (paragraph, headline, caption), the kinds of
 * sourcing it shows and the words that show each. It takes the whole block because a pronoun
 * ("she said") takes its speaker from earlier in the paragraph and a quotation may span sentences.
 * A sentence with no cue word in it is skipped before it is even tokenized. This module drives a
 * block sentence by sentence; tag-sentence.ts reads one, cue-offsets.ts turns its cues into offsets.
 */
import type { SourcingCue } from '../report.js';
import { BlockMemory } from './block-memory.js';
import { NO_CUES, toSourcingCues } from './cue-offsets.js';
import { labelColon, labelKey, labelStart } from './labels.js';
import { tagSentence } from './tag-sentence.js';
import { SIGN_OFF } from './sign-offs.js';
import { namesMemoir } from './book-sources.js';
import { citesLaw, legalCitation, withCitation } from './legal-citations.js';
import { withoutOwnReporting } from './own-reporting.js';
import { readBlock, type ReadBlock } from '../text/read-block.js';
import type { Token } from './tokens.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

export function tagBlock(text: string, sentences: readonly SentenceSpan[]): SourcingCue[][] {
  return tagRead(readBlock(text, sentences));
}

/**
 * The cues of each sentence of a block already read. `labels`: the labels that open several
 * blocks of the document (see recurringLabels), the speakers of a transcript. `outlet`: the
 * page's own outlet (see pageOutlet), whose reporting is not relayed.
 */
export function tagRead(block: ReadBlock, labels?: ReadonlySet<string>, outlet?: string | null): SourcingCue[][] {
  const cues = tagSentences(block, labels);
  return outlet ? withoutOwnReporting(block.text, cues, outlet) : cues;
}

function tagSentences(block: ReadBlock, labels?: ReadonlySet<string>): SourcingCue[][] {
  const { text } = block;
  const memory = new BlockMemory(namesMemoir(text));
  // Asked once per block, not looked for at the end of every sentence.
  const signed = text.includes('(@');
  const cites = citesLaw(text);
  const signOff = SIGN_OFF.test(text);
  return block.sentences.map((tokens, index) => {
    const start = index === 0 ? labelStart(text, tokens) : 0;
    const colon = index === 0 ? labelColon(text, tokens, start, tokens.length) : -1;
    const label = colon > 0 ? { start, colon, recurs: labels?.has(labelKey(text, tokens, start, colon)) === true, text } : null;
    const credited = mayEndWithCredit(text, block.spans[index]!, signed) || (index === 0 && signOff);
    const citation = cites ? legalCitation(text, tokens, block.spans[index]!) : null;
    if (!label && !credited && !citation && !worthReading(tokens, memory)) {
      memory.endSentence(null);
      memory.sentenceRead(tokens);
      return NO_CUES;
    }
    const tagged = tagSentence(tokens, 0, tokens.length, label, credited, memory);
    const cues = toSourcingCues(text, tokens, citation ? withCitation(tokens, tagged, citation) : tagged);
    memory.sentenceRead(tokens);
    return cues;
  });
}

/** How far from a sentence's end an outlet's credit may start ("- The Washington Post"). */
const CREDIT_REACH = 28;
const CREDIT_MARK = /[)|\u2013\u2014]|\s-\s/;
/** A dash after a finished statement or quotation: "'We never met.' — Ana Ruiz, May 3" (see statementCredit). */
const STATEMENT_CREDIT = /[.!?'"\u2019\u201d]\s+[\u2013\u2014-]\s/;

/** An embedded post's signature: "— Jane Roe (@janeroe) July 22, 2017". */
const POST_SIGNATURE = /\(@\w+\)[^()]{0,24}$/;
const POST_REACH = 48;

/**
 * "... (Bloomberg)", "... | Reuters", "... (@handle) date": a sentence that may end with a
 * credit. `signed`: the block holds an "(@" somewhere.
 */
function mayEndWithCredit(text: string, span: SentenceSpan, signed: boolean): boolean {
  if (CREDIT_MARK.test(text.slice(Math.max(span.start, span.end - CREDIT_REACH), span.end))) return true;
  if (STATEMENT_CREDIT.test(text.slice(span.start, span.end))) return true;
  if (!signed) return false;
  // A bounded look back: a long paragraph must not be searched once per sentence.
  for (let k = span.end - 2; k >= Math.max(span.start, span.end - POST_REACH); k--) {
    if (text.charCodeAt(k) === 0x28 && text.charCodeAt(k + 1) === 0x40) return POST_SIGNATURE.test(text.slice(k, span.end)); // "(@"
  }
  return false;
}

/** Whether a sentence can show any sourcing: it has a cue word or may continue an attributed quotation. */
function worthReading(tokens: readonly Token[], memory: BlockMemory): boolean {
  for (const token of tokens) if (token.anchor) return true;
  return memory.awaitsQuote() && tokens[0]?.quote === 'open';
}
