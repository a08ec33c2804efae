/** The user's choice of roles laid over the proposed ones. */
import type { ColumnSchema, Role, RoleMapping } from './types.ts';

/** Roles that at most one column holds. */
export const SINGLE_ROLES: readonly Role[] = ['text', 'hashtags', 'timestamp', 'followers'];

/**
 * The schema with roles from `mapping` (column name → role) where it names the column. When the mapping
 * gives a single role (text, hashtags, timestamp, followers) to a column, any other column that was
 * proposed for it becomes `other`. Names the schema does not have are ignored.
 */
export function applyRoleMapping(
  schema: readonly ColumnSchema[],
  mapping: RoleMapping,
): ColumnSchema[] {
  const claimed = new Set(
    Object.entries(mapping)
      .filter(([name, role]) => SINGLE_ROLES.includes(role) && schema.some((c) => c.name === name))
      .map(([, role]) => role),
  );
  return schema.map((c) => {
    const chosen = Object.hasOwn(mapping, c.name) ? mapping[c.name] : undefined;
    if (chosen !== undefined) return chosen === c.role ? c : { ...c, role: chosen };
    return claimed.has(c.role) ? { ...c, role: 'other' } : c;
  });
}
