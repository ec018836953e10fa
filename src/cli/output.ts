/** Where the CLI writes: the process streams, or a capture in tests that call `main()` directly. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

let guarded = false;

/** A reader that stops early (`sourcelight scan ... | head`) is not an error: stop quietly. */
function guardPipes(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

export const processOutput: Output = {
  stdout: (text) => {
    guardPipes();
    process.stdout.write(text);
  },
  stderr: (text) => {
    guardPipes();
    process.stderr.write(text);
  },
};
