/**
 * Renders a generated article into the bench's news page template (bench/pages/article.html):
 * a header, navigation, an article with subheads and paragraphs, a sidebar, a form and a footer,
 * like the pages the content script meets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../options.js';
import { generateArticle, type ArticleOptions } from './generate-article.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articlePage(options: ArticleOptions): string {
  const blocks = generateArticle(options);
  const body = blocks
    .map((block) => (block.kind === 'headline' ? `    <h2>${escape(block.text)}</h2>` : `    <p>${escape(block.text)}</p>`))
    .join('\n');
  const template = readFileSync(join(ROOT, 'bench/pages/article.html'), 'utf8');
  return template.replaceAll('{{title}}', 'Envoy’s reports of talks with Sessions, and the rest of the day’s news').replace('{{body}}', body);
}
