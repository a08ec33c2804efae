/** The checks every feed frame passes before its JSON is read: text, not binary; at most 1 MiB; valid JSON. */
import type { SkipReason } from './types.ts';
import { utf8Length } from './utf8.ts';

/** Frames larger than this are skipped unread (1 MiB, counted in UTF-8 bytes). */
export const MAX_FRAME_BYTES = 1024 * 1024;

export type FrameJson =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly reason: SkipReason };

/**
 * A WebSocket message's data as parsed JSON, or why not: 'binary' for anything but a string
 * (ArrayBuffer, Blob, Buffer), 'too-large' over `maxBytes`, 'malformed' when it is not JSON.
 */
export function readFrameJson(data: unknown, maxBytes = MAX_FRAME_BYTES): FrameJson {
  if (typeof data !== 'string') return { ok: false, reason: 'binary' };
  // a code unit is 1 to 3 bytes: count bytes only when the length alone cannot decide
  if (data.length > maxBytes || (data.length * 3 > maxBytes && utf8Length(data) > maxBytes))
    return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, json: JSON.parse(data) as unknown };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** `value` as a plain object, or null. */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
