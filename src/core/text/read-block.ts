/**
 * One reading of a block, shared by the sourcing tagger and the claim matcher: the word and
 * punctuation tokens of each sentence, with offsets in the block's original text, which
 * quotation each lies in, and each word's hashes (the matcher maps them to its own stems).
 */
import type { Span } from '../segment.js';
import { vocabulary } from '../sourcing/lexicon.js';
import { findQuotes } from '../sourcing/quotes.js';
import { tokenizeSpan, type Token } from '../sourcing/tokens.js';

export interface ReadBlock {
  text: string;
  spans: readonly Span[];
  /** The tokens of each span. Pooled: valid until the next block is read. */
  sentences: Token[][];
}

export function readBlock(text: string, spans: readonly Span[]): ReadBlock {
  const quotes = findQuotes(text);
  const sentences: Token[][] = [];
  let pooled = 0;
  for (const span of spans) {
    const tokens = tokenizeSpan(text, span.start, span.end, quotes, vocabulary, pooled);
    pooled += tokens.length;
    sentences.push(tokens);
  }
  return { text, spans, sentences };
}
