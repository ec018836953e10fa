/** `sourcelight import-claimreview` and `export-claimreview`: file handling around the pure core. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, flagString, type ParsedArgs } from '../args.js';
import type { Output } from '../output.js';
import { readPackFile } from '../pack-files.js';
import { InputError, readInputFile } from '../read-input.js';
import { importClaimReview } from '../../core/claims/claimreview.js';
import { exportClaimReview } from '../../core/claims/claimreview-export.js';
import { decodeUtf8, MAX_PACK_BYTES, readJsonText } from '../../core/claims/parse.js';
import { formatProblem, type Problem } from '../../core/claims/validate.js';
import { count } from './validate.js';

export function importClaimReviewCommand(args: ParsedArgs, out: Output): number {
  const [input, output] = inputAndOutput(args, 'IN.json');
  const text = decodeUtf8(readInputFile(input, MAX_PACK_BYTES, 'ClaimReview files'), MAX_PACK_BYTES);
  if (typeof text !== 'string') throw new InputError(`${input}: ${text.message}`);
  const json = readJsonText(text, MAX_PACK_BYTES);
  if (!json.ok) return fail(out, input, json.problems);
  const result = importClaimReview(json.value, {
    today: new Date().toISOString().slice(0, 10),
    name: flagString(args, 'name'),
    publisher: flagString(args, 'publisher'),
    license: flagString(args, 'license'),
    version: flagString(args, 'pack-version'),
  });
  printNotes(out, 'could not map', result.notes);
  if (!result.ok) return fail(out, input, result.problems);
  write(output, JSON.stringify(result.pack, null, 2) + '\n', out);
  if (output !== '-') out.stderr(`wrote ${output}: ${count(result.pack.claims.length, 'claim')} from ${input}\n`);
  return 0;
}

export function exportClaimReviewCommand(args: ParsedArgs, out: Output): number {
  const [input, output] = inputAndOutput(args, 'PACK.json');
  const parsed = readPackFile(input);
  if (!parsed.ok) return fail(out, input, parsed.problems);
  const result = exportClaimReview(parsed.pack);
  printNotes(out, 'left out', result.notes);
  write(output, JSON.stringify(result.document, null, 2) + '\n', out);
  if (output !== '-') out.stderr(`wrote ${output}: ${count(result.document['@graph'].length, 'ClaimReview')} from ${input}\n`);
  return 0;
}

function inputAndOutput(args: ParsedArgs, inputName: string): [string, string] {
  const output = flagString(args, 'output');
  if (args.positionals.length !== 1) throw new UsageError(`give exactly one input file (${inputName})`);
  if (!output) throw new UsageError('give the output file with -o FILE ("-" for standard output)');
  const input = args.positionals[0]!;
  if (output !== '-' && resolve(output) === resolve(input)) throw new UsageError('the output file must differ from the input file');
  return [input, output];
}

/** Writes through a temporary file, so a failed write never leaves half a file behind. */
function write(file: string, text: string, out: Output): void {
  if (file === '-') return out.stdout(text);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Notes are grouped by message, so a thousand reviews with the same extra field make one line. */
function printNotes(out: Output, heading: string, notes: readonly Problem[]): void {
  if (notes.length === 0) return;
  const groups = new Map<string, string[]>();
  for (const note of notes) {
    const paths = groups.get(note.message) ?? [];
    paths.push(note.path);
    groups.set(note.message, paths);
  }
  const lines = [...groups].map(([message, paths]) => {
    const where = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
    return `  ${where ? `${where}: ` : ''}${message}\n`;
  });
  out.stderr(`${heading}:\n${lines.join('')}`);
}

function fail(out: Output, file: string, problems: readonly Problem[]): number {
  out.stderr(`${file}: ${problems.map(formatProblem).join(`\n${file}: `)}\n`);
  return 1;
}
