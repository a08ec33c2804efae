import { describe, expect, it } from 'vitest';
import type { ColumnSummary } from './types.ts';
import { valueNotes } from './valueNotes.ts';

const column = (
  c: Partial<ColumnSummary> & Pick<ColumnSummary, 'name' | 'type'>,
): ColumnSummary => ({
  index: 0,
  role: 'other',
  rows: 100,
  missing: 0,
  missingShare: 0,
  distinct: 10,
  distinctCapped: false,
  ...c,
});

describe('valueNotes', () => {
  it('names the column, how many values did not read, what they look like and what to do', () => {
    const notes = valueNotes([
      column({ name: 'text', type: 'text' }),
      column({
        name: 'date',
        type: 'datetime',
        unreadable: { count: 1, examples: ['Lifetime: date posted'], more: false, firstRow: 4 },
      }),
      column({
        name: 'shares',
        type: 'integer',
        unreadable: { count: 1234, examples: ['tbd', 'see notes', '?'], more: true, firstRow: 0 },
      }),
    ]);
    expect(notes.map((n) => [n.code, n.column])).toEqual([
      ['UNREADABLE_VALUES', 'date'],
      ['UNREADABLE_VALUES', 'shares'],
    ]);
    expect(notes[0]!.message).toBe(
      '1 value of "date" could not be read as a date ("Lifetime: date posted"), so it counts as missing in every chart and model. If it is a second header row or a note, remove it from the file and import it again; if not, check how the column is written.',
    );
    expect(notes[1]!.message).toContain(
      '1,234 values of "shares" could not be read as a number ("tbd", "see notes", "?", …), so they count as missing',
    );
  });

  it('says once that a row failing in several columns looks like a second header row', () => {
    const described = (name: string, count: number, first: string) =>
      column({
        name,
        type: 'integer',
        unreadable: { count, examples: [first, 'n.a.'], more: false, firstRow: 0 },
      });
    const notes = valueNotes([
      column({
        name: 'date',
        type: 'datetime',
        unreadable: { count: 1, examples: ['Lifetime: date posted'], more: false, firstRow: 0 },
      }),
      described('shares', 1, 'Lifetime: shares'),
      described('likes', 7, 'Lifetime: likes'),
      described('fans', 1, 'Lifetime: fans'),
      column({
        name: 'clicks',
        type: 'integer',
        unreadable: { count: 1, examples: ['?'], more: false, firstRow: 9 },
      }),
    ]);
    expect(notes.map((n) => [n.code, n.column])).toEqual([
      ['UNREADABLE_ROW', 'date'],
      ['UNREADABLE_VALUES', 'likes'],
      ['UNREADABLE_VALUES', 'clicks'],
    ]);
    expect(notes[0]!.message).toBe(
      'Row 1 below the header is not a post: in 4 columns ("date", "shares", "likes", "fans") its values ("Lifetime: date posted", "Lifetime: shares", "Lifetime: likes", …) are not dates or numbers. It looks like a second header row; remove it from the file and import it again (until then it counts as a post whose numbers are missing).',
    );
  });

  it('says which counts were written short, and how one of them was read', () => {
    const [note] = valueNotes([
      column({ name: 'likes', type: 'integer', abbreviated: { count: 40, example: '2.1K' } }),
    ]);
    expect(note).toEqual({
      code: 'ABBREVIATED_COUNTS',
      column: 'likes',
      message:
        '40 values of "likes" were written short, as platforms show counts, and read as whole numbers ("2.1K" as 2,100, and so on). The platform rounded them, so they are exact to two or three digits only: an export with full counts gives truer totals and models.',
    });
    expect(valueNotes([column({ name: 'likes', type: 'integer' })])).toEqual([]);
  });

  it('names placeholders for no value apart, and never takes them for a second header row', () => {
    const dashes = (name: string, more: boolean) =>
      column({
        name,
        type: 'integer',
        placeholders: { count: 12, examples: ['-', '#VALUE!'], more },
      });
    const notes = valueNotes([dashes('likes', true), dashes('shares', false)]);
    expect(notes.map((n) => [n.code, n.column])).toEqual([
      ['PLACEHOLDER_VALUES', 'likes'],
      ['PLACEHOLDER_VALUES', 'shares'],
    ]);
    expect(notes[0]!.message).toBe(
      '12 cells of "likes" hold no number but a placeholder ("-", "#VALUE!", …): a dash, "None" or a spreadsheet error such as #VALUE!, so they count as missing in every chart and model. If they stand for zero, write 0 in the export and import it again.',
    );
    // the twelve cells of "shares" are the two values shown: nothing more to hint at
    expect(notes[1]!.message).toContain('a placeholder ("-", "#VALUE!"): a dash');
  });
});
