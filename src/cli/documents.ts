/**
 * Reads an article into blocks (a sentence never spans two) and the text that report offsets
 * refer to. `.txt`: every line is a block and the text is the file's own text. `.html`: the
 * visible text by the content script's rules (src/page/extract.ts on a linkedom document), and
 * the text is the blocks joined by blank lines.
 */
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractAllBlocks } from '../page/extract.js';
import { markupLayoutRules } from '../page/layout-markup.js';
import { MAX_HTML_DEPTH, htmlDepth } from './html-depth.js';
import { InputError, readInputFile } from './read-input.js';

/** Largest article read (16 MiB: a 100,000-word page is about 1 MiB of HTML). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export interface ArticleText {
  /** The extracted text that offsets in the report refer to. */
  text: string;
  blocks: { text: string; start: number }[];
}

const HTML_BLOCK_SEPARATOR = '\n\n';

export function readArticle(file: string): ArticleText {
  try {
    return articleOf(file);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

function articleOf(file: string): ArticleText {
  const type = extname(file).toLowerCase();
  if (type !== '.txt' && type !== '.html' && type !== '.htm') {
    throw new InputError(`cannot scan ${type ? `"${type}" files` : 'a file without an extension'} (use .txt or .html)`);
  }
  const bytes = readInputFile(file, MAX_DOCUMENT_BYTES, 'articles');
  if (type !== '.txt') return htmlArticle(decodeHtml(bytes));
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`holds binary data, not text (a NUL byte at byte ${nul})`);
  return textArticle(new TextDecoder('utf-8').decode(bytes));
}

function textArticle(text: string): ArticleText {
  const blocks: ArticleText['blocks'] = [];
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let match = line.exec(text); match && match.index < text.length; match = line.exec(text)) {
    blocks.push({ text: match[0].replace(/[\r\n]+$/, ''), start: match.index });
  }
  return { text, blocks };
}

export function htmlArticle(html: string): ArticleText {
  if (htmlDepth(html) > MAX_HTML_DEPTH) throw new InputError(`elements are nested more than ${MAX_HTML_DEPTH} levels deep (browsers stop nesting there too)`);
  const { document } = parseHTML(html);
  const root = document.body ?? document.documentElement;
  const texts = root ? extractAllBlocks(root, markupLayoutRules).map((block) => block.text) : [];
  const blocks: ArticleText['blocks'] = [];
  let start = 0;
  for (const text of texts) {
    blocks.push({ text, start });
    start += text.length + HTML_BLOCK_SEPARATOR.length;
  }
  return { text: texts.join(HTML_BLOCK_SEPARATOR), blocks };
}

/** As a browser would: a byte-order mark, else a `<meta charset>` near the top, else UTF-8. */
function decodeHtml(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(bom ?? declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
