import type { ColumnFormat, DatetimeFormat, TagFormat } from '../../../workers/api.ts';

const DATETIME: Readonly<Record<DatetimeFormat, string>> = {
  iso: 'ISO',
  dmy: 'day first',
  mdy: 'month first',
  'unix-s': 'unix seconds',
  'unix-ms': 'unix milliseconds',
  'excel-serial': 'Excel date numbers',
  twitter: 'Twitter API',
  'month-name': 'month names',
};

const TAGS: Readonly<Record<TagFormat, string>> = {
  'hash-separated': '#tags',
  'comma-separated': 'comma-separated',
  'pipe-separated': 'separated by |',
  'json-array': 'JSON lists',
  'python-list': 'Python lists',
};

/** How a column's cells were read, in a few words ("day first", "2.1K counts"); empty when plain. */
export function formatLabel(format: ColumnFormat): string {
  return [
    format.datetime && DATETIME[format.datetime],
    format.tags && TAGS[format.tags],
    format.thousands && 'thousands grouped',
    format.decimalComma && 'decimal comma',
    format.abbreviated && '2.1K counts',
    format.percent && 'percent',
  ]
    .filter((label): label is string => typeof label === 'string' && label !== '')
    .join(', ');
}
