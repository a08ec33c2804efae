/**
 * `npx tsx scripts/multilingual/measure.ts [dev|heldout]`: the issue-14 goals on our own written
 * multilingual posts, as a table (see goals.ts; the bench's `languages` section checks them).
 */
import { loadavg } from 'node:os';
import { measureGoals } from './goals.ts';

const set = process.argv[2] === 'dev' ? 'dev' : 'heldout';
const r = await measureGoals(set);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
console.log(`${set}: ${r.posts} posts`);
console.log('lang  n   language-acc  macroF1-VADER  macroF1-byLanguage  unscored  neutral');
for (const g of r.perLanguage)
  console.log(
    [
      g.language.padEnd(4),
      String(g.posts).padEnd(3),
      g.languageAccuracy.toFixed(3).padEnd(13),
      g.macroF1Vader.toFixed(3).padEnd(14),
      g.macroF1ByLanguage.toFixed(3).padEnd(19),
      String(g.unscored).padEnd(9),
      pct(g.neutralShare),
    ].join(' '),
  );
console.log(
  `Arabic posts English VADER calls neutral: ${pct(r.arabicNeutralByVader)} before, ${pct(r.arabicNeutralByVaderNow)} now`,
);
for (const a of r.awkward)
  console.log(
    `  ${a.kind.padEnd(8)} ${a.lang.padEnd(7)} → ${a.detected.padEnd(7)} ${a.label.padEnd(8)} → ${a.ours.padEnd(8)} ${a.text}`,
  );
console.log(
  `one thread (load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(
      ' ',
    )}): detection ${r.detectionPerSecond} posts/s, scoring by language ${r.scoringPerSecond} posts/s`,
);
