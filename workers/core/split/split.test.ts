import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { groupCount, splitOverlap, textGroups } from './groups.ts';
import { groupKFold } from './groupKFold.ts';
import { groupShuffleSplit } from './groupShuffleSplit.ts';
import { stratifiedGroupKFold, stratifiedGroupShuffleSplit } from './stratifiedGroups.ts';
import { groupTimeSplit } from './timeSplit.ts';
import type { Split } from './types.ts';

const python = (code: string, input: unknown): unknown => {
  const run = spawnSync('/usr/bin/python3', ['-c', code], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as unknown;
};
const sklearn =
  spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
if (!sklearn)
  console.warn('split.test: /usr/bin/python3 with scikit-learn not found; parity checks skipped');

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Every row exactly once across train and test, and no group on both sides. */
function expectHonest(split: Split, groups: ArrayLike<number>, n: number): void {
  const all = [...split.train, ...split.test].sort((a, b) => a - b);
  expect(all).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(splitOverlap(groups, split.train, split.test)).toBe(0);
}

describe('textGroups', () => {
  it('groups copies that differ by case, spaces, handles or links', () => {
    const g = textGroups([
      'Great flight!',
      'great   flight! https://t.co/1',
      'Other post',
      '@united GREAT FLIGHT!',
      '',
      'https://t.co/only-a-link',
      '',
      null,
    ]);
    expect([...g]).toEqual([0, 0, 2, 0, 4, 5, 6, 7]);
    expect(groupCount(g)).toBe(6);
  });

  it('puts every row in one group when every text is identical', () => {
    const g = textGroups(Array.from({ length: 50 }, () => 'Same text'));
    expect(groupCount(g)).toBe(1);
  });
});

describe('splitOverlap', () => {
  it('counts test rows whose text has a copy among the training rows', () => {
    const groups = [0, 0, 2, 3, 3, 3];
    expect(splitOverlap(groups, [0, 2, 3], [1, 4, 5])).toBe(3);
    expect(splitOverlap(groups, [0, 1, 2], [3, 4, 5])).toBe(0);
  });
});

describe('groupKFold', () => {
  it('never splits a group and balances the folds by rows', () => {
    const groups = [5, 5, 5, 1, 1, 2, 3, 3, 3, 3, 4, 6];
    const folds = value(groupKFold(groups, 3));
    for (const f of folds) expectHonest(f, groups, groups.length);
    expect(folds.map((f) => f.test.length).sort()).toEqual([4, 4, 4]);
    // each row is tested once
    expect(folds.flatMap((f) => [...f.test]).sort((a, b) => a - b)).toEqual(
      Array.from({ length: groups.length }, (_, i) => i),
    );
  });

  it('refuses more folds than distinct texts, saying so', () => {
    const r = groupKFold([1, 1, 1, 1], 2);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_GROUPS');
    expect(r.ok ? '' : r.error.message).toMatch(/share one text/);
    const bad = groupKFold([1, 2, 3], 1);
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_OPTIONS');
  });

  it.skipIf(!sklearn)('gives the folds of sklearn GroupKFold', () => {
    // group sizes all distinct, so sklearn's (unstable) size sort has no ties to break
    const rng = createRng(7);
    const groups: number[] = [];
    for (let g = 0; g < 12; g++) for (let i = 0; i <= g; i++) groups.push(g * 3 + 1);
    for (let i = groups.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [groups[i], groups[j]] = [groups[j]!, groups[i]!];
    }
    const sk = python(
      `import json, sys
from sklearn.model_selection import GroupKFold
g = json.load(sys.stdin)
print(json.dumps([t.tolist() for _, t in GroupKFold(n_splits=4).split(g, groups=g)]))`,
      groups,
    ) as number[][];
    const ours = value(groupKFold(groups, 4)).map((f) => [...f.test]);
    expect(ours).toEqual(sk);
  });
});

describe('groupShuffleSplit', () => {
  it('holds out ceil(share × groups) whole groups, seeded', () => {
    const groups = [0, 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 9];
    const s = value(groupShuffleSplit(groups, 0.2, 3));
    expectHonest(s, groups, groups.length);
    expect(new Set(Array.from(s.test, (r) => groups[r])).size).toBe(2);
    expect(value(groupShuffleSplit(groups, 0.2, 3))).toEqual(s);
    expect(value(groupShuffleSplit(groups, 0.2, 4))).not.toEqual(s);
  });

  it('is a plain shuffled split when every row is its own group', () => {
    const groups = Array.from({ length: 100 }, (_, i) => i);
    const s = value(groupShuffleSplit(groups, 0.2, 0));
    expect(s.test.length).toBe(20);
    expectHonest(s, groups, 100);
  });

  it('refuses when every text is identical', () => {
    const r = groupShuffleSplit(new Array(30).fill(7), 0.2, 0);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_GROUPS');
  });
});

describe('groupTimeSplit', () => {
  it('trains on the past and tests on the future, copies on the side of their first post', () => {
    const day = 86_400_000;
    // group 0 appears on day 1 and again on day 9: it stays in training
    const times = [1, 2, 3, 4, 5, 6, 7, 8, 9, NaN].map((d) => d * day);
    const groups = [0, 1, 2, 3, 4, 5, 6, 7, 0, 8];
    const s = value(groupTimeSplit(times, groups, 0.2));
    expectHonest(s, groups, times.length);
    expect([...s.test]).toEqual([6, 7]);
    expect(s.testFrom).toBe(7 * day);
    expect(s.undated).toBe(1);
    expect(s.train[0]).toBe(9); // the undated row trains, first
    expect(Math.max(...Array.from(s.train, (r) => (r === 9 || r === 8 ? 0 : times[r]!)))).toBe(
      6 * day,
    );
  });

  it('refuses when no post has a time, or all share one text', () => {
    const none = groupTimeSplit([NaN, NaN, NaN], [0, 1, 2], 0.2);
    expect(none.ok ? null : none.error.code).toBe('TOO_FEW_GROUPS');
    const same = groupTimeSplit([1, 2, 3], [4, 4, 4], 0.2);
    expect(same.ok ? null : same.error.message).toMatch(/share one text/);
  });
});

describe('stratified grouped splits', () => {
  const rng = createRng(11);
  const n = 600;
  const labels = Array.from({ length: n }, () => (rng.next() < 0.6 ? 0 : rng.next() < 0.5 ? 1 : 2));
  // about half the rows are copies of another row with the same label
  const groups = labels.map((_, i) => (i > 0 && rng.next() < 0.5 ? -1 : i));
  for (let i = 0; i < n; i++)
    if (groups[i] === -1) {
      let j = i - 1;
      while (labels[j] !== labels[i] && j > 0) j--;
      groups[i] = labels[j] === labels[i] ? groups[j]! : i;
    }
  const everyRow = labels.map((_, i) => i);
  const shareOf = (rows: ArrayLike<number>, cls: number) =>
    Array.from(rows).filter((r) => labels[r] === cls).length / rows.length;

  it('keeps class shares in every fold without splitting a group', () => {
    const folds = value(stratifiedGroupKFold(labels, groups, 5, 1));
    for (const f of folds) {
      expectHonest(f, groups, n);
      for (const cls of [0, 1, 2])
        expect(Math.abs(shareOf(f.test, cls) - shareOf(everyRow, cls))).toBeLessThan(0.05);
    }
  });

  it('holds out about the share asked, per class, without splitting a group', () => {
    const s = stratifiedGroupShuffleSplit(labels, groups, 0.2, 2);
    expectHonest(s, groups, n);
    expect(Math.abs(s.test.length / n - 0.2)).toBeLessThan(0.03);
    for (const cls of [0, 1, 2])
      expect(Math.abs(shareOf(s.test, cls) - shareOf(everyRow, cls))).toBeLessThan(0.05);
  });

  it('holds out rows like the rest: copies of often-posted texts no likelier than others', () => {
    // 1,000 texts posted once and 30 posted 10 times each (all one class, as copies are)
    const lab: number[] = [];
    const grp: number[] = [];
    for (let i = 0; i < 1000; i++) {
      lab.push(i % 3);
      grp.push(i);
    }
    for (let g = 0; g < 30; g++)
      for (let c = 0; c < 10; c++) {
        lab.push(g % 3);
        grp.push(1000 + g);
      }
    const shareOfCopies = (rows: ArrayLike<number>) =>
      Array.from(rows).filter((r) => grp[r]! >= 1000).length / rows.length;
    let sum = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const s = stratifiedGroupShuffleSplit(lab, grp, 0.2, seed);
      expectHonest(s, grp, lab.length);
      sum += shareOfCopies(s.test);
    }
    // 300 of 1,300 rows are copies (0.23); on average the held-out part keeps about that share
    // (visiting the one-class groups first, it was made of copies almost only)
    expect(Math.abs(sum / 20 - 300 / 1300)).toBeLessThan(0.05);
  });

  it('refuses more folds than distinct texts', () => {
    const r = stratifiedGroupKFold([0, 1, 0, 1], [3, 3, 3, 3], 2);
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_GROUPS');
  });

  it.skipIf(!sklearn)('gives the folds of sklearn StratifiedGroupKFold(shuffle=False)', () => {
    // groups numbered in order of first appearance, as np.unique orders them
    const ordered: number[] = [];
    const seen = new Map<number, number>();
    for (const g of groups) {
      if (!seen.has(g)) seen.set(g, seen.size);
      ordered.push(seen.get(g)!);
    }
    const sk = python(
      `import json, sys
from sklearn.model_selection import StratifiedGroupKFold
d = json.load(sys.stdin)
print(json.dumps([t.tolist() for _, t in StratifiedGroupKFold(n_splits=4).split(d['y'], d['y'], groups=d['g'])]))`,
      { y: labels, g: ordered },
    ) as number[][];
    const ours = value(stratifiedGroupKFold(labels, ordered, 4, null)).map((f) => [...f.test]);
    expect(ours).toEqual(sk);
  });
});
