/**
 * Labelled airline-style tweets, generated from a seed: customers writing to carriers about delays,
 * lost bags, refunds, crews and upgrades, each with the label a person would give it. Made to be
 * hard in the ways real exports are: complaints mostly without a negative word ("on hold for 2
 * hours"), sarcasm ("thanks for losing my bag"), @handles that are lexicon words ("@united",
 * "@SunnyAir"), polite words in complaints, questions that mention delays, RT prefixes, links,
 * HTML entities, typos, and about one label in twelve that disagrees with the text. Never copied
 * from a real dataset: every text is composed here.
 */
import { createRng, type Rng } from '../../../workers/core/random/rng.ts';
import { toCsv } from '../../sample/csvWriter.ts';

export type AirlineLabel = 'negative' | 'neutral' | 'positive';

export interface AirlineTweet {
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly airline: string;
  readonly text: string;
  /** The label a person gave (sometimes not the tone the text was written in). */
  readonly label: AirlineLabel;
  /** The tone the text was composed in. */
  readonly tone: AirlineLabel;
  readonly retweets: number;
}

export interface AirlineOptions {
  readonly rows: number;
  readonly seed: number;
  /** Share of labels that disagree with the text's tone. Default 0.05. */
  readonly labelNoise?: number;
}

export const AIRLINE_HEADER = [
  'tweet_id',
  'created_at',
  'airline',
  'text',
  'airline_sentiment',
  'retweet_count',
] as const;

/** Carriers with their handle and how their customers feel (negative, neutral, positive weights). */
const AIRLINES: readonly {
  name: string;
  handle: string;
  mix: readonly [number, number, number];
}[] = [
  { name: 'United', handle: '@united', mix: [0.69, 0.2, 0.11] },
  { name: 'SunnyAir', handle: '@SunnyAir', mix: [0.6, 0.2, 0.2] },
  { name: 'FreedomJet', handle: '@FreedomJet', mix: [0.7, 0.18, 0.12] },
  { name: 'Northwind', handle: '@NorthwindAir', mix: [0.5, 0.28, 0.22] },
  { name: 'BlueHeron', handle: '@BlueHeronAir', mix: [0.42, 0.3, 0.28] },
  { name: 'PrideAirways', handle: '@PrideAirways', mix: [0.64, 0.2, 0.16] },
];
const AIRLINE_WEIGHTS = [0.26, 0.18, 0.17, 0.14, 0.1, 0.15];

const CITIES = [
  'Denver',
  'Chicago',
  'Boston',
  'Newark',
  'Houston',
  'Seattle',
  'Atlanta',
  'Dallas',
  'Phoenix',
  'Miami',
  'Orlando',
  'Portland',
  'Austin',
  'Nashville',
  'SFO',
  'LAX',
  'JFK',
  'DCA',
  'Las Vegas',
  'San Diego',
];
const NAMES = ['Maria', 'Kevin', 'Aisha', 'Tom', 'Priya', 'Luis', 'Grace', 'Omar', 'Jen', 'Sam'];
const DURATIONS = [
  '45 min',
  'an hour',
  '2 hours',
  '2 hrs',
  '3 hours',
  '90 minutes',
  '4 hrs',
  '5 hours',
  'all night',
  '40 minutes',
];

type Slot = (rng: Rng) => string;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;
const flight: Slot = (rng) =>
  `${pick(rng, ['flight ', 'flt ', '#', 'flight #', ''])}${100 + rng.int(4900)}`;
const SLOTS: Readonly<Record<string, Slot>> = {
  fl: flight,
  city: (rng) => pick(rng, CITIES),
  city2: (rng) => pick(rng, CITIES),
  dur: (rng) => pick(rng, DURATIONS),
  name: (rng) => pick(rng, NAMES),
  n: (rng) => String(2 + rng.int(9)),
  time: (rng) =>
    `${1 + rng.int(12)}:${pick(rng, ['00', '15', '30', '45'])}${pick(rng, ['am', 'pm', ''])}`,
};

