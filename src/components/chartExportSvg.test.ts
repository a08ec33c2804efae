import { describe, expect, it } from 'vitest';
import { composeChartSvg, escapeXml, sourceLine } from './chartExportSvg.ts';
import { textWidth } from './charts/ticks.ts';

const chart = {
  text: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="500" height="220" viewBox="0 0 500 220"><rect width="10" height="10"/></svg>',
  width: 500,
  height: 220,
};

/** The text of every element tagged data-part="<part>", in order. */
function parts(svg: string, part: string): string[] {
  return [...svg.matchAll(new RegExp(`data-part="${part}">([^<]*)<`, 'g'))].map((m) => m[1]!);
}

describe('sourceLine', () => {
  it('names the dataset, the posts, the date range and the method', () => {
    const line = sourceLine({
      dataset: 'murmur-sample',
      posts: 5000,
      dateRange: [Date.UTC(2025, 0, 1, 9), Date.UTC(2025, 2, 31, 18)],
      method: 'VADER compound, neutral between ±0.05',
    });
    expect(line).toBe(
      'Source: murmur-sample · 5,000 posts · 2025-01-01 to 2025-03-31 · Method: VADER compound, neutral between ±0.05 · Made with Murmur',
    );
  });

  it('leaves out what is not known', () => {
    expect(sourceLine({ dataset: 'x', posts: 1 })).toBe('Source: x · 1 post · Made with Murmur');
    expect(sourceLine({})).toBe('Made with Murmur');
  });
});

describe('composeChartSvg', () => {
  const legend = [
    { label: 'Positive', colour: '#2f9e44' },
    { label: 'Neutral', colour: '#868e96' },
    { label: 'Negative', colour: '#e03131' },
  ];
  const source = sourceLine({ dataset: 'murmur-sample', posts: 5000, method: 'VADER' });
  const out = composeChartSvg(chart, { title: 'Compound score histogram', legend, source });

  it('puts the title above the chart and the legend and source line below it', () => {
    expect(out.text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(parts(out.text, 'title')).toEqual(['Compound score histogram']);
    expect(parts(out.text, 'source')).toEqual([source]);
    for (const e of legend) {
      expect(out.text).toContain(`fill="${e.colour}"`);
      expect(out.text).toContain(`>${e.label}</text>`);
    }
    const at = (s: string) => out.text.indexOf(s);
    expect(at('data-part="title"')).toBeLessThan(at('data-part="chart"'));
    expect(at('data-part="chart"')).toBeLessThan(at('data-part="legend"'));
    expect(at('data-part="legend"')).toBeLessThan(at('data-part="source"'));
  });

  it('nests the chart as drawn, without its XML declaration, and grows around it', () => {
    expect(out.text).not.toContain('<?xml');
    expect(out.text).toContain('<rect width="10" height="10"/>');
    expect(out.width).toBe(532);
    expect(out.height).toBeGreaterThan(220 + 21 + 15);
    expect(out.text).toContain(`width="${out.width}" height="${out.height}"`);
  });

  it('wraps a long source line to the picture width and escapes markup', () => {
    const long = composeChartSvg(
      { ...chart, width: 300 },
      {
        title: 'Likes <by> hour & "day"',
        source: sourceLine({
          dataset: 'a dataset with a rather long name from the marketing team',
          posts: 123456,
          dateRange: [0, 86_400_000 * 400],
          method: 'random forest on followers, hour of posting and hashtags',
        }),
      },
    );
    const lines = parts(long.text, 'source');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(long.width - 32);
    expect(long.text).toContain('Likes &lt;by&gt; hour &amp; &quot;day&quot;');
    expect(long.text).not.toContain('data-part="legend"');
    expect(escapeXml("it's")).toBe('it&apos;s');
  });
});
