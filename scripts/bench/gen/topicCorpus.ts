/**
 * Labelled complaint posts for measuring text topics against the reasons people gave: each post
 * @mentions a brand and says why it complains (one reason, drawn by the domain's uneven shares)
 * in one or two clauses, often with a clause of another reason, a reason-free complaint, a URL,
 * hashtags, a number, an emoji, a typo or odd capitals. "Can't tell" posts say nothing specific.
 * A few labels are another reason than the text's (people disagree). Deterministic for a seed.
 */
import { createRng, deriveSeed, type Rng } from '../../../workers/core/random/rng.ts';
import { pick, pickWeighted } from '../../sample/randomDraws.ts';
import { toCsv } from '../../sample/csvWriter.ts';
import type { TopicDomain } from './topicDomains.ts';

export interface TopicCorpusOptions {
  readonly domain: TopicDomain;
  readonly seed: number;
  readonly rows: number;
  /** Share of posts labelled with another reason than the text's. Default 0.05. */
  readonly labelNoise?: number;
  /** Share of posts with a clause of a second reason. Default 0.25. */
  readonly overlap?: number;
  /** First post time, epoch ms. Default 2025-02-16T00:00Z; posts span 10 days. */
  readonly startMs?: number;
}

export interface TopicPost {
  readonly id: number;
  readonly createdAt: string;
  readonly brand: string;
  readonly text: string;
  /** The reason a person labelled it with. */
  readonly reason: string;
  /** The reason the text was written from (differs from `reason` for label noise). */
  readonly written: string;
}

export const TOPIC_CORPUS_COLUMNS = ['post_id', 'created_at', 'brand', 'text', 'reason'] as const;

const WHEN = ['today', 'this morning', 'tonight', 'yesterday', 'again today', 'last night', 'now'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EMOJI = ['😡', '😤', '🙄', '😩', '😠', '👎', '🤬', '😒', '✈️', '📱'];
const URL_CHARS = 'abcdefghijkmnpqrstuvwxyz23456789';
const SPAN_MS = 10 * 24 * 3600 * 1000;

function hours(rng: Rng): string {
  return pick(rng, [
    `${2 + rng.int(5)} hours`,
    `${2 + rng.int(5)} hrs`,
    `${15 * (1 + rng.int(3))} min`,
    'an hour',
    `${3 + rng.int(4)}+ hours`,
    `over ${2 + rng.int(3)} hours`,
  ]);
}

function fill(rng: Rng, domain: TopicDomain, clause: string): string {
  return clause.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'n':
        return String(2 + rng.int(8));
      case 'hours':
        return hours(rng);
      case 'flight':
        return `${pick(rng, domain.numberPrefixes)}${100 + rng.int(4900)}`;
      case 'city':
        return pick(rng, domain.cities);
      case 'when':
        return pick(rng, WHEN);
      case 'day':
        return pick(rng, DAYS);
      case 'money':
        return `$${5 * (4 + rng.int(60))}`;
      default:
        throw new Error(`unknown slot {${slot}}`);
    }
  });
}

