import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureConsole } from './captureConsole.testutil.ts';
import { tempDir } from './tempDir.testutil.ts';
import { createRng } from '../../workers/core/random/rng.ts';
import { command } from './forest.ts';

const SKLEARN = path.join(
  process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url)),
  'reference',
  'sklearn',
);
const available = existsSync(path.join(SKLEARN, 'features_vaccination.csv'));
if (!available)
  console.warn(
    `skipped: murmur forest on features_vaccination.csv (no ${SKLEARN}; set MURMUR_SHARED)`,
  );

const { dir } = tempDir('forest');

/** y = 10·x0 + noise, x1 pure noise; rows alternate train/test. */
function matrixFile(n: number): string {
  const rng = createRng(2);
  const lines = ['x0,x1,id,y,split'];
  for (let i = 0; i < n; i++) {
    const x0 = rng.next();
    lines.push(
      `${x0},${rng.next()},${i},${10 * x0 + rng.normal() * 0.2},${i % 4 === 0 ? 'test' : 'train'}`,
    );
  }
  const p = path.join(dir, 'matrix.csv');
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

const { out, err } = captureConsole();

interface ForestJson {
  test: { mse: number; r2: number };
  baseline: { mse: number; trainMean: number };
  rows: { train: number; test: number };
  features: number;
  params: { nEstimators: number; maxDepth: number | null };
  topFeatures: { name: string; importance: number }[];
}

describe('murmur forest', () => {
  it('fits the train rows, scores the test rows and ranks the informative feature first', async () => {
    const file = matrixFile(400);
    expect(
      await command([file, '--target', 'y', '--exclude', 'id', '--trees', '30', '--json']),
    ).toBe(0);
    const r = JSON.parse(out.join('\n')) as ForestJson;
    expect(r.rows).toEqual({ train: 300, test: 100 });
    expect(r.features).toBe(2);
    expect(r.params).toMatchObject({ nEstimators: 30, maxDepth: null });
    expect(r.test.r2).toBeGreaterThan(0.95);
    expect(r.test.mse).toBeLessThan(r.baseline.mse / 20);
    expect(r.topFeatures[0]!.name).toBe('x0');
  });

  it('prints a readable report without --json', async () => {
    expect(
      await command([
        matrixFile(200),
        '--target',
        'y',
        '--exclude',
        'id',
        '--trees',
        '10',
        '--max-depth',
        '4',
      ]),
    ).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('150 training rows, 50 test rows, 2 features, target y');
    expect(text).toContain('max depth 4');
    expect(text).toMatch(/test: +MSE [\d.]+ +MAE [\d.]+ +R² 0\.9/);
  });

  it('refuses bad options and missing columns with a clear message', async () => {
    const file = matrixFile(50);
    expect(await command([file])).toBe(2);
    expect(await command([file, '--target', 'y', '--trees', '0'])).toBe(2);
    expect(await command([file, '--target', 'y', '--max-features', 'most'])).toBe(2);
    expect(await command([file, '--target', 'nope'])).toBe(1);
    expect(err.join('\n')).toContain('[COLUMN_NOT_FOUND]');
    expect(await command([path.join(dir, 'missing.csv'), '--target', 'y'])).toBe(1);
    expect(err.join('\n')).toContain('[FILE_UNREADABLE]');
  });

  it.skipIf(!available)(
    'on features_vaccination.csv at the reference best parameters: test MSE near sklearn 1.2',
    async () => {
      const file = path.join(SKLEARN, 'features_vaccination.csv');
      const ref = JSON.parse(
        (await import('node:fs')).readFileSync(
          path.join(SKLEARN, 'rf_vaccination_likes.json'),
          'utf8',
        ),
      ) as { rf_test: { mse: number }; n_train: number; n_test: number; n_features: number };
      const args = [
        file,
        '--target',
        'target_likes',
        '--exclude',
        'row_id,target_retweets,cv_fold,train_order',
        '--trees',
        '200',
        '--max-depth',
        '20',
        '--max-features',
        'sqrt',
        '--json',
      ];
      expect(await command(args)).toBe(0);
      const r = JSON.parse(out.join('\n')) as ForestJson;
      expect(r.rows).toEqual({ train: ref.n_train, test: ref.n_test });
      expect(r.features).toBe(ref.n_features);
      // one seed against sklearn's one seed: the forest bench averages 5 seeds to within 1.3 %
      expect(Math.abs(r.test.mse / ref.rf_test.mse - 1)).toBeLessThan(0.1);
    },
  );
});
