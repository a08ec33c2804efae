import { describe, expect, it } from 'vitest';
import { inferColumnType } from './inferType.ts';

const typeOf = (name: string, values: string[], delimiter = ',') =>
  inferColumnType(name, values, delimiter);

describe('inferColumnType', () => {
  it('calls counts written as 15.0 integers, and real fractions numbers', () => {
    expect(typeOf('Likes', ['15.0', '30.0', '2'])).toEqual({ type: 'integer', format: {} });
    expect(typeOf('score', ['0.5', '1.25', '3'])).toEqual({ type: 'number', format: {} });
  });

  it('records thousands separators and decimal commas', () => {
    expect(typeOf('views', ['1,234', '12', '1,000,000'])).toEqual({
      type: 'integer',
      format: { thousands: true },
    });
    expect(typeOf('rate', ['1,5', '2,25', '3'], ';')).toEqual({
      type: 'number',
      format: { decimalComma: true },
    });
  });

  it('reads shortened counts, and keeps a small count column numeric despite one stray cell', () => {
    expect(typeOf('likes', ['15', '2.1K', '3M'])).toEqual({
      type: 'integer',
      format: { abbreviated: true },
    });
    const counts = Array.from({ length: 60 }, (_, i) => String(i));
    expect(typeOf('shares', ['Lifetime: shares', ...counts]).type).toBe('integer');
    expect(typeOf('shares', ['Lifetime: shares', 'Total', ...counts]).type).toBe('category');
  });

  it('reads a count column as numbers though it has dashes, None and spreadsheet errors', () => {
    const counts = Array.from({ length: 60 }, (_, i) => String(i));
    const placeholders = ['-', '—', 'None', 'n.a.', '#VALUE!', '#DIV/0!', '#REF!'];
    expect(typeOf('likes', [...placeholders, ...counts])).toEqual({
      type: 'integer',
      format: {},
    });
    // a placeholder is no number: a column of them and words stays a category
    expect(typeOf('status', ['-', 'None', 'open', 'closed']).type).toBe('category');
  });

  it('reads Excel day numbers as dates only under a name of dates', () => {
    const days = ['44185.25', '44186', '44187.5', '44188.75'];
    expect(typeOf('date', days)).toEqual({
      type: 'datetime',
      format: { datetime: 'excel-serial' },
    });
    expect(typeOf('Created', days).type).toBe('datetime');
    // a duration in a "time" column is no date
    expect(typeOf('watch_time', days).type).toBe('number');
  });

  it('reads whole numbers under a category name as category codes, not quantities', () => {
    const codes = ['10', '22', '24', '10', '23'];
    expect(typeOf('category_id', codes)).toEqual({ type: 'category', format: {} });
    expect(typeOf('Post type', codes).type).toBe('category');
    expect(typeOf('likes', codes).type).toBe('integer');
    // fractions are measures even so
    expect(typeOf('type_score', ['0.5', '1.25']).type).toBe('number');
  });

  it('keeps long and Excel-rounded ids as categories', () => {
    expect(typeOf('id', ['1340539111971516416', '1338158543359250433']).type).toBe('category');
    expect(typeOf('tweet_id', ['5.70306E+17', '5.70301E+17']).type).toBe('category');
    expect(typeOf('views', ['5.70306E+17', '12', '40']).type).toBe('integer');
  });

  it('reads unix times only under a time-like name', () => {
    expect(typeOf('created_utc', ['1627980000', '1607774128'])).toEqual({
      type: 'datetime',
      format: { datetime: 'unix-s' },
    });
    expect(typeOf('followers', ['1627980000', '1607774128']).type).toBe('integer');
  });

  it('finds booleans, datetimes and tag lists', () => {
    expect(typeOf('verified', ['True', 'False', 'false']).type).toBe('boolean');
    expect(typeOf('flag', ['0', '1']).type).toBe('integer');
    expect(typeOf('Timestamp', ['2023-01-15 12:30:00', '2023-01-16 08:45:00'])).toEqual({
      type: 'datetime',
      format: { datetime: 'iso' },
    });
    expect(typeOf('tweet_created', ['24-02-2015 11:35', '23-02-2015 09:00'])).toEqual({
      type: 'datetime',
      format: { datetime: 'dmy' },
    });
    expect(typeOf('hashtags', ["['a', 'b']", "['c']"])).toEqual({
      type: 'tags',
      format: { tags: 'python-list' },
    });
    expect(typeOf('Hashtags', ['#Nature #Park', '#Fitness'])).toEqual({
      type: 'tags',
      format: { tags: 'hash-separated' },
    });
    expect(typeOf('tags', ['covid,vaccine', 'news'])).toEqual({
      type: 'tags',
      format: { tags: 'comma-separated' },
    });
  });

  it('splits strings into short categories and long or wordy text', () => {
    expect(typeOf('platform', ['Twitter', 'Instagram', 'Facebook']).type).toBe('category');
    expect(
      typeOf('text', [
        'Enjoying a beautiful day at the park!',
        'Traffic was terrible this morning.',
      ]).type,
    ).toBe('text');
    expect(typeOf('note', ['a b c d', 'e f g h']).type).toBe('text');
    expect(typeOf('nothing', []).type).toBe('empty');
  });
});
