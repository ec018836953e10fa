/**
 * The `sourcelight` command: dispatches to a subcommand and turns every failure into a short
 * message and an exit code (0 success, 1 bad input or problems found, 2 wrong usage), never a
 * stack trace.
 */
import { parseArgs, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { commandHelp, GENERAL_HELP } from './help.js';
import { InputError } from './read-input.js';
import { exportClaimReviewCommand, importClaimReviewCommand } from './commands/claimreview.js';
import { scanCommand } from './commands/scan.js';
import { validateCommand } from './commands/validate.js';
import { processOutput, type Output } from './output.js';
import { projectVersion } from './project-root.js';

interface Command {
  flags: FlagSpecs;
  run(args: ParsedArgs, out: Output): Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  scan: {
    flags: { json: { type: 'boolean' }, pack: { type: 'list' }, 'no-bundled': { type: 'boolean' }, possible: { type: 'boolean' } },
    run: scanCommand,
  },
  validate: { flags: { json: { type: 'boolean' } }, run: validateCommand },
  'import-claimreview': {
    flags: {
      output: { type: 'string', short: 'o' },
      name: { type: 'string' },
      publisher: { type: 'string' },
      license: { type: 'string' },
      'pack-version': { type: 'string' },
    },
    run: importClaimReviewCommand,
  },
  'export-claimreview': { flags: { output: { type: 'string', short: 'o' } }, run: exportClaimReviewCommand },
};

export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    out.stderr(GENERAL_HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    out.stdout(topic && COMMANDS[topic] ? commandHelp(topic) : GENERAL_HELP);
    return 0;
  }
  if (name === '--version' || name === '-V') {
    out.stdout(`sourcelight ${projectVersion()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    out.stderr(`sourcelight: unknown command "${name}"\nRun "sourcelight --help" for the commands.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.stdout(commandHelp(name));
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.flags), out);
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`sourcelight ${name}: ${error.message}\nRun "sourcelight ${name} --help" for its usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      out.stderr(`sourcelight ${name}: ${error.message}\n`);
      return 1;
    }
    // An unexpected failure is still reported briefly; SOURCELIGHT_DEBUG=1 shows the stack.
    const detail = process.env.SOURCELIGHT_DEBUG ? (error as Error).stack : (error as Error)?.message ?? String(error);
    out.stderr(`sourcelight ${name}: ${detail}\n`);
    return 1;
  }
}
