/**
 * A word-cloud layout computed off the main thread: words sized by the square root of their
 * count, placed largest first along an elliptical Archimedean spiral from the centre, each at the
 * first position where its box (plus padding) stays inside the area and overlaps no placed box.
 * Horizontal words only, for legibility. Deterministic: no randomness, the same words give the
 * same cloud. A spatial hash of placed boxes keeps collision checks short.
 *
 * Why not d3-cloud (what @visx/wordcloud runs on the main thread): it tests pixel sprites on a
 * canvas, and one layout of 50–150 words was a 45–250 ms main-thread task in Chromium on the
 * 2-core machine (see src/components/WordCloud.tsx). This one takes about 25 ms for 100 words in
 * Node, and runs in the analysis worker.
 */
import { estimateTextWidth } from './textWidth.ts';

export interface CloudInput {
  readonly text: string;
  /** Posts using the word; sets its size. */
  readonly count: number;
}

export interface PlacedWord {
  readonly text: string;
  readonly count: number;
  /** Centre of the word's box, px from the top left of the area. */
  readonly x: number;
  readonly y: number;
  readonly fontPx: number;
  /** The box (text without padding), px. */
  readonly width: number;
  readonly height: number;
}

export interface WordCloudLayout {
  readonly width: number;
  readonly height: number;
  /** Placed words, largest first. */
  readonly words: readonly PlacedWord[];
  /** Words that found no room even at the smallest size. */
  readonly dropped: readonly string[];
  /** Scale applied to every font size so that (nearly) all words fit, ≤ 1. */
  readonly scale: number;
}

export interface LayoutOptions {
  /** Area in px. Default 640 × 320. */
  readonly width?: number;
  readonly height?: number;
  /** Font sizes of the least and most used word, px. Default 12 and 52. */
  readonly minFontPx?: number;
  readonly maxFontPx?: number;
  /** Free space around each word, px. Default 3. */
  readonly padding?: number;
  /** Width in px of `text` at `fontPx`; default `estimateTextWidth`. */
  readonly measure?: (text: string, fontPx: number) => number;
}

/** Line box height per px of font. */
const LINE = 1.1;
/** Spiral: the radius grows by `PITCH` px per turn; steps are about `STEP` px of arc. */
const PITCH = 8;
const STEP = 5;
const CELL = 32;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Lays out `words` (any order; the most used are placed first). When more than 5% of them find
 * no room, every size is scaled down by 0.85 and the layout starts again (at most 4 times).
 */
export function layoutWordCloud(
  words: readonly CloudInput[],
  options: LayoutOptions = {},
): WordCloudLayout {
  const width = options.width ?? 640;
  const height = options.height ?? 320;
  const sorted = [...words]
    .filter((w) => w.text.length > 0 && w.count > 0)
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  let scale = initialScale(sorted, width, height, options);
  let best: WordCloudLayout | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const layout = place(sorted, width, height, scale, options);
    if (best === null || layout.words.length > best.words.length) best = layout;
    if (layout.dropped.length <= 0.05 * sorted.length) return layout;
    scale *= 0.85;
  }
  return best!;
}

/** Share of the area the words' boxes may cover before sizes are scaled down from the start. */
const FILL = 0.5;

/** 1, or less when the boxes at full size would cover more than FILL of the area (saves failed attempts). */
function initialScale(
  words: readonly CloudInput[],
  width: number,
  height: number,
  o: LayoutOptions,
): number {
  const measure = o.measure ?? estimateTextWidth;
  const counts = words.map((w) => w.count);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  let area = 0;
  for (const w of words)
    area +=
      measure(w.text, fontSize(w.count, lo, hi, o, 1)) * fontSize(w.count, lo, hi, o, 1) * LINE;
  return area > FILL * width * height ? Math.sqrt((FILL * width * height) / area) : 1;
}

function fontSize(count: number, lo: number, hi: number, o: LayoutOptions, scale: number): number {
  const minFont = o.minFontPx ?? 12;
  const maxFont = o.maxFontPx ?? 52;
  const share = hi > lo ? Math.sqrt((count - lo) / (hi - lo)) : 0.5;
  return Math.max(8, Math.round((minFont + (maxFont - minFont) * share) * scale * 10) / 10);
}

function place(
  words: readonly CloudInput[],
  width: number,
  height: number,
  scale: number,
  o: LayoutOptions,
): WordCloudLayout {
  const padding = o.padding ?? 3;
  const measure = o.measure ?? estimateTextWidth;
  const counts = words.map((w) => w.count);
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const grid = new Map<number, Box[]>();
  const cols = Math.ceil(width / CELL);
  const placed: PlacedWord[] = [];
  const dropped: string[] = [];
  const cx = width / 2;
  const cy = height / 2;
  // an ellipse with the area's proportions; past rMax it encloses the corners
  const sx = Math.sqrt(width / height);
  const sy = 1 / sx;
  const rMax = Math.SQRT2 * Math.max(cx / sx, cy / sy);

  for (const w of words) {
    const fontPx = fontSize(w.count, lo, hi, o, scale);
    const bw = measure(w.text, fontPx);
    const bh = fontPx * LINE;
    const hw = bw / 2 + padding;
    const hh = bh / 2 + padding;
    let spot: { x: number; y: number } | null = null;
    if (2 * hw <= width && 2 * hh <= height) {
      // walk the spiral until a free spot or past the corners
      for (let t = 0, r = 0; r <= rMax;) {
        const x = cx + r * Math.cos(t) * sx;
        const y = cy + r * Math.sin(t) * sy;
        if (
          x - hw >= 0 &&
          x + hw <= width &&
          y - hh >= 0 &&
          y + hh <= height &&
          !collides(grid, cols, { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh })
        ) {
          spot = { x, y };
          break;
        }
        t += STEP / Math.max(r, STEP);
        r = (PITCH * t) / (2 * Math.PI);
      }
    }
    if (!spot) {
      dropped.push(w.text);
      continue;
    }
    const box = { x0: spot.x - hw, y0: spot.y - hh, x1: spot.x + hw, y1: spot.y + hh };
    for (const key of cellsOf(box, cols)) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
    placed.push({
      text: w.text,
      count: w.count,
      x: round1(spot.x),
      y: round1(spot.y),
      fontPx,
      width: round1(bw),
      height: round1(bh),
    });
  }
  return { width, height, words: placed, dropped, scale };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function cellsOf(b: Box, cols: number): number[] {
  const out: number[] = [];
  for (let gy = Math.floor(b.y0 / CELL); gy <= Math.floor(b.y1 / CELL); gy++) {
    for (let gx = Math.floor(b.x0 / CELL); gx <= Math.floor(b.x1 / CELL); gx++)
      out.push(gy * cols + gx);
  }
  return out;
}

function collides(grid: Map<number, Box[]>, cols: number, b: Box): boolean {
  for (const key of cellsOf(b, cols)) {
    for (const o of grid.get(key) ?? []) {
      if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
    }
  }
  return false;
}
