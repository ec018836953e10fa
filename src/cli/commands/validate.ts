/** `sourcelight validate FILE...`: checks pack files and lists every problem with its JSON path. */
import { UsageError, flagSet, type ParsedArgs } from '../args.js';
import type { Output } from '../output.js';
import { readPackFile } from '../pack-files.js';
import { formatProblem, type Problem } from '../../core/claims/validate.js';

export function validateCommand(args: ParsedArgs, out: Output): number {
  if (args.positionals.length === 0) throw new UsageError('give the pack file(s) to check');
  const json = flagSet(args, 'json');
  const results = args.positionals.map((file) => ({ file, result: readPackFile(file) }));
  if (json) {
    const report = results.map(({ file, result }) =>
      result.ok
        ? { file, ok: true, name: result.pack.name, claims: result.pack.claims.length, changes: result.changes }
        : { file, ok: false, problems: result.problems },
    );
    out.stdout(JSON.stringify({ files: report }, null, 2) + '\n');
  } else {
    for (const { file, result } of results) {
      if (result.ok) {
        const { pack } = result;
        out.stdout(`${file}: valid claim pack "${pack.name}" by ${pack.publisher}, version ${pack.version}: ${count(pack.claims.length, 'claim')}, ${count(pack.entities.length, 'entity', 'entities')}\n`);
        if (result.changes.length) out.stdout(`  migrated to the current schema version:\n${list(result.changes)}`);
      } else {
        out.stderr(`${file}: invalid, ${count(result.problems.length, 'problem')}:\n${list(result.problems)}`);
      }
    }
  }
  return results.every(({ result }) => result.ok) ? 0 : 1;
}

function list(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}\n`).join('');
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
