import { appError, type AppError, type ErrorCode } from './errors.ts';

/** The outcome of anything that can fail for reasons a user can fix. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, hint?: string): Result<T> {
  return { ok: false, error: appError(code, message, hint) };
}

export function failWith<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}
