import type { ColumnSchema, ValueNote } from '../../../workers/api.ts';

/**
 * The notes on values that were not read as written, above the column summaries; a note on dates
 * whose day and month order is a guess carries the button that switches it.
 */
export function ValueNotes({
  notes,
  schema,
  switching,
  onDateOrder,
}: {
  notes: readonly ValueNote[];
  schema: readonly ColumnSchema[];
  /** A switch is being applied: the buttons wait. */
  switching: boolean;
  onDateOrder: (column: string, order: 'dmy' | 'mdy') => void;
}) {
  if (notes.length === 0) return null;
  return (
    <ul
      className="banner banner--warning"
      data-testid="value-notes"
      aria-label="Values that were not read as written"
    >
      {notes.map((n, i) => {
        const read = schema.find((c) => c.name === n.column)?.format.datetime;
        const other = read === 'mdy' ? 'dmy' : 'mdy';
        return (
          <li key={i}>
            {n.message}
            {n.code === 'AMBIGUOUS_DAY_ORDER' && (read === 'dmy' || read === 'mdy') && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small"
                  disabled={switching}
                  onClick={() => onDateOrder(n.column, other)}
                >
                  Read “{n.column}” {other === 'dmy' ? 'day' : 'month'} first
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
