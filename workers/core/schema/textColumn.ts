import { fail, ok, type Result } from '../errors/index.ts';
import type { ColumnSchema } from './types.ts';

/**
 * The column holding the post text, or NO_TEXT_COLUMN: Murmur analyses posts, so a file without
 * one (a table of numbers, an export with the text left out) is refused with the columns it has.
 */
export function requireTextColumn(
  schema: readonly ColumnSchema[],
  fileName: string,
): Result<ColumnSchema> {
  const text = schema.find((c) => c.role === 'text');
  if (text) return ok(text);
  const names = schema.map((c) => c.name);
  return fail(
    'NO_TEXT_COLUMN',
    `No column in "${fileName}" looks like post text (columns: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}).`,
    'Murmur analyses posts: export the file with the post text (body, message, text, caption…) as one of its columns.',
  );
}
