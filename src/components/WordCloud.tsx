/**
 * A word cloud drawn from a layout computed off the main thread, as plain SVG text.
 *
 * Why not `react-wordcloud` (the library first named for this): its last release (1.2.7) declares
 * React 16/17 peers, so npm refuses it (ERESOLVE) under React 18 and 19, and under React 19 it
 * crashes anyway, because it relies on `defaultProps` on function components, which React 19
 * removed. There has been no release since.
 *
 * Why not `@visx/wordcloud`'s `<Wordcloud>` on the page: it runs d3-cloud's layout synchronously
 * on the main thread (pixel sprites on a canvas). Measured in Chromium on the 2-core machine
 * (`npm run bench -- --only topics`, `chromium.wordCloud.visxOnMainThread`): one layout of 50, 100
 * or 150 words was a single main-thread task of 45–115 ms in one run and 140–250 ms in another
 * (other jobs loading the machine), every time the cloud changes; our budget is 50 ms. So the layout is computed in the
 * analysis worker (`workers/core/wordcloud/layout.ts`: the same spiral placement, with bounding
 * boxes and the words measured on an OffscreenCanvas; no main-thread long task, `oursInWorker`),
 * and this component only draws it as plain SVG text: the role @visx/wordcloud would have had,
 * without its main-thread cost. @visx/wordcloud stays in the benchmark as the yardstick.
 *
 * Words are keyboard-reachable: each is a focusable button (Enter or Space selects it).
 */
import type { KeyboardEvent } from 'react';
import { TOPIC_COLOURS } from '../shared/palette.ts';

export interface CloudWordLayout {
  readonly text: string;
  readonly count: number;
  /** Centre of the word, px in the layout area. */
  readonly x: number;
  readonly y: number;
  readonly fontPx: number;
}

export interface WordCloudProps {
  /** The layout area, px; the SVG scales to the width of its container. */
  width: number;
  height: number;
  words: readonly CloudWordLayout[];
  /** The font the layout was measured with. */
  font: { readonly family: string; readonly weight: number };
  /** Colour of the i-th word (largest first). */
  colour?: (word: CloudWordLayout, index: number) => string;
  onSelect?: (text: string) => void;
  selected?: string | null;
  /** Unit in each word's accessible name, e.g. "posts". */
  unit?: string;
  ariaLabel: string;
  testId?: string;
}

export function WordCloud({
  width,
  height,
  words,
  font,
  colour,
  onSelect,
  selected,
  unit = 'posts',
  ariaLabel,
  testId,
}: WordCloudProps) {
  const select = (text: string) => onSelect?.(text);
  const onKey = (e: KeyboardEvent, text: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(text);
    }
  };
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block', margin: '0 auto' }}
      role="group"
      aria-label={ariaLabel}
      data-testid={testId}
    >
      {words.map((w, i) => {
        const isSelected = selected === w.text;
        return (
          <text
            key={w.text}
            x={w.x}
            y={w.y}
            textAnchor="middle"
            dominantBaseline="central"
            fontFamily={font.family}
            fontWeight={font.weight}
            fontSize={w.fontPx}
            fill={colour ? colour(w, i) : TOPIC_COLOURS[i % TOPIC_COLOURS.length]}
            textDecoration={isSelected ? 'underline' : undefined}
            style={{ cursor: onSelect ? 'pointer' : undefined }}
            tabIndex={onSelect ? 0 : undefined}
            role={onSelect ? 'button' : undefined}
            aria-pressed={onSelect ? isSelected : undefined}
            aria-label={`${w.text}: ${w.count.toLocaleString('en-US')} ${unit}`}
            onClick={onSelect ? () => select(w.text) : undefined}
            onKeyDown={onSelect ? (e) => onKey(e, w.text) : undefined}
            data-word={w.text}
          >
            <title>{`${w.text}: ${w.count.toLocaleString('en-US')} ${unit}`}</title>
            {w.text}
          </text>
        );
      })}
    </svg>
  );
}
