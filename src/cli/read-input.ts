/**
 * Reads an input file defensively: the size is checked before a byte is read, and anything that
 * is not a regular file (a directory, a FIFO that would block, /dev/zero that never ends) is
 * refused, so no input can hang the CLI or exhaust its memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** An input the command cannot use; reported as `FILE: message` with exit code 1. */
export class InputError extends Error {}

export function readInputFile(file: string, maxBytes: number, what: string): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK keeps open() of a FIFO with no writer from blocking before the type check.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory, not a file');
    if (!stat.isFile()) throw new InputError('is not a regular file');
    if (stat.size > maxBytes) {
      throw new InputError(`is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} limit for ${what}`);
    }
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code ?? (error as Error).message})`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
