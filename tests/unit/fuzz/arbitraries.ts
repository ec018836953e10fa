/**
 * Generators shared by the core fuzz tests. Random text alone almost never reaches the matcher's
 * or the tagger's interesting paths, so besides raw code units (lone surrogates included) the
 * generators build news-like prose from the bundled database's own names, aliases and phrasing
 * words, the sourcing vocabulary, and every character the normaliser treats specially.
 *
 * Every property test here is seeded (FUZZ_SEED, default below) so a failure replays exactly;
 * `FUZZ_RUNS_SCALE` multiplies the run counts for a long soak.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { ClaimPack } from '../../../src/core/claims/schema.js';
import { parsePackText } from '../../../src/core/claims/parse.js';

const BUNDLED = fileURLToPath(new URL('../../../extension/claims/sessions-kislyak.json', import.meta.url));

export function bundledPack(): ClaimPack {
  const read = parsePackText(readFileSync(BUNDLED, 'utf8'));
  if (!read.ok) throw new Error(`bundled pack invalid: ${JSON.stringify(read.problems)}`);
  return read.pack;
}

export const SEED = Number(process.env.FUZZ_SEED ?? 20240917);
const SCALE = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

/** fast-check parameters: the fixed seed and a run count (scaled for soaks). */
export function runs(numRuns: number): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) };
}

/**
 * Characters the core treats specially: every kind of space, invisible and bidi control,
 * curly and straight quotes, dashes, the ellipsis, letters whose lower case changes length
 * (İ -> i̇), final sigma, combining marks, surrogate pairs and lone surrogates.
 */
export const SPECIAL_CHARS = [
  '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u202f', '\u205f', '\u3000',
  '\u2002', '\u2009', '\u1680', '\u2028', '\u2029', '\u0085', '\t', '\n', '\r', '\f', '\v',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2032', '\u2033', '"', "'",
  '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '-', '\u2026', '...', '.', '?', '!', ';', ':', ',', '(', ')', '[', ']',
  '\u0130', '\u03a3', 'ß', 'ﬁ', 'É', 'é', 'e\u0301', '\u0301', 'Ω', 'K', 'ǅ',
  '😀', '👩‍👩‍👧', '\ud83d', '\ude00', '\u0000', '\ufffd', 'ا', 'ש',
];

const SOURCING_WORDS = [
  'said', 'says', 'told', 'according to', 'officials', 'current and former U.S. officials', 'one former official said',
  'a spokeswoman', 'a spokesman said', 'denied', 'did not', 'never', 'intercepts', 'intercepted', 'communications',
  'documents', 'records show', 'reported', 'The Washington Post reported', 'Reuters', 'who spoke on condition of anonymity',
  'a person familiar with', 'in a statement', 'testified', 'he said', 'she said', 'they said', 'sources', 'memo', 'emails',
];

const ABBREVIATIONS = ['U.S.', 'Sen.', 'Mr.', 'Dr.', 'Jan.', 'No.', 'a.m.', 'p.m.', 'D.C.', 'e.g.', 'i.e.', 'Robert S. Mueller', 'Inc.', 'Jr.', 'St.'];

/** Words and names from the bundled pack: entity names and aliases, phrasing words, statements. */
function packVocabulary(pack: ClaimPack): string[] {
  const words = new Set<string>();
  for (const entity of pack.entities) {
    words.add(entity.name);
    for (const alias of entity.aliases) words.add(alias);
  }
  for (const claim of pack.claims) {
    for (const phrasing of claim.match?.phrasings ?? []) {
      for (const word of phrasing.replace(/[[\]]/g, '').split(/\s+/)) if (word) words.add(word);
    }
    for (const word of claim.statement.split(/\s+/)) if (word) words.add(word);
  }
  return [...words];
}

let vocabulary: string[] | undefined;
export function newsVocabulary(): string[] {
  vocabulary ??= [...packVocabulary(bundledPack()), ...SOURCING_WORDS, ...ABBREVIATIONS, 'the', 'and', 'a', 'in', 'that', 'with', 'of', '2016', '2017'];
  return vocabulary;
}

let phrasingList: string[] | undefined;
/** The database's own example wordings, square brackets removed. */
function phrasings(): string[] {
  phrasingList ??= bundledPack().claims.flatMap((claim) => [claim.statement, ...(claim.match?.phrasings ?? [])]).map((p) => p.replace(/[[\]]/g, ''));
  return phrasingList;
}

/**
 * A wording of a database claim, damaged the way pages damage text: special characters slipped
 * between or inside words, some words upper-cased, an attribution before or after.
 */
export function claimSentence(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...phrasings()),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SPECIAL_CHARS)), { maxLength: 3 }),
      fc.boolean(),
      fc.constantFrom('', 'Officials said ', 'According to two people familiar with the matter, ', 'Sessions denied that '),
      fc.constantFrom('.', ', officials said.', ' — a claim he denied.', '?', ''),
    )
    .map(([phrasing, insertions, shout, before, after]) => {
      let text = shout ? phrasing.toUpperCase() : phrasing;
      for (const [at, char] of insertions) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + char + text.slice(i);
      }
      return before + text + after;
    });
}

const separator = fc.constantFrom(' ', ' ', ' ', ' ', ', ', '. ', '? ', '! ', '; ', ' \u2014 ', '\n', ' "', '" ', ' \u201c', '\u201d ', ' (', ') ');

/** A word, a name, an abbreviation, a special character, or a few random code units. */
const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...newsVocabulary()) },
  { weight: 2, arbitrary: claimSentence() },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** News-like prose: words from the database and sourcing vocabulary, glued with punctuation. */
export function newsText(maxTokens = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(token, separator), { maxLength: maxTokens })
    .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
}

/** Any text: raw code units (lone surrogates, NUL), graphemes, or news-like prose. */
export function anyText(maxLength = 400): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength: maxLength / 4 }),
    fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS, 'a', 'B', ' ', 'U.S. '), maxLength: maxLength / 4 }),
    newsText(),
  );
}

/** A page's blocks (headline, paragraphs, captions), some empty or whitespace only. */
export function blocks(maxBlocks = 8): fc.Arbitrary<string[]> {
  return fc.array(fc.oneof({ weight: 6, arbitrary: newsText() }, { weight: 1, arbitrary: anyText(200) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n') }), {
    maxLength: maxBlocks,
  });
}

/** White space in the broadest sense (Unicode White_Space, zero-width space, BOM): what a sentence may leave out. */
export function isBlank(char: string): boolean {
  return /^[\p{White_Space}\u200b\ufeff]$/u.test(char);
}

/**
 * `fc.assert` with the failing assertion's own message in the error (node:test would show only
 * the counterexample) and the counterexample escaped, so invisible characters can be read.
 */
export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, runs(numRuns));
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample: ${escape(JSON.stringify(details.counterexample))}\n${cause}`,
  );
}

/** JSON text with every non-ASCII or invisible character written as \uXXXX. */
function escape(text: string | undefined): string {
  return (text ?? 'undefined').replace(/[^\x21-\x7e ]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
