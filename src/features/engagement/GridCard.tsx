import { memo, useId, useMemo, useState } from 'react';
import type { ForestOptions, GridParam, GridSummary } from '../../../workers/api.ts';
import { formatInt, formatPlain } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { Heatmap } from '../../components/Heatmap.tsx';
import { formatParam } from './gridValues.ts';

const NAMES: Partial<Record<GridParam, string>> = {
  nEstimators: 'trees',
  maxDepth: 'max depth',
  maxFeatures: 'max features',
  minSamplesLeaf: 'min per leaf',
  minSamplesSplit: 'min to split',
  bootstrap: 'bootstrap',
  maxBins: 'bins',
};
const PARAMS = Object.keys(NAMES) as GridParam[];

const valueOf = (p: ForestOptions, k: GridParam): unknown =>
  p[k] ?? (k === 'maxDepth' ? null : undefined);
const same = (a: unknown, b: unknown) =>
  a === b || (a === undefined && b === null) || (a === null && b === undefined);

/**
 * The cross-validated score over two chosen grid options (the others held at the best point's
 * values), the best cell outlined; and every point's mean ± std in a table.
 */
export const GridCard = memo(function GridCard({
  summary,
  folds,
}: {
  summary: GridSummary;
  folds: number;
}) {
  const varied = useMemo(
    () =>
      PARAMS.filter(
        (k) =>
          new Set(summary.points.map((p) => JSON.stringify(valueOf(p.params, k) ?? null))).size > 1,
      ),
    [summary],
  );
  const [rowsParam, setRows] = useState<GridParam | null>(varied[0] ?? null);
  const [colsParam, setCols] = useState<GridParam | null>(varied[1] ?? null);
  const id = useId();
  const mse = summary.scoring === 'neg_mse';
  const shown = (s: number) => (mse ? -s : s);
  const best = summary.points[summary.bestIndex]!;
  // a quick (halving) search scores each point in the last round it reached, on that round's posts
  const halving = summary.points.some((p) => p.rows !== undefined);
  const axis = (k: GridParam | null) =>
    k
      ? [
          ...new Map(
            summary.points.map((p) => [
              JSON.stringify(valueOf(p.params, k) ?? null),
              valueOf(p.params, k),
            ]),
          ).values(),
        ]
      : [undefined];
  const rowVals = axis(rowsParam);
  const colVals = axis(colsParam);
  const others = PARAMS.filter((k) => k !== rowsParam && k !== colsParam);
  const cell = (rv: unknown, cv: unknown) =>
    summary.points.find(
      (p) =>
        (!rowsParam || same(valueOf(p.params, rowsParam), rv)) &&
        (!colsParam || same(valueOf(p.params, colsParam), cv)) &&
        others.every((k) => same(valueOf(p.params, k), valueOf(best.params, k))),
    );
  const values = rowVals.map((rv) =>
    colVals.map((cv) => {
      const p = cell(rv, cv);
      return p ? shown(p.meanScore) : NaN;
    }),
  );
  const finite = values.flat().filter(Number.isFinite);
  const marked = rowVals.flatMap((rv, r) =>
    colVals.flatMap((cv, c) => (cell(rv, cv) === best ? [[r, c] as const] : [])),
  );
  const label = mse ? `mean CV MSE (${folds} folds)` : `mean CV ${summary.scoring}`;
  const select = (value: GridParam | null, set: (k: GridParam) => void, name: string) => (
    <label className="row" style={{ gap: '0.3rem' }}>
      {name}
      <select
        value={value ?? ''}
        onChange={(e) => set(e.target.value as GridParam)}
        aria-label={`${name} of the heatmap`}
      >
        {varied.map((k) => (
          <option key={k} value={k}>
            {NAMES[k]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <ChartCard
      title="Cross-validated score over the grid"
      info={`The ${label} of each grid point; ${mse ? 'lower' : 'higher'} is better. Two options span the map, the others are held at the best point's values. The outlined cell is the best point, which was refitted on all training posts.${halving ? ' The quick search scored each point in the last round it reached: points dropped early were scored on fewer posts (the table says how many), so their scores are rougher.' : ''}`}
      testId="grid-heatmap"
      wide
      actions={
        varied.length >= 2 ? (
          <div className="row" id={id}>
            {select(rowsParam, setRows, 'Rows')}
            {select(colsParam, setCols, 'Columns')}
          </div>
        ) : undefined
      }
    >
      <div className="row" style={{ alignItems: 'flex-start', gap: '1.5rem' }}>
        <figure style={{ margin: 0 }}>
          {colsParam && (
            <figcaption
              className="muted"
              style={{ textAlign: 'right' }}
            >{`columns: ${NAMES[colsParam]}`}</figcaption>
          )}
          <Heatmap
            rowLabels={rowVals.map((v) =>
              rowsParam ? `${NAMES[rowsParam]} ${formatParam(v ?? null)}` : 'all',
            )}
            colLabels={colVals.map((v) => (colsParam ? formatParam(v ?? null) : 'score'))}
            values={values}
            domain={finite.length > 0 ? [Math.min(...finite), Math.max(...finite)] : [0, 1]}
            marked={marked}
            format={(v) => formatPlain(v, 3)}
            ariaLabel={`${label} by ${rowsParam ? NAMES[rowsParam] : ''} and ${colsParam ? NAMES[colsParam] : ''}`}
            cellSize={64}
          />
        </figure>
        <div style={{ maxHeight: 320, overflow: 'auto', flex: 1, minWidth: 320 }}>
          <table className="simple" data-testid="grid-table">
            <thead>
              <tr>
                <th className="num">Rank</th>
                <th>Parameters</th>
                <th className="num">{mse ? 'CV MSE' : `CV ${summary.scoring}`}</th>
                <th className="num">± std</th>
                {halving && <th className="num">Posts</th>}
              </tr>
            </thead>
            <tbody>
              {[...summary.points]
                .sort((a, b) => a.rank - b.rank)
                .map((p, i) => (
                  <tr key={i} style={p === best ? { fontWeight: 600 } : undefined}>
                    <td className="num">{p.rank}</td>
                    <td>
                      {varied
                        .map((k) => `${NAMES[k]} ${formatParam(valueOf(p.params, k) ?? null)}`)
                        .join(', ') || 'the one point'}
                    </td>
                    <td className="num">{formatPlain(shown(p.meanScore), 4)}</td>
                    <td className="num">{formatPlain(p.stdScore, 4)}</td>
                    {halving && (
                      <td className="num" data-testid="grid-point-rows">
                        {p.rows === undefined ? '—' : formatInt(p.rows)}
                      </td>
                    )}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </div>
    </ChartCard>
  );
});
