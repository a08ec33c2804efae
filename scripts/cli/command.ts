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
