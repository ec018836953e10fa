/**
 * The matcher's tokens of a block the reader has already tokenised (src/core/text/read-block.ts):
 * each word's stem id, clause punctuation and double quotes, with offsets in the block's
 * original text. A plain word (ASCII letters and digits) is looked up by the hashes the reader
 * computed; any other word (hyphens, clitics, accents, dotted acronyms) goes through normalize()
 * and the same tokenizer that compiled the packs, so page and pack always agree on a word.
 */
import { normalize, toOriginal, toOriginalEnd } from '../normalize.js';
import type { ReadBlock } from '../text/read-block.js';
import type { Token } from '../sourcing/tokens.js';
import { BREAK, QUOTE, Tokens, tokenize } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import { grown } from './pair-table.js';

/** A lexeme whose stem id is not known yet (ids are >= 0 or UNKNOWN). */
const NOT_READ = -100;

export class BlockWords {
  /** Tokens [sentenceFrom[s], sentenceTo[s]) belong to sentence s of the block last filled. */
  sentenceFrom = new Int32Array(16);
  sentenceTo = new Int32Array(16);
  private readonly scratch = new Tokens();
  /**
   * Stem id of each word of the reader's vocabulary (by its index, `Token.lexeme`), NOT_READ until
   * first met: most words of a page are ones the reader knows ("the", "said"), and a small array
   * read by index is cheaper than probing the vocabulary's large memo by hash.
   */
  private lexemeIds = new Int32Array(0);

  constructor(private readonly vocabulary: Vocabulary, private readonly notId: number) {}

  fill(block: ReadBlock, out: Tokens): void {
    const { text, sentences } = block;
    out.reserve(text.length + 1);
    if (this.sentenceFrom.length < sentences.length) {
      this.sentenceFrom = new Int32Array(sentences.length * 2);
      this.sentenceTo = new Int32Array(sentences.length * 2);
    }
    const { vocabulary } = this;
    let count = 0;
    for (let s = 0; s < sentences.length; s++) {
      this.sentenceFrom[s] = count;
      for (const token of sentences[s]!) {
        if (token.plain) {
          out.ids[count] = token.lexeme >= 0 ? this.lexemeId(token, text) : vocabulary.lookupPlain(token.hash, token.check, text, token.start, token.end);
          out.starts[count] = token.start;
          out.ends[count++] = token.end;
        } else if (token.word) count = this.split(text, token.start, token.end, out, count);
        else {
          const kind = punctuation(text, token.start);
          if (kind === 0) continue;
          out.ids[count] = kind;
          out.starts[count] = token.start;
          out.ends[count++] = token.start + 1;
        }
      }
      this.sentenceTo[s] = count;
    }
    out.count = count;
  }

  /** The stem id of a plain word the reader's vocabulary knows (the word has its hashes, so the same id). */
  private lexemeId(token: Token, text: string): number {
    const { lexeme } = token;
    if (lexeme >= this.lexemeIds.length) {
      const known = this.lexemeIds.length;
      this.lexemeIds = grown(this.lexemeIds, lexeme).fill(NOT_READ, known);
    }
    let id = this.lexemeIds[lexeme]!;
    if (id === NOT_READ) id = this.lexemeIds[lexeme] = this.vocabulary.lookupPlain(token.hash, token.check, text, token.start, token.end);
    return id;
  }

  /** The matcher's words of one reader word such as "campaign-related", "didn't" or "U.S.". */
  private split(text: string, start: number, end: number, out: Tokens, count: number): number {
    const normalized = normalize(text.slice(start, end));
    const { scratch } = this;
    tokenize(normalized.text, this.vocabulary, scratch, this.notId);
    for (let k = 0; k < scratch.count; k++) {
      out.ids[count] = scratch.ids[k]!;
      out.starts[count] = start + toOriginal(normalized, scratch.starts[k]!);
      out.ends[count++] = start + toOriginalEnd(normalized, scratch.ends[k]!);
    }
    return count;
  }
}

/** BREAK for clause punctuation (and a hyphen standing between spaces), QUOTE for double quotes, else 0. */
function punctuation(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 34 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0x201f || code === 0x2033) return QUOTE;
  if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 91 || code === 93 || (code >= 0x2013 && code <= 0x2015)) return BREAK;
  if (isHyphen(code) && isSpaceOrNone(text.charCodeAt(i - 1))) {
    let j = i;
    while (isHyphen(text.charCodeAt(j))) j++;
    if (isSpaceOrNone(text.charCodeAt(j))) return BREAK;
  }
  return 0;
}

function isHyphen(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2012) || code === 0x2212;
}

/** White space as the matcher's normalisation sees it, or outside the text. */
function isSpaceOrNone(code: number): boolean {
  if (Number.isNaN(code)) return true;
  if (code < 128) return code === 32 || code === 9 || code === 10 || code === 13;
  return code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}