/** Clauses per tone; {slot} is filled from SLOTS. */
const CLAUSES: Readonly<Record<AirlineLabel, readonly string[]>> = {
  negative: [
    '{fl} delayed {dur} and counting',
    'been on hold for {dur}',
    'on hold {dur} now, nobody picks up',
    'my bag did not make it to {city}',
    'where is my bag? landed in {city} {dur} ago',
    'sat on the tarmac in {city} for {dur} with no updates',
    'why does a refund take {n} weeks',
    'still waiting on the refund for {fl}',
    'rebooked {n} times and still no seat to {city}',
    '{fl} Cancelled. again. stuck in {city}',
    'cancelled my flight and put me on one {n} days later',
    'missed my connection in {city} because of your delay',
    'the gate agent in {city} was rude',
    'worst customer service ever',
    'never flying with you again',
    'your app keeps crashing when I try to check in',
    'charged me for a carry on that fit under the seat',
    'no wifi, no power outlets, no snacks on {fl}',
    'seat was broken the whole {dur}',
    'lost my luggage and nobody can tell me anything',
    'paid for extra legroom and got a middle seat',
    'the plane has been sitting at the gate for {dur}',
    'crew told us nothing for {dur}',
    'booked months ago and now you changed my flight to {time}',
    '{fl} from {city} to {city2} delayed, then cancelled',
    'hung up on me after {dur} on hold',
    'no one at the desk in {city}',
    'so {n} hours later we are still in {city}',
    'first class seat and the tray table is broken',
    'you overbooked {fl} and bumped me',
  ],
  neutral: [
    'do you fly from {city} to {city2}?',
    'is {fl} on time today?',
    'what is the baggage allowance on {fl}?',
    'can I change my seat online?',
    '{fl} to {city} is boarding now',
    'heading to {city} tomorrow on {fl}',
    'just landed in {city}',
    'DM sent with my confirmation number',
    'any update on {fl} from {city}?',
    'is there a delay for {fl}?',
    'how early should I get to {city} airport?',
    'can I bring a guitar on board?',
    'when do fares for {city} open for the summer?',
    'what terminal does {fl} leave from in {city}?',
    'do you have a direct flight to {city2}?',
    'flying {city} to {city2} on {time}',
    'will my miles expire if I do not fly this year?',
    'is the lounge in {city} open at {time}?',
    'following up on my email about {fl}',
    'need to add my frequent flyer number to {fl}',
  ],
  positive: [
    'thanks for the upgrade on {fl}!',
    'crew on {fl} was amazing',
    'smooth flight to {city}, landed early',
    'great customer service from {name} at {city}',
    'love the new seats',
    'you guys rock',
    'landed {n}0 min early, not bad',
    'got rebooked in {n} minutes, impressed',
    '{name} at the {city} desk saved my trip',
    'best flight I have had in years',
    'the pilot kept us updated the whole way',
    'free snacks and a smile, thank you',
    'my bag was first off the belt in {city}',
    'the crew made my kid feel so welcome',
    'easy check in and on time to {city}',
    'thanks for finding my bag so fast',
    'really nice lounge in {city}',
    'quick and friendly boarding at {city}',
    'the new app makes check in so easy',
    'nice touch with the birthday card on {fl}',
  ],
};

/** Sarcastic complaints: positive words, negative meaning (a lexicon reads them as praise). */
const SARCASM = [
  'thanks for losing my bag, great service',
  'love sitting at the gate for {dur}',
  'nice job stranding us in {city}',
  'great, another {dur} delay',
  'wow {dur} on hold, amazing',
  'so glad I paid for priority boarding to stand in line for {dur}',
  'awesome, my flight to {city} is cancelled again',
  'thanks for nothing',
];

