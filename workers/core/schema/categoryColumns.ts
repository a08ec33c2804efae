/** Which columns posts can be grouped by: platform, country, source, a label. */
import type { ColumnSchema } from './types.ts';

const NOT_CATEGORY = new Set(['id', 'text', 'hashtags', 'timestamp']);

/**
 * Names of the columns to group posts by, in the order views offer them: role category, then
 * role label, then other categorical or yes/no columns that hold no id, text, hashtags or time.
 */
export function categoryColumnNames(schema: readonly ColumnSchema[]): string[] {
  const byRole = schema.filter((c) => c.role === 'category' || c.role === 'label');
  const byType = schema.filter(
    (c) =>
      !byRole.includes(c) &&
      (c.type === 'category' || c.type === 'boolean') &&
      !NOT_CATEGORY.has(c.role),
  );
  return [
    ...byRole.filter((c) => c.role === 'category'),
    ...byRole.filter((c) => c.role === 'label'),
    ...byType,
  ].map((c) => c.name);
}
