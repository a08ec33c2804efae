import { useId } from 'react';

/** "By [column ▾]": which column a chart breaks its posts down by. */
export function ColumnSelect({
  columns,
  value,
  onChange,
  testId,
}: {
  columns: readonly string[];
  value: string;
  onChange: (column: string) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <label className="row" htmlFor={id}>
      By
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
