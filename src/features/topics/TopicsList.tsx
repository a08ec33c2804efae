/**
 * The topics as a reader works with them: each named by its distinctive words (or marked mixed /
 * unclear), with three posts that stand for it; rename, merge into another, hide. Edits are kept
 * with the analysis in the worker and IndexedDB, so they are back after a reload.
 */
import { useId, useState, type ReactNode } from 'react';
import type { TopicEdits, TopicsResult } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { useStaged } from '../../shared/useStaged.ts';
import { clusterName } from './clusters.ts';
import { ClusterSwatch } from './ClusterSwatch.tsx';

interface Group {
  readonly id: number;
  readonly members: readonly number[];
  readonly size: number;
  readonly share: number;
  readonly name: string;
  readonly mixed: boolean;
  readonly renamed: boolean;
  readonly posts: readonly string[];
}

/** Clusters grouped by merges: each group is the cluster that others were merged into. */
function groups(result: TopicsResult): Group[] {
  const e = result.edits;
  const total = result.clusters.reduce((n, c) => n + c.size, 0) || 1;
  return result.clusters
    .filter((c) => e.mergedInto[c.id] === undefined)
    .map((root) => {
      const members = result.clusters.filter(
        (c) => c.id === root.id || e.mergedInto[c.id] === root.id,
      );
      const size = members.reduce((n, c) => n + c.size, 0);
      const given = e.names[root.id];
      return {
        id: root.id,
        members: members.map((c) => c.id),
        size,
        share: size / total,
        name: given ?? root.label,
        mixed: given === undefined && root.mixed,
        renamed: given !== undefined,
        posts: root.representativePosts,
      };
    })
    .sort((a, b) => b.size - a.size);
}

function TopicRow({
  group,
  others,
  onRename,
  onMerge,
  onHide,
  busy,
}: {
  group: Group;
  others: readonly Group[];
  onRename: (name: string) => void;
  onMerge: (into: number) => void;
  onHide: () => void;
  busy: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const nameId = useId();
  const mergeId = useId();
  return (
    <li className="stack" data-testid="topic-item" data-topic={group.id}>
      <div className="row">
        <ClusterSwatch id={group.id} />
        <strong data-testid="topic-name">{group.name}</strong>
        {group.mixed && (
          <span
            className="badge"
            data-testid="topic-mixed"
            title="Its posts have little in common: no word sets them apart, or they sit closer to other topics than to each other."
          >
            mixed / unclear
          </span>
        )}
        <span className="muted">
          {clusterName(group.id)}
          {group.members.length > 1 &&
            ` + ${group.members
              .filter((m) => m !== group.id)
              .map((m) => clusterName(m))
              .join(', ')}`}{' '}
          · <span data-testid="topic-size">{formatInt(group.size)}</span> posts (
          {formatPercent(group.share)})
        </span>
      </div>
      {group.posts.length > 0 && (
        <ul className="muted" data-testid="topic-posts">
          {group.posts.map((p, i) => (
            <li key={i}>“{p}”</li>
          ))}
        </ul>
      )}
      <div className="row">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          value={draft ?? (group.renamed ? group.name : '')}
          placeholder={group.name}
          maxLength={80}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="topic-rename-input"
        />
        <button
          type="button"
          disabled={busy || draft === null}
          onClick={() => {
            onRename(draft ?? '');
            setDraft(null);
          }}
          data-testid="topic-rename"
        >
          Rename
        </button>
        {others.length > 0 && (
          <>
            <label htmlFor={mergeId}>Merge into</label>
            <select
              id={mergeId}
              value=""
              disabled={busy}
              onChange={(e) => e.target.value !== '' && onMerge(Number(e.target.value))}
              data-testid="topic-merge"
            >
              <option value="">choose a topic…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {clusterName(o.id)} · {o.name}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" disabled={busy} onClick={onHide} data-testid="topic-hide">
          Hide
        </button>
      </div>
    </li>
  );
}

/** Topics drawn per turn: a row (its posts, a menu of the other topics) takes a few ms to lay out. */
const ROWS_PER_TURN = 3;

function turns<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_TURN) out.push(rows.slice(i, i + ROWS_PER_TURN));
  return out;
}

/**
 * Children drawn first in a turn of their own (see useStaged), then at once on every change: a
 * run's twelve topics laid out in one frame made a long main-thread task.
 */
function FirstDrawnInTurn({ value, children }: { value: string; children: ReactNode }) {
  return useStaged(value) === null ? null : children;
}

/** The list of topics with their edits; `onEdit` saves new edits and resolves when they are kept. */
export function TopicsList({
  result,
  onEdit,
  busy,
}: {
  result: TopicsResult;
  onEdit: (edits: TopicEdits) => void;
  busy: boolean;
}) {
  const all = groups(result);
  const e = result.edits;
  const hidden = new Set(e.hidden);
  const shown = all.filter((g) => !hidden.has(g.id));
  const hiddenGroups = all.filter((g) => hidden.has(g.id));
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="topics-list">
      <h3 id={titleId}>Topics{result.restored ? ' (kept from your last visit)' : ''}</h3>
      <p className="muted">
        Each topic is named by the words that set its posts apart from the others. A topic marked
        mixed / unclear is a catch-all: read its posts before drawing conclusions.
      </p>
      <ol className="stack">
        {turns(shown).map((part) => (
          <FirstDrawnInTurn key={part[0]!.id} value={part.map((g) => g.id).join(',')}>
            {part.map((g) => (
              <TopicRow
                key={g.id}
                group={g}
                others={shown.filter((o) => o.id !== g.id)}
                busy={busy}
                onRename={(name) => onEdit({ ...e, names: { ...e.names, [g.id]: name } })}
                onMerge={(into) => onEdit({ ...e, mergedInto: { ...e.mergedInto, [g.id]: into } })}
                onHide={() => onEdit({ ...e, hidden: [...e.hidden, g.id] })}
              />
            ))}
          </FirstDrawnInTurn>
        ))}
      </ol>
      {hiddenGroups.length > 0 && (
        <p className="row" data-testid="topics-hidden">
          Hidden:{' '}
          {hiddenGroups.map((g) => (
            <button
              key={g.id}
              type="button"
              disabled={busy}
              onClick={() => onEdit({ ...e, hidden: e.hidden.filter((h) => h !== g.id) })}
            >
              Show {g.name}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
