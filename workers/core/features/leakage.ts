/**
 * Never one engagement count to predict another. Likes, shares, comments and the like are only
 * known after a post is published, so a model fed retweets to predict likes looks excellent and
 * is useless for a draft. (The Python pipeline this app grew out of predicted impressions from
 * likes, shares and comments.) A column is refused as a feature when its role is an engagement
 * role, when it is a number column whose name reads as an engagement count, or when the target uses it.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { proposeRoles } from '../schema/columnRoles.ts';
import { ENGAGEMENT_ROLES, type ColumnSchema, type Role } from '../schema/types.ts';

/** The role a column's name alone suggests for a count column (`retweets` → shares, `user_favourites` → other). */
function roleByName(name: string): Role {
  return proposeRoles([
    {
      name,
      type: 'integer',
      distinct: 100,
      distinctCapped: false,
      present: 100,
      meanLength: 2,
      meanWords: 1,
      rowIndex: false,
    },
  ])[0]!;
}

/** Why `column` may not be a feature, or null when it may. */
export function leakReason(column: ColumnSchema, targetColumns: readonly string[]): string | null {
  if (targetColumns.includes(column.name)) return `"${column.name}" is part of the target`;
  if (ENGAGEMENT_ROLES.includes(column.role))
    return `"${column.name}" is an engagement count (role ${column.role})`;
  // the name matters for counts only: a flag such as is_retweet is known before posting
  if (column.type !== 'integer' && column.type !== 'number') return null;
  const byName = roleByName(column.name);
  if (ENGAGEMENT_ROLES.includes(byName))
    return `"${column.name}" looks like an engagement count (${byName}) by its name`;
  return null;
}

/**
 * Refuses feature columns that leak the outcome, with LEAKY_FEATURE and the explanation.
 * `targetColumns` are the columns the target is computed from.
 */
export function checkNoLeak(
  features: readonly ColumnSchema[],
  targetColumns: readonly string[],
): Result<true> {
  for (const c of features) {
    const why = leakReason(c, targetColumns);
    if (why) {
      return fail(
        'LEAKY_FEATURE',
        `${why}, so it cannot be a feature: engagement counts are only known after a post is published, and one count predicting another looks accurate but says nothing about a draft.`,
        `Remove "${c.name}" from the features; use what is known before posting (text, time, platform, followers).`,
      );
    }
  }
  return ok(true);
}
