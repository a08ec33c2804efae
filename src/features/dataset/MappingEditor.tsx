import { useState } from 'react';
import { InfoTip } from '../../components/InfoTip.tsx';
import { formatInt, formatPercent } from '../../shared/format.ts';
import type { ColumnSchema, Role, RoleMapping } from '../../../workers/api.ts';
import { formatLabel } from './formatLabel.ts';
import { ROLE_INFO } from './roleInfo.ts';

const ROLE_LIST = Object.keys(ROLE_INFO) as Role[];

export interface MappingEditorProps {
  schema: readonly ColumnSchema[];
  remembered: boolean;
  saving: boolean;
  onSave: (mapping: RoleMapping) => void;
}

/** The proposed role of every column, with sample values; the user can change any and apply. */
export function MappingEditor({ schema, remembered, saving, onSave }: MappingEditorProps) {
  const [draft, setDraft] = useState<Record<string, Role>>({});
  const changed = Object.entries(draft).filter(
    ([name, role]) => schema.find((c) => c.name === name)?.role !== role,
  );
  return (
    <section className="card card--wide" aria-labelledby="mapping-title" data-testid="mapping">
      <header className="card__header">
        <h3 className="card__title" id="mapping-title">
          Columns and roles
          <InfoTip text="Murmur guessed what each column holds. Change a role if the guess is wrong; the choice is remembered for files with the same columns." />
        </h3>
        <div className="card__actions">
          {remembered && <span className="pill">Mapping remembered from an earlier file</span>}
          <button
            type="button"
            className="button button--primary"
            disabled={changed.length === 0 || saving}
            onClick={() => onSave(Object.fromEntries(changed))}
            data-testid="apply-mapping"
          >
            {saving
              ? 'Applying…'
              : changed.length > 0
                ? `Apply ${changed.length} change${changed.length > 1 ? 's' : ''}`
                : 'No changes'}
          </button>
        </div>
      </header>
      <div className="card__body">
        <table className="simple">
          <thead>
            <tr>
              <th>Column</th>
              <th>Type</th>
              <th>Role</th>
              <th className="num">Missing</th>
              <th className="num">Distinct</th>
              <th>Sample values</th>
            </tr>
          </thead>
          <tbody>
            {schema.map((c) => {
              const role = draft[c.name] ?? c.role;
              const read = formatLabel(c.format);
              return (
                <tr key={c.name} data-testid={`column-${c.name}`}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <span className="pill" data-testid="column-type">
                      {c.type}
                      {read && ` (${read})`}
                    </span>
                  </td>
                  <td>
                    <select
                      aria-label={`Role of ${c.name}`}
                      value={role}
                      title={ROLE_INFO[role]}
                      onChange={(e) =>
                        setDraft((d) => ({ ...d, [c.name]: e.target.value as Role }))
                      }
                      data-testid="column-role"
                    >
                      {ROLE_LIST.map((r) => (
                        <option key={r} value={r} title={ROLE_INFO[r]}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="num">{formatPercent(c.missing)}</td>
                  <td className="num">
                    {formatInt(c.distinct)}
                    {c.distinctCapped ? '+' : ''}
                  </td>
                  <td className="samples" title={c.samples.join(' | ')}>
                    {c.samples
                      .slice(0, 3)
                      .map((s) => (s.length > 60 ? `${s.slice(0, 57)}…` : s))
                      .join(' | ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
