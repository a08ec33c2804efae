/**
 * Tick and label fitting for the plain SVG charts: how many ticks a width holds, which labels to
 * drop so none overlap, how much room the longest label needs, and how to shorten or wrap a label.
 * Widths are estimates (CHAR_PX per character at 11 px), so no draw forces a layout.
 */
import { CHAR_PX } from './legend.ts';

/** The smallest font any chart text is drawn at, in CSS px (print and phone legibility). */
export const MIN_FONT_PX = 11;
/** Space kept between two neighbouring tick labels, px. */
const TICK_GAP = 8;

/** The estimated width of `text` at 11 px. */
export function textWidth(text: string): number {
  return text.length * CHAR_PX;
}

/**
 * How many ticks an axis of `span` px holds when each label is about `labelChars` characters wide:
 * at least 2, at most `most`.
 */
export function tickCount(span: number, labelChars = 5, most = 10): number {
  const per = textWidth('0'.repeat(labelChars)) + 3 * TICK_GAP;
  return Math.max(2, Math.min(most, Math.floor(span / per)));
}

/** A tick label placed on a horizontal axis: where it sits and how it is anchored. */
export interface PlacedTick {
  readonly value: number;
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * The x-axis labels that fit side by side in [left, width]: each centred on its tick, or anchored
 * at its end when centring would cut it at an edge (`left` > 0 keeps them clear of the y labels);
 * a label that would overlap the one kept before it is dropped. When dropping leaves the last tick
 * out, it replaces the one before it, so the axis still says where it ends.
 */
export function fitTicks(
  ticks: readonly number[],
  at: (v: number) => number,
  format: (v: number) => string,
  width: number,
  left = 0,
): PlacedTick[] {
  const placed = ticks.map((value): PlacedTick & { from: number; to: number } => {
    const x = at(value);
    const label = format(value);
    const w = textWidth(label);
    if (x - w / 2 < left) return { value, x, label, anchor: 'start', from: x, to: x + w };
    if (x + w / 2 > width) return { value, x, label, anchor: 'end', from: x - w, to: x };
    return { value, x, label, anchor: 'middle', from: x - w / 2, to: x + w / 2 };
  });
  const kept: typeof placed = [];
  for (const p of placed) {
    const prev = kept[kept.length - 1];
    if (!prev || p.from >= prev.to + TICK_GAP) kept.push(p);
  }
  const last = placed[placed.length - 1];
  if (last && kept[kept.length - 1] !== last && kept.length >= 2) {
    const before = kept[kept.length - 2]!;
    if (last.from >= before.to + TICK_GAP) kept[kept.length - 1] = last;
  }
  return kept.map(({ value, x, label, anchor }) => ({ value, x, label, anchor }));
}

/** A left margin wide enough for the longest y label (plus the gap to the axis), at least `min`. */
export function leftMargin(labels: readonly string[], min: number): number {
  return Math.max(min, Math.ceil(Math.max(0, ...labels.map(textWidth)) + 12));
}

/** `text` cut to at most `px` wide with an ellipsis; unchanged when it fits. */
export function truncate(text: string, px: number): string {
  const chars = Math.max(1, Math.floor(px / CHAR_PX));
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/**
 * `text` broken at spaces into lines at most `px` wide (a word longer than a line is cut with an
 * ellipsis), at most `maxLines` lines, the last ending in an ellipsis when text was left over.
 */
export function wrapText(text: string, px: number, maxLines = Infinity): string[] {
  const chars = Math.max(4, Math.floor(px / CHAR_PX));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars) line = next;
    else {
      if (line) lines.push(line);
      line = word.length > chars ? truncate(word, px) : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!.replace(/…$/, '');
  kept[maxLines - 1] = last.length < chars ? `${last}…` : `${last.slice(0, chars - 1).trimEnd()}…`;
  return kept;
}