/**
 * Clauses people disagree about, with the share of annotators who read each as negative, neutral
 * and positive: the label of such a tweet is drawn from its clause's shares, as a crowd gives it.
 */
const AMBIGUOUS: readonly (readonly [string, readonly [number, number, number]])[] = [
  ['is there a delay for {fl}?', [0.45, 0.55, 0]],
  ['any news on my bag?', [0.5, 0.5, 0]],
  ['{fl} delayed {dur}, oh well', [0.5, 0.4, 0.1]],
  ['finally made it to {city}', [0.3, 0.3, 0.4]],
  ['finally home after a {dur} delay', [0.55, 0.15, 0.3]],
  ['the flight was fine, boarding was a mess', [0.6, 0.2, 0.2]],
  ['not bad for a {dur} flight', [0.1, 0.4, 0.5]],
  ['thanks for the update on {fl}', [0.1, 0.5, 0.4]],
  ['we will see how {fl} goes', [0.3, 0.6, 0.1]],
  ['you moved my seat on {fl}', [0.6, 0.4, 0]],
  ['got my refund, only took {n} weeks', [0.5, 0.1, 0.4]],
  ['first time flying with you to {city}', [0, 0.6, 0.4]],
  ['the food on {fl} was interesting', [0.4, 0.4, 0.2]],
  ['long day in {city} but we got there', [0.3, 0.3, 0.4]],
  ['{name} at the desk tried her best', [0.3, 0.3, 0.4]],
  ['ok so {fl} is now leaving at {time}', [0.45, 0.55, 0]],
  ['I guess {dur} late is on time for you', [0.8, 0.1, 0.1]],
  ['the wifi worked for once', [0.3, 0.2, 0.5]],
];

const OPENERS: Readonly<Record<AirlineLabel, readonly string[]>> = {
  negative: [
    '',
    '',
    '',
    'ugh',
    'seriously',
    'hey',
    'so',
    'honestly',
    'really?',
    'come on',
    'please help,',
  ],
  neutral: ['', '', '', 'hi', 'hey', 'quick question:', 'hello', 'hi there,'],
  positive: ['', '', '', 'hey', 'just want to say', 'shout out:', 'wow', 'thank you!'],
};
const CLOSERS: Readonly<Record<AirlineLabel, readonly string[]>> = {
  negative: [
    '',
    '',
    '',
    '#fail',
    '#customerservice',
    '😡',
    '🙄',
    'please fix this',
    'thanks',
    'not happy',
    '!!!',
    '#neveragain',
    'thx',
  ],
  neutral: ['', '', '', 'thanks', 'thx', '✈️', '#travel', 'please advise', '?'],
  positive: ['', '', '', '#travel', '😊', '✈️', '❤️', 'thanks!', '#happy', '!!'],
};

function fill(rng: Rng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => SLOTS[slot]!(rng));
}

/** One typo in about one word in sixteen: a swapped or dropped letter, as phones make them. */
function typos(rng: Rng, text: string): string {
  return text
    .split(' ')
    .map((w) => {
      if (w.length < 4 || w.startsWith('@') || w.startsWith('http') || rng.next() > 0.06) return w;
      const i = 1 + rng.int(w.length - 2);
      return rng.next() < 0.5
        ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
        : w.slice(0, i) + w.slice(i + 1);
    })
    .join(' ');
}

