/**
 * Labelled airline-style complaint tweets, written from templates with a seed: what a customer
 * service export looks like (every post addressed to an airline's @handle, links, `RT @x:`
 * prefixes, `&amp;`, camel-case hashtags), with a human-style label per post (negative about 60 %,
 * neutral 22 %, positive 18 %). The label follows what the post says, not its handle, so a
 * lexicon that reads "@united" as the word *united* is wrong where a person is not. Nothing is
 * copied from a real dataset; every phrase is written here.
 */
import { createRng, type Rng } from '../../workers/core/random/rng.ts';
import { toCsv } from '../sample/csvWriter.ts';

export type AirlineLabel = 'negative' | 'neutral' | 'positive';

export interface AirlineTweet {
  readonly id: string;
  readonly airline: string;
  readonly label: AirlineLabel;
  readonly text: string;
  /** ISO 8601, UTC. */
  readonly created: string;
  readonly retweets: number;
}

export interface AirlineTweetOptions {
  readonly rows: number;
  readonly seed: number;
}

/** Handle and name, with a share of the traffic (a lexicon word among them: "united"). */
const AIRLINES: readonly (readonly [string, string, number])[] = [
  ['@united', 'United', 0.26],
  ['@USAirways', 'US Airways', 0.2],
  ['@AmericanAir', 'American', 0.19],
  ['@SouthwestAir', 'Southwest', 0.17],
  ['@Delta', 'Delta', 0.15],
  ['@VirginAmerica', 'Virgin America', 0.03],
];

const CITIES = ['Denver', 'Chicago', 'Newark', 'Boston', 'Dallas', 'Houston', 'Phoenix', 'Miami'];

/** What each kind of post says; {city}, {n}, {hours} are filled in. */
const PHRASES: Readonly<Record<AirlineLabel, readonly string[]>> = {
  negative: [
    'flight {n} delayed again, {hours} hours at the gate',
    'lost my bag on the way to {city}',
    'worst customer service I have ever had',
    'been on hold for {hours} hours',
    'cancelled my flight to {city} with no notice',
    'the agent at the desk was so rude',
    'missed my connection because of your delay',
    'still no update on flight {n}',
    'sitting on the tarmac in {city} for {hours} hours now',
    'my seat was broken and nobody cared',
    'thanks for nothing',
    'great, another delay',
    'you charged me twice for one bag',
    'waited {hours} hours for a rebooking that never came',
    'no crew, no plane, no answers',
    'why does it take {hours} hours to get my bag back',
  ],
  neutral: [
    'is flight {n} to {city} on time',
    'what is the baggage allowance on international flights',
    'can I change my seat online',
    'flight {n} to {city} is boarding now',
    'do you fly to {city} in the winter',
    'how do I add my frequent flyer number',
    'will there be wifi on flight {n}',
    'need to change my return date to {city}',
    'what time does check-in open for flight {n}',
    'heading to {city} tomorrow morning',
  ],
  positive: [
    'thanks for the great service today',
    'the crew on flight {n} was amazing',
    'love the new seats',
    'best flight I have had in years',
    'got rebooked in minutes, thank you',
    'smooth flight to {city}, well done',
    'your agent in {city} was so helpful',
    'early arrival and my bag came out first',
  ],
};

const TAGS: Readonly<Record<AirlineLabel, readonly string[]>> = {
  negative: ['#fail', '#NotHappy', '#NeverAgain', '#customerservice', '#delayed', '#WorstAirline'],
  neutral: ['#travel', '#question', '#flight'],
  positive: ['#LoveIt', '#ThankYou', '#happy', '#GreatService'],
};

const LABEL_SHARES: readonly (readonly [AirlineLabel, number])[] = [
  ['negative', 0.6],
  ['neutral', 0.22],
  ['positive', 0.18],
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let u = rng.next();
  for (const [item, w] of items) {
    if (u < w) return item;
    u -= w;
  }
  return items[items.length - 1]![0];
}

function link(rng: Rng): string {
  const id = Array.from({ length: 10 }, () =>
    pick(rng, [...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789']),
  ).join('');
  return rng.next() < 0.8
    ? `http://t.co/${id}`
    : `https://www.example-airline.com/status?flight=${id}`;
}

function fill(rng: Rng, phrase: string): string {
  return phrase
    .replace('{city}', pick(rng, CITIES))
    .replace('{n}', String(100 + rng.int(9000)))
    .replace('{hours}', String(2 + rng.int(5)));
}

/** One post: the airline's handle, what it says, and some of a tweet's extras. */
function composeTweet(rng: Rng, handle: string, label: AirlineLabel): string {
  let body = fill(rng, pick(rng, PHRASES[label]));
  // questions end with '?' most of the time
  if (label === 'neutral' && /^(is|what|can|do|how|will)\b/.test(body) && rng.next() < 0.7)
    body += '?';
  if (rng.next() < 0.25) body += ` &amp; ${fill(rng, pick(rng, PHRASES[label]))}`;
  if (rng.next() < 0.3) body = body.charAt(0).toUpperCase() + body.slice(1);
  const parts = [handle, body];
  if (rng.next() < 0.15) parts.push(pick(rng, ['@fly_guy', '@jenny_t', '@airportwatch', '@amy']));
  if (rng.next() < 0.35) parts.push(pick(rng, TAGS[label]));
  if (rng.next() < 0.3) parts.push(link(rng));
  let text = parts.join(' ');
  if (rng.next() < 0.1) text = `RT @${pick(rng, ['travelnews', 'flyerdaily', 'sam_k'])}: ${text}`;
  return text;
}

/** `rows` labelled tweets, deterministic for `seed`. */
export function generateAirlineTweets(options: AirlineTweetOptions): AirlineTweet[] {
  const rng = createRng(options.seed);
  const start = Date.UTC(2015, 1, 16);
  const handles = AIRLINES.map(([h, name, share]) => [[h, name], share] as const);
  return Array.from({ length: options.rows }, (_, i) => {
    const [handle, airline] = weighted(rng, handles);
    const label = weighted(rng, LABEL_SHARES);
    return {
      id: String(570_000_000_000_000_000n + BigInt(i) * 7919n),
      airline,
      label,
      text: composeTweet(rng, handle, label),
      created: new Date(start + Math.floor(rng.next() * 9 * 86_400_000)).toISOString(),
      retweets: rng.next() < 0.9 ? 0 : 1 + rng.int(20),
    };
  });
}

/** The tweets as a CSV export: tweet_id, airline_sentiment, airline, text, tweet_created, retweet_count. */
export function airlineTweetsCsv(options: AirlineTweetOptions): string {
  return toCsv(
    ['tweet_id', 'airline_sentiment', 'airline', 'text', 'tweet_created', 'retweet_count'],
    generateAirlineTweets(options).map((t) => [
      t.id,
      t.label,
      t.airline,
      t.text,
      t.created,
      String(t.retweets),
    ]),
  );
}
