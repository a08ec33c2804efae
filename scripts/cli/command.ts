import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AppError } from '../../workers/core/errors/index.ts';

/** A CLI command: takes its arguments (after the command name), returns the exit code. */
export type CliCommand = (args: string[]) => Promise<number>;

/** Print an AppError to stderr the way every command does, and return the exit code 1. */
export function reportError(error: AppError): number {
  console.error(`murmur: ${error.message}${error.hint ? `\n  ${error.hint}` : ''} [${error.code}]`);
  return 1;
}

/** Print a usage problem to stderr and return exit code 2. */
export function usageError(message: string, usage: string): number {
  console.error(`murmur: ${message}\nusage: ${usage}`);
  return 2;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>
>;

/** Parses a command's arguments (options and positionals); a usage error prints to stderr and gives exit code 2. */
export function parseCommandArgs<const O extends Options>(
  args: string[],
  options: O,
  usage: string,
): Parsed<O> | number {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (e) {
    return usageError(e instanceof Error ? e.message : String(e), usage);
  }
}

/** Writes `text` to `file` through a temporary file beside it, so a failure never leaves half a file. */
export function writeFileWhole(file: string, text: string): void {
  const tmp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