function weighted(rng: Rng, weights: readonly number[]): number {
  let u = rng.next() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

const TONES: readonly AirlineLabel[] = ['negative', 'neutral', 'positive'];

function composeText(rng: Rng, tone: AirlineLabel, handle: string): string {
  const sarcastic = tone === 'negative' && rng.next() < 0.12;
  let body = fill(rng, sarcastic ? pick(rng, SARCASM) : pick(rng, CLAUSES[tone]));
  // a second clause: mostly the same tone, sometimes a neutral aside
  if (rng.next() < 0.45) {
    const second = rng.next() < 0.75 ? tone : 'neutral';
    body += `${pick(rng, ['. ', ', ', ' and ', ' - '])}${fill(rng, pick(rng, CLAUSES[second]))}`;
  }
  const opener = pick(rng, OPENERS[tone]);
  const closer = pick(rng, CLOSERS[tone]);
  if (tone === 'negative' && rng.next() < 0.06) body = body.toUpperCase();
  let text = `${handle} ${opener ? `${opener} ` : ''}${body}${closer ? ` ${closer}` : ''}`;
  if (rng.next() < 0.15) text += ` http://t.co/${Math.floor(rng.next() * 36 ** 6).toString(36)}`;
  if (rng.next() < 0.04) text = text.replace(' and ', ' &amp; ');
  if (rng.next() < 0.06) text = `RT @${pick(rng, NAMES).toLowerCase()}${rng.int(99)}: ${text}`;
  return typos(rng, text);
}

const START = Date.UTC(2025, 2, 1);
const DAY = 86_400_000;

/** `options.rows` tweets over two weeks of March 2025; a storm on days 5 to 7 brings more complaints. */
export function generateAirlineTweets(options: AirlineOptions): AirlineTweet[] {
  const rng = createRng(options.seed);
  const noise = options.labelNoise ?? 0.05;
  const out: AirlineTweet[] = [];
  for (let i = 0; i < options.rows; i++) {
    const a = AIRLINES[weighted(rng, AIRLINE_WEIGHTS)]!;
    const ms = START + Math.floor(rng.next() * 14 * DAY);
    const storm = ms >= START + 5 * DAY && ms < START + 8 * DAY;
    const mix = storm ? [a.mix[0] + 0.15, a.mix[1], Math.max(0.02, a.mix[2] - 0.1)] : a.mix;
    let tone = TONES[weighted(rng, mix)]!;
    let text: string;
    const kind = rng.next();
    if (kind < 0.22) {
      // a clause people read differently: its label comes from the crowd's shares
      const [clause, shares] = pick(rng, AMBIGUOUS);
      tone = TONES[weighted(rng, shares)]!;
      text = typos(
        rng,
        `${a.handle} ${pick(rng, OPENERS.neutral)} ${fill(rng, clause)}`.replace('  ', ' '),
      );
    } else if (kind < 0.3 && tone !== 'neutral') {
      // praise and a complaint in one tweet: most annotators call it by the complaint
      const praise = fill(rng, pick(rng, CLAUSES.positive));
      const complaint = fill(rng, pick(rng, CLAUSES.negative));
      tone = rng.next() < 0.7 ? 'negative' : rng.next() < 0.5 ? 'neutral' : 'positive';
      text = typos(
        rng,
        `${a.handle} ${praise} ${pick(rng, ['but', 'but then', 'however', 'though'])} ${complaint}`,
      );
    } else {
      text = composeText(rng, tone, a.handle);
    }
    const label =
      rng.next() < noise
        ? tone === 'neutral'
          ? pick(rng, ['negative', 'positive'] as const)
          : rng.next() < 0.7
            ? 'neutral'
            : tone === 'negative'
              ? 'positive'
              : 'negative'
        : tone;
    out.push({
      id: String(5_700_000_000_000_000 + i * 7919 + rng.int(7919)),
      createdAt: new Date(ms).toISOString().slice(0, 19) + 'Z',
      airline: a.name,
      text,
      label,
      tone,
      retweets: rng.next() < 0.9 ? 0 : 1 + rng.int(20),
    });
  }
  return out;
}

/** The tweets as CSV with AIRLINE_HEADER. */
export function airlineTweetsCsv(tweets: readonly AirlineTweet[]): string {
  return toCsv(
    AIRLINE_HEADER,
    tweets.map((t) => [t.id, t.createdAt, t.airline, t.text, t.label, String(t.retweets)]),
  );
}
