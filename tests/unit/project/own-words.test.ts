/**
 * Third-party text stays out of the project: no fixture, demo page, bench sentence or database
 * wording shares a long run of words with the evaluation corpus in ../shared/corpus (evaluation
 * only). Short public quotes ("I did not have communications with the Russians") and stock
 * phrases stay well under the run length checked here; the database's `quote` fields (attributed
 * public statements, which the corpus articles quote too) are left out. Skipped when ../shared
 * is not beside the project.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../../src/cli/project-root.js';

/** Words in a row that count as copying: longer than any quote or stock phrase the project keeps. */
const RUN = 12;
const root = projectRoot();
const corpus = join(root, '../shared/corpus');
const OWN_TEXT = /\.(txt|html|json|ts|md|svg)$/;

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}']+/gu) ?? [];
}

function runs(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) found.add(words.slice(i, i + RUN).join(' '));
  return found;
}

/** A file's own words: for a claim pack, every string but its attributed quotes. */
function ownText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.includes('extension/claims') || !file.endsWith('.json')) return text;
  return JSON.stringify(JSON.parse(text), (key, value: unknown) => (key === 'quote' ? undefined : value));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => OWN_TEXT.test(file) && statSync(file).isFile());
}

test('no project text repeats a run of 12 words from the evaluation corpus', { skip: !existsSync(corpus) && '../shared/corpus is not beside the project' }, () => {
  const third = new Set<string>();
  for (const file of filesUnder(corpus)) if (/\.(txt|html)$/.test(file)) for (const run of runs(wordsOf(readFileSync(file, 'utf8')))) third.add(run);
  assert.ok(third.size > 1000, 'the corpus articles were read');
  const copied: string[] = [];
  for (const dir of ['tests/fixtures', 'demo', 'bench/article', 'bench/words', 'extension/claims']) {
    for (const file of filesUnder(join(root, dir))) {
      const shared = [...runs(wordsOf(ownText(file)))].find((run) => third.has(run));
      if (shared) copied.push(`${relative(root, file)}: "${shared}"`);
    }
  }
  assert.deepEqual(copied, []);
});
