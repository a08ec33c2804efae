import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { oneSplitBundle, tinyTopics } from './bundles.testutil.ts';
import { loadBundle, type LoadedBundle } from './loadBundle.ts';
import { csvCell, scoreTableToCsv, type ScoredCsv } from './scoredCsv.ts';
import { planTable } from './tablePlan.ts';
import type { AnalysisBundle } from './bundle.ts';

function loaded(bundle: AnalysisBundle): LoadedBundle {
  const r = loadBundle(JSON.parse(JSON.stringify(bundle)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function scoreRows(bundle: LoadedBundle, header: string[], rows: string[][]): ScoredCsv {
  const table = tableFromRows(header, rows);
  const plan = planTable(bundle, table, inferSchema(table));
  if (!plan.ok) throw new Error(plan.error.message);
  const r = scoreTableToCsv(bundle, table, plan.value);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The CSV's lines split into cells (the test data has no quoted commas in score columns). */
const lines = (csv: ScoredCsv) => csv.parts.join('').trimEnd().split('\n');

describe('scored CSV', () => {
  it('escapes cells a spreadsheet would run as formulas, and quotes as RFC 4180', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-5 stars')).toBe("'-5 stars");
    expect(csvCell('@channel look')).toBe("'@channel look");
    expect(csvCell('\tcmd')).toBe('"\'\tcmd"');
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('1.5e-7')).toBe('1.5e-7');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('fine')).toBe('fine');
  });

  it('quotes cells with a semicolon or a tab, and neutralises a formula after any separator', () => {
    expect(csvCell('x;=1+1')).toBe('"x;\'=1+1"');
    expect(csvCell('a\t@SUM(1)')).toBe('"a\t\'@SUM(1)"');
    expect(csvCell('a,+CMD|x')).toBe('"a,\'+CMD|x"');
    expect(csvCell('price; -5 off')).toBe('"price; -5 off"');
    expect(csvCell('from 5;-3')).toBe('"from 5;-3"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line one\n=cmd')).toBe('"line one\n\'=cmd"');
  });

  it('never lets a cell start a formula in a comma-, semicolon- or tab-separated spreadsheet (fast-check, 300 texts)', () => {
    const piece = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      ';',
      ',',
      '"',
      "'",
      'a',
      '1',
      ' ',
      'SUM(A1)',
      '-2',
      '.5',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          const line = `${csvCell(text)},${csvCell('next')}`;
          for (const delimiter of [',', ';', '\t']) {
            // as a spreadsheet reads it, honouring quotes, and as one that ignores them
            const quoted = Papa.parse<string[]>(line, { delimiter, newline: '\n' }).data.flat();
            const number = /^[+-]?(\d+\.?\d*|\.\d+)([",;\t\r\n]|$)/;
            // a plain number is no formula, even when a reader that splits elsewhere glues the next cell on
            for (const cell of quoted)
              expect(
                /^[=+\-@\t\r]/.test(cell) && !number.test(cell),
                JSON.stringify({ text, cell }),
              ).toBe(false);
            // a reader that ignores quotes may cut a cell anywhere: what follows its blanks is no formula
            for (const cell of line.split(delimiter)) {
              const start = cell.replace(/^[\t\r\n]+/, '');
              expect(
                /^[=+\-@]/.test(start) && !number.test(start),
                JSON.stringify({ text, cell }),
              ).toBe(false);
            }
          }
          // and a comma reader gets the text back, a leading ' aside
          const [cells] = Papa.parse<string[]>(line, { delimiter: ',', newline: '\n' }).data;
          expect(cells![0]!.replaceAll(/(^|[;,\t\n\r])'/g, '$1')).toBe(
            text.replaceAll(/(^|[;,\t\n\r])'/g, '$1'),
          );
        },
      ),
      { seed: 21, numRuns: 300 },
    );
  });

  it('writes the input columns, then sentiment, cluster and predicted engagement per post', () => {
    const bundle = loaded({ ...oneSplitBundle(), topics: tinyTopics() });
    const csv = scoreRows(
      bundle,
      ['text', 'hashtags', 'author_followers'],
      [
        ['VADER is smart, handsome, and funny.', '#dog', '150'],
        ['=1+1', '', ''],
      ],
    );
    const [header, first, second] = lines(csv);
    expect(header).toBe(
      'text,hashtags,author_followers,sentiment_neg,sentiment_neu,sentiment_pos,sentiment_compound,sentiment_label,cluster,cluster_similarity,cluster_terms,predicted_engagement,predicted_p10,predicted_p90',
    );
    expect(first).toContain(
      '"VADER is smart, handsome, and funny.",#dog,150,0,0.254,0.746,0.8316,positive,2,',
    ); // cluster 1 in the model is "Topic 2" on the page
    const tail = first!.split(',').slice(-6);
    expect(Number(tail[1])).toBeCloseTo(0.6, 12);
    expect(tail[2]).toBe('fish dog');
    // predictions rounded to 2 decimals: no float noise in the file
    expect(tail.slice(3)).toEqual(['9', '9', '9']);
    // the formula is escaped; no hashtag and no followers: no cluster, the median fill predicts 0
    expect(second).toBe("'=1+1,,,0,1,0,0,neutral,,,,0,0,0");
    expect(csv.summary).toMatchObject({
      rows: 2,
      parts: ['sentiment', 'topics', 'engagement'],
      sentiment: { negative: 0, neutral: 1, positive: 1 },
      clusters: { counts: [0, 1], none: 1 },
    });
    expect(csv.summary.meanEngagement).toBeCloseTo(4.5, 9);
  });

  it('scores what it can when the file lacks a column the engagement model needs, and says so', () => {
    const bundle = loaded({ ...oneSplitBundle(), topics: tinyTopics() });
    const csv = scoreRows(bundle, ['body', 'tags'], [['I love it', '#cat']]);
    expect(lines(csv)[0]).toBe(
      'body,tags,sentiment_neg,sentiment_neu,sentiment_pos,sentiment_compound,sentiment_label,cluster,cluster_similarity,cluster_terms',
    );
    expect(csv.summary.parts).toEqual(['sentiment', 'topics']);
    expect(csv.summary.notes).toEqual([
      'No engagement scores: the file has no column "author_followers".',
    ]);
  });

  it('refuses a file that has none of the columns the model reads, listing them', () => {
    const bundle = loaded(oneSplitBundle());
    const table = tableFromRows(['id'], [['1']]);
    const plan = planTable(bundle, table, inferSchema(table));
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error.code).toBe('BUNDLE_MISMATCH');
      expect(plan.error.message).toContain('"author_followers"');
    }
  });
});