/** A letter dropped or doubled in one word of four letters or more. */
function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const at = words.map((w, i) => (/^[a-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return text;
  const i = pick(rng, at);
  const w = words[i]!;
  const p = 1 + rng.int(w.length - 2);
  words[i] = rng.next() < 0.5 ? w.slice(0, p) + w.slice(p + 1) : w.slice(0, p) + w[p] + w.slice(p);
  return words.join(' ');
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reasons that have clauses, with their weights, for a second reason's clause. */
function specificReasons(domain: TopicDomain): { indices: number[]; weights: number[] } {
  const indices = domain.reasons.flatMap((r, i) => (r.clauses.length > 0 ? [i] : []));
  return { indices, weights: indices.map((i) => domain.reasons[i]!.weight) };
}

function composePost(rng: Rng, domain: TopicDomain, reason: number, overlap: number): string {
  const r = domain.reasons[reason]!;
  const specific = specificReasons(domain);
  const parts: string[] = [];
  if (r.clauses.length > 0) {
    parts.push(fill(rng, domain, pick(rng, r.clauses)));
    if (rng.next() < 0.3) parts.push(fill(rng, domain, pick(rng, r.clauses)));
    if (rng.next() < overlap) {
      const other = specific.indices[pickWeighted(rng, specific.weights)]!;
      if (other !== reason)
        parts.push(fill(rng, domain, pick(rng, domain.reasons[other]!.clauses)));
    }
    if (rng.next() < 0.55) {
      const g = fill(rng, domain, pick(rng, domain.generic));
      if (rng.next() < 0.5) parts.unshift(g);
      else parts.push(g);
    }
  } else {
    // reason-free: one to three complaints, now and then a vague nod at something specific
    const n = 1 + pickWeighted(rng, [5, 4, 1]);
    for (let i = 0; i < n; i++) parts.push(fill(rng, domain, pick(rng, domain.generic)));
    if (rng.next() < 0.15) {
      const other = specific.indices[pickWeighted(rng, specific.weights)]!;
      parts.push(fill(rng, domain, pick(rng, domain.reasons[other]!.clauses)));
    }
  }
  const joiner = (): string => pick(rng, ['. ', '. ', '! ', ', ', ' & ', ' - ', '... ']);
  let body = parts.map((p, i) => (i === 0 ? sentence(p) : p)).reduce((a, p) => a + joiner() + p);
  if (rng.next() < 0.15) body = typo(rng, body);
  const style = rng.next();
  if (style < 0.12) body = body.toLowerCase();
  else if (style < 0.15) body = body.toUpperCase();
  if (!/[.!?]$/.test(body) && rng.next() < 0.6) body += pick(rng, ['.', '!', '!!', '?']);

  const brand = `@${pick(rng, domain.brands)}`;
  let text = rng.next() < 0.06 ? `${body} ${brand}` : `${brand} ${body}`;
  if (rng.next() < 0.03)
    text = `RT @${pick(rng, ['travelr', 'jen_k', 'mike88', 'newsdesk'])}: ${text}`;
  if (rng.next() < 0.08) text += ` @${pick(rng, domain.brands)}`;
  if (rng.next() < 0.1) text += ` ${pick(rng, EMOJI)}`;
  if (rng.next() < 0.15)
    text += ` ${Array.from({ length: 1 + rng.int(2) }, () => `#${pick(rng, domain.hashtags)}`).join(' ')}`;
  if (rng.next() < 0.12) {
    let code = '';
    for (let i = 0; i < 10; i++) code += URL_CHARS[rng.int(URL_CHARS.length)];
    text += ` http://t.co/${code}`;
  }
  // scraped exports keep HTML entities
  return text.replace(/&/g, '&amp;');
}

/** Generates `rows` labelled posts of `domain`, in time order. */
export function generateTopicCorpus(options: TopicCorpusOptions): TopicPost[] {
  const { domain, seed, rows } = options;
  const labelNoise = options.labelNoise ?? 0.05;
  const overlap = options.overlap ?? 0.25;
  const start = options.startMs ?? Date.UTC(2025, 1, 16);
  const rng = createRng(deriveSeed(seed, 0));
  const weights = domain.reasons.map((r) => r.weight);
  // each reason peaks on its own day (a storm, an outage): topics over time have a shape
  const peaks = domain.reasons.map(() => rng.next() * SPAN_MS);
  const drafts = Array.from({ length: rows }, () => {
    const reason = pickWeighted(rng, weights);
    const text = composePost(rng, domain, reason, overlap);
    const label =
      rng.next() < labelNoise
        ? (reason + 1 + rng.int(weights.length - 1)) % weights.length
        : reason;
    const ms =
      rng.next() < 0.3 ? peaks[reason]! + rng.normal() * 6 * 3600 * 1000 : rng.next() * SPAN_MS;
    return {
      // wrapped into the span, so a peak near either end stays a peak
      ms: start + (((ms % SPAN_MS) + SPAN_MS) % SPAN_MS),
      brand: /@(\w+)/.exec(text.replace(/^RT @\w+: /, ''))![1]!,
      text,
      reason: domain.reasons[label]!.name,
      written: domain.reasons[reason]!.name,
    };
  });
  drafts.sort((a, b) => a.ms - b.ms);
  return drafts.map((d, i) => ({
    id: 1_000_000 + i,
    createdAt: new Date(Math.floor(d.ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    brand: d.brand,
    text: d.text,
    reason: d.reason,
    written: d.written,
  }));
}

/** The posts as CSV, columns in TOPIC_CORPUS_COLUMNS order. */
export function topicCorpusCsv(posts: readonly TopicPost[]): string {
  return toCsv(
    TOPIC_CORPUS_COLUMNS,
    posts.map((p) => [String(p.id), p.createdAt, p.brand, p.text, p.reason]),
  );
}
