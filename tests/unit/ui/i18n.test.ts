/**
 * The locale catalogue against the code: every key the UI and background use exists (plural
 * forms included), names are valid for Chrome ([A-Za-z0-9_]), and every $PLACEHOLDER$ a message
 * uses is declared.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { catalogueLookup } from '../../../src/ui/shared/i18n.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogue = JSON.parse(readFileSync(join(root, 'extension/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(join(root, dir, file), 'utf8'));
}

const code = ['src/background', 'src/ui/popup', 'src/ui/options', 'src/ui/shared'].flatMap(sources).join('\n');

describe('locale catalogue', () => {
  it('has valid message names', () => {
    for (const key of Object.keys(catalogue)) assert.match(key, /^[A-Za-z0-9_]+$/, key);
  });

  it('has every key the code uses, and both plural forms of every counted message', () => {
    for (const [, key] of code.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) assert.ok(catalogue[key!], `missing ${key}`);
    for (const [, base] of code.matchAll(/\btCount\('([A-Za-z0-9_]+)'/g)) {
      assert.ok(catalogue[`${base}_one`] && catalogue[`${base}_other`], `missing plural forms of ${base}`);
    }
  });

  it('declares every placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) assert.ok(entry.placeholders?.[name!.toLowerCase()], `${key} uses $${name}$`);
    }
  });

  it('substitutes placeholders as the browser does', () => {
    const lookup = catalogueLookup({ hello: { message: 'Hello $WHO$, $N$ times', placeholders: { who: { content: '$1' }, n: { content: '$2' } } } });
    assert.equal(lookup('hello', ['you', '3']), 'Hello you, 3 times');
  });
});

describe('formatting', () => {
  it('formats numbers, shares and dates as precisely as they are written, in the configured locale', async () => {
    const { configureI18n, formatIsoDate, formatNumber, formatPercent } = await import('../../../src/ui/shared/i18n.js');
    configureI18n({ lookup: () => '', locale: 'en' });
    assert.equal(formatNumber(12345), '12,345');
    assert.equal(formatPercent(0.5), '50%');
    assert.equal(formatIsoDate('2017-07-21'), 'Jul 21, 2017');
    assert.equal(formatIsoDate('2017-07'), 'Jul 2017');
    assert.equal(formatIsoDate('2017'), '2017');
    configureI18n({ lookup: () => '', locale: 'de' });
    assert.equal(formatNumber(12345), '12.345', 'a new locale gets new formatters');
  });
});
