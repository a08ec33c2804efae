/** Column types, roles and the user's mapping: the vocabulary every later analysis reads. */

export type ColumnType =
  'integer' | 'number' | 'boolean' | 'datetime' | 'category' | 'text' | 'tags' | 'empty';

/** Roles, exactly these names (the UI, the CLI and saved models use them). */
export const ROLES = [
  'text',
  'hashtags',
  'timestamp',
  'likes',
  'shares',
  'comments',
  'engagement',
  'followers',
  'category',
  'label',
  'id',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

/** Engagement counts: only known after a post is published, never features for one another. */
export const ENGAGEMENT_ROLES: readonly Role[] = ['likes', 'shares', 'comments', 'engagement'];

export type DatetimeFormat =
  | 'iso' // 2021-08-03T10:00:00Z, 2021-08-03 10:00[:00], 2021-08-03
  | 'dmy' // 24-02-2015 11:35, 24/02/2015
  | 'mdy' // 2/24/2015 11:35 (US)
  | 'unix-s'
  | 'unix-ms'
  | 'excel-serial' // 44185.25: days since 1899-12-30, as Excel stores dates (a column formatted as General)
  | 'twitter' // Wed Oct 10 20:19:24 +0000 2018 (Twitter API v1.1 created_at)
  | 'month-name'; // Mar 12, 2021 10:05 AM; Friday, March 12, 2021; 12 March 2021 (English month names)

export type TagFormat =
  'hash-separated' | 'comma-separated' | 'pipe-separated' | 'json-array' | 'python-list';

/** How the cells of a column are written, so the same parse can be repeated on new data. */
export interface ColumnFormat {
  readonly datetime?: DatetimeFormat;
  readonly tags?: TagFormat;
  /** Numbers written with thousands separators, e.g. "1,234". */
  readonly thousands?: boolean;
  /** Numbers written with a decimal comma, e.g. "3,5" (semicolon files). */
  readonly decimalComma?: boolean;
  /** Counts shortened as platforms show them, e.g. "2.1K" (read as 2,100). */
  readonly abbreviated?: boolean;
  /** Numbers followed by `%` (an engagement rate), read in percent: "4.5%" is 4.5. */
  readonly percent?: boolean;
}

export interface ColumnSchema {
  readonly name: string;
  readonly index: number;
  readonly type: ColumnType;
  /** The proposed (or user-chosen) role. */
  readonly role: Role;
  readonly format: ColumnFormat;
  /** Share of missing cells, 0..1. */
  readonly missing: number;
  /** Distinct non-missing values, counted up to a cap. */
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** A few non-missing example values, as written. */
  readonly samples: readonly string[];
}

/** The user's choice of role per column name. */
export type RoleMapping = Readonly<Record<string, Role>>;
