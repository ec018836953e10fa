/** The lexicon data files: well formed, so a typo cannot silently disable a cue. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildProfile } from '../../../../src/core/sourcing/profile.js';
import signals from '../../../../src/core/sourcing/signals.json';

const dir = new URL('../../../../src/core/sourcing/lexicon/', import.meta.url);
/** Lists whose entries are names, written with their capitals. */
const CASED = new Set(['names', 'wire', 'syndicates', 'outletNameWords']);

function lists(value: unknown, path: string, out: [string, string[]][]): [string, string[]][] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) out.push([path, value as string[]]);
  else if (Array.isArray(value)) value.forEach((item, i) => lists(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) lists(item, path ? `${path}.${key}` : key, out);
  return out;
}

test('every lexicon list holds distinct, trimmed, non-empty entries in the right case', () => {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  assert.ok(files.length >= 5);
  for (const file of files) {
    for (const [path, entries] of lists(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), '', [])) {
      const where = `${file} ${path}`;
      assert.equal(new Set(entries).size, entries.length, `${where}: duplicates`);
      for (const entry of entries) {
        assert.ok(entry.length > 0 && entry === entry.trim() && !/\s{2}/.test(entry), `${where}: "${entry}"`);
        if (!CASED.has(path.split('.').at(-1)!.replace(/\[\d+\]$/, ''))) assert.equal(entry, entry.toLowerCase(), `${where}: "${entry}" must be lower case`);
      }
    }
  }
});

test('every signal has a W3C section, a unique name and a one-sentence explanation', () => {
  const names = signals.signals.map((signal) => signal.name);
  assert.equal(new Set(names).size, names.length);
  for (const signal of signals.signals) {
    assert.match(signal.w3c, /^\d+(\.\d+)+$/);
    assert.match(signal.explanation, /^[^.]*[^.\s][^]*\.$/);
    for (const [, key] of signal.explanation.matchAll(/\{(\w+)\}/g)) assert.ok(['n', 'example', 'attributed', 'sentences', 'share'].includes(key!), key);
  }
});

test('every signal can fire: each rule is implemented', () => {
  // An article with every kind of sourcing, half of it unnamed, fires every signal but "No Source Type Cited".
  const cue = (kind: 'anonymous' | 'document' | 'intercept' | 'denial' | 'relayed' | 'on-record', text: string) => ({ kind, cue: text, start: 0, end: text.length });
  const sentence = (text: string, sourcing: ReturnType<typeof cue>[]) => ({ block: 0, start: 0, end: text.length, text, claims: [], sourcing });
  const profile = buildProfile(
    [
      sentence('A source, who was not authorized to speak, said so.', [cue('anonymous', 'A source said')]),
      sentence('Two officials said so.', [cue('anonymous', 'Two officials said')]),
      sentence('Aides said so.', [cue('anonymous', 'Aides said')]),
      sentence('People familiar with it said so.', [cue('anonymous', 'People familiar with it said')]),
      sentence('A study found it.', [cue('document', 'A study found')]),
      sentence('It was intercepted.', [cue('intercept', 'intercepted')]),
      sentence('She denied it.', [cue('denial', 'She denied'), cue('on-record', 'She denied')]),
      sentence('Reuters reported it.', [cue('relayed', 'Reuters reported')]),
    ],
    8,
  );
  const fired = new Set(profile.signals.map((signal) => signal.name));
  const single = 'Single Anonymous Source Materially Cited';
  for (const name of names()) if (name !== 'No Source Type Cited' && name !== single) assert.ok(fired.has(name), name);
  assert.ok(!fired.has(single), 'two different unnamed sources are not a single one');
});

function names(): string[] {
  return signals.signals.map((signal) => signal.name);
}
