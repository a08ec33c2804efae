import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import type { Delimiter } from '../csv/types.ts';
import { inferSchema } from './inferSchema.ts';
import type { Role } from './types.ts';

/** A table of `n` rows whose cells come from `make(column, row)`. */
function layout(
  header: string[],
  n: number,
  make: (name: string, r: number) => string,
  delimiter: Delimiter = ',',
) {
  const rows = Array.from({ length: n }, (_, r) => header.map((name) => make(name, r)));
  return tableFromRows(header, rows, { delimiter });
}

function roles(
  header: string[],
  n: number,
  make: (name: string, r: number) => string,
  delimiter: Delimiter = ',',
): Record<string, Role> {
  return Object.fromEntries(
    inferSchema(layout(header, n, make, delimiter)).map((c) => [c.name, c.role]),
  );
}

const POSTS = [
  'Loving the new update, works great!',
  'Worst service ever, waited two hours for nothing',
  'Just landed in Paris with friends 🎉',
  'Thinking about what to cook for dinner tonight',
];
const post = (r: number): string => `${POSTS[r % POSTS.length]} #${r}`;
const day = (r: number): string =>
  `2021-03-${String((r % 28) + 1).padStart(2, '0')} ${String(r % 24).padStart(2, '0')}:15:00`;

describe('roles of known layouts', () => {
  it('Kaggle "Social Media Sentiments Analysis"', () => {
    const header = [
      'column_1',
      'Unnamed: 0',
      'Text',
      'Sentiment',
      'Timestamp',
      'User',
      'Platform',
      'Hashtags',
      'Retweets',
      'Likes',
      'Country',
      'Year',
      'Month',
      'Day',
      'Hour',
    ];
    const cell = (name: string, r: number): string =>
      ({
        column_1: String(r),
        'Unnamed: 0': String(r),
        Text: post(r),
        Sentiment: ['Positive', 'Negative', 'Joy', 'Neutral'][r % 4]!,
        Timestamp: day(r),
        User: `User${r}`,
        Platform: ['Twitter', 'Instagram', 'Facebook'][r % 3]!,
        Hashtags: `#Tag${r % 5} #Other${r % 3}`,
        Retweets: `${r % 20}.0`,
        Likes: `${(r % 20) * 2}.0`,
        Country: ['USA', 'UK', 'India', 'Canada'][r % 4]!,
        Year: String(2010 + (r % 14)),
        Month: String((r % 12) + 1),
        Day: String((r % 28) + 1),
        Hour: String(r % 24),
      })[name]!;
    expect(roles(header, 60, cell)).toEqual({
      column_1: 'id',
      'Unnamed: 0': 'id',
      Text: 'text',
      Sentiment: 'label',
      Timestamp: 'timestamp',
      User: 'category',
      Platform: 'category',
      Hashtags: 'hashtags',
      Retweets: 'shares',
      Likes: 'likes',
      Country: 'category',
      Year: 'other',
      Month: 'other',
      Day: 'other',
      Hour: 'other',
    });
  });

  it('tweet export with retweets and favorites (vaccination_tweets.csv layout)', () => {
    const header = [
      'id',
      'user_name',
      'user_location',
      'user_description',
      'user_created',
      'user_followers',
      'user_friends',
      'user_favourites',
      'user_verified',
      'date',
      'text',
      'hashtags',
      'source',
      'retweets',
      'favorites',
      'is_retweet',
    ];
    const cell = (name: string, r: number): string =>
      ({
        id: String(1340539111971516416n + BigInt(r)),
        user_name: ['Rachel Roh', 'Albert Fong', 'eli'][r % 3]!,
        user_location: ['London, England', '', 'India'][r % 3]!,
        // Longer than the tweets: the description must still not be taken for the post text.
        user_description: `Aggregator of news; scanning diverse sources 24/7/365, opinions are my own and nobody else's, account ${r}`,
        user_created: `2009-04-08 17:52:${String(r % 60).padStart(2, '0')}`,
        user_followers: String(r * 37),
        user_friends: String(r * 3),
        user_favourites: String(r * 11),
        user_verified: r % 5 === 0 ? 'True' : 'False',
        date: day(r),
        text: post(r),
        hashtags: r % 4 === 0 ? '' : `['PfizerBioNTech', 'tag${r}']`,
        source: ['Twitter for iPhone', 'Twitter Web App'][r % 2]!,
        retweets: String(r % 7),
        favorites: String(r % 11),
        is_retweet: 'False',
      })[name]!;
    expect(roles(header, 80, cell)).toEqual({
      id: 'id',
      user_name: 'category',
      user_location: 'category',
      user_description: 'other',
      user_created: 'other',
      user_followers: 'followers',
      user_friends: 'other',
      user_favourites: 'other',
      user_verified: 'category',
      date: 'timestamp',
      text: 'text',
      hashtags: 'hashtags',
      source: 'category',
      retweets: 'shares',
      favorites: 'likes',
      is_retweet: 'category',
    });
  });

  it('CrowdTangle export', () => {
    const header = [
      'Account',
      'User Name',
      'Followers at Posting',
      'Post Created',
      'Type',
      'Likes',
      'Comments',
      'Shares',
      'Love',
      'Wow',
      'Haha',
      'Sad',
      'Angry',
      'Care',
      'Video Share Status',
      'Post Views',
      'Total Views',
      'URL',
      'Message',
      'Link',
      'Final Link',
      'Image Text',
      'Link Text',
      'Description',
      'Sponsor Id',
      'Sponsor Name',
      'Overperforming Score',
    ];
    const counts = new Set([
      'Followers at Posting',
      'Likes',
      'Comments',
      'Shares',
      'Love',
      'Wow',
      'Haha',
      'Sad',
      'Angry',
      'Care',
      'Post Views',
      'Total Views',
    ]);
    const cell = (name: string, r: number): string => {
      if (counts.has(name)) return String((r * 13 + name.length) % 500);
      return (
        {
          Account: ['BBC News', 'CNN', 'Le Monde'][r % 3]!,
          'User Name': ['bbcnews', 'cnn', 'lemonde'][r % 3]!,
          'Post Created': `2021-03-01 12:${String(r % 60).padStart(2, '0')}:56 EST`,
          Type: ['Link', 'Photo', 'Native Video'][r % 3]!,
          'Video Share Status': r % 3 === 2 ? 'owned' : '',
          URL: `https://www.facebook.com/bbcnews/posts/${1000 + r}`,
          Message: post(r),
          Link: `https://bbc.in/${r}`,
          'Final Link': `https://www.bbc.co.uk/news/${r}`,
          'Image Text': r % 2 ? 'BREAKING' : '',
          'Link Text': `Headline number ${r} about the news of the day`,
          Description: `A long description of the linked article number ${r}, longer than most messages are, to tempt the text role away`,
          'Sponsor Id': '',
          'Sponsor Name': '',
          'Overperforming Score': (r % 7 === 0 ? -1.5 : 2.25).toString(),
        } as Record<string, string>
      )[name]!;
    };
    const got = roles(header, 60, cell);
    expect(got).toMatchObject({
      Account: 'category',
      'User Name': 'category',
      'Followers at Posting': 'followers',
      'Post Created': 'timestamp',
      Type: 'category',
      Likes: 'likes',
      Comments: 'comments',
      Shares: 'shares',
      Love: 'engagement',
      Wow: 'engagement',
      Angry: 'engagement',
      Care: 'engagement',
      'Video Share Status': 'category',
      'Post Views': 'engagement',
      'Total Views': 'engagement',
      URL: 'other',
      Message: 'text',
      Link: 'other',
      'Link Text': 'other',
      Description: 'other',
      'Sponsor Id': 'id',
      'Overperforming Score': 'other',
    });
    expect(Object.values(got).filter((r) => r === 'text')).toHaveLength(1);
  });

  it('4CAT export (id, thread_id, author, body, timestamp, …)', () => {
    const header = [
      'id',
      'thread_id',
      'author',
      'body',
      'timestamp',
      'unix_timestamp',
      'subject',
      'likes',
      'retweets',
      'replies',
      'hashtags',
    ];
    const cell = (name: string, r: number): string =>
      ({
        id: String(9000 + r),
        thread_id: String(9000 + r - (r % 4)),
        author: ['alice', 'bob', 'carol'][r % 3]!,
        body: post(r),
        timestamp: day(r),
        unix_timestamp: String(1614600000 + r * 3600),
        subject: '',
        likes: String(r % 9),
        retweets: String(r % 4),
        replies: String(r % 3),
        hashtags: r % 3 === 0 ? '' : `covid,vaccine${r % 5}`,
      })[name]!;
    expect(roles(header, 50, cell)).toEqual({
      id: 'id',
      thread_id: 'id',
      author: 'category',
      body: 'text',
      timestamp: 'timestamp',
      unix_timestamp: 'other',
      subject: 'other',
      likes: 'likes',
      retweets: 'shares',
      replies: 'comments',
      hashtags: 'hashtags',
    });
  });

  it('GetOldTweets semicolon export', () => {
    const header = [
      'username',
      'date',
      'retweets',
      'favorites',
      'text',
      'geo',
      'mentions',
      'hashtags',
      'id',
      'permalink',
    ];
    const cell = (name: string, r: number): string =>
      ({
        username: 'realDonaldTrump',
        date: `2016-07-${String((r % 28) + 1).padStart(2, '0')} 20:37`,
        retweets: String(4000 + r),
        favorites: String(11000 + r),
        text: post(r),
        geo: '',
        mentions: r % 2 ? `@GOP @user${r}` : '',
        hashtags: r % 3 ? '#MAGA #Trump2016' : '',
        id: `7.5${r % 10}E+17`,
        permalink: `https://twitter.com/realDonaldTrump/status/${r}`,
      })[name]!;
    const schema = inferSchema(layout(header, 40, cell, ';'));
    expect(Object.fromEntries(schema.map((c) => [c.name, c.role]))).toEqual({
      username: 'category',
      date: 'timestamp',
      retweets: 'shares',
      favorites: 'likes',
      text: 'text',
      geo: 'other',
      mentions: 'other',
      hashtags: 'hashtags',
      id: 'id',
      permalink: 'other',
    });
    expect(schema.find((c) => c.name === 'id')!.type).toBe('category');
  });
});

describe('count roles by name', () => {
  it('reads TikTok, Twitter API and Reddit count names', () => {
    const header = [
      'text',
      'diggCount',
      'shareCount',
      'commentCount',
      'playCount',
      'like_count',
      'retweet_count',
      'reply_count',
      'impressions',
      'saves',
      'author_followers',
      'user_friends',
      'score',
    ];
    const got = roles(header, 30, (name, r) => (name === 'text' ? post(r) : String((r * 7) % 50)));
    expect(got).toEqual({
      text: 'text',
      diggCount: 'likes',
      shareCount: 'shares',
      commentCount: 'comments',
      playCount: 'engagement',
      like_count: 'likes',
      retweet_count: 'shares',
      reply_count: 'comments',
      impressions: 'engagement',
      saves: 'engagement',
      author_followers: 'followers',
      user_friends: 'other',
      score: 'engagement',
    });
  });

  it('reads the count names of German, Spanish, French, Italian and Portuguese exports', () => {
    const header = [
      'Nachricht',
      'Gefällt mir',
      'Geteilt',
      'Kommentare',
      'Reichweite',
      'Me gusta',
      'Compartidos',
      'Comentarios',
      "J'aime",
      'Partages',
      'Mi piace',
      'Curtidas',
      'Seguidores',
      'Stimmung',
    ];
    const got = roles(header, 30, (name, r) =>
      name === 'Nachricht'
        ? post(r)
        : name === 'Stimmung'
          ? ['positiv', 'negativ', 'neutral'][r % 3]!
          : String((r * 7) % 50),
    );
    expect(got).toEqual({
      Nachricht: 'text',
      'Gefällt mir': 'likes',
      Geteilt: 'shares',
      Kommentare: 'comments',
      Reichweite: 'engagement',
      'Me gusta': 'likes',
      Compartidos: 'shares',
      Comentarios: 'comments',
      "J'aime": 'likes',
      Partages: 'shares',
      'Mi piace': 'likes',
      Curtidas: 'likes',
      Seguidores: 'followers',
      Stimmung: 'label',
    });
  });

  it("gives the label role to a column of no name holding Sentiment140's 0/2/4, and only then", () => {
    const cell = (name: string, r: number): string =>
      name === 'column_3' ? post(r) : name === 'column_2' ? String(r % 5) : String((r % 2) * 4);
    expect(roles(['column_1', 'column_2', 'column_3'], 30, cell)).toMatchObject({
      column_1: 'label',
      column_2: 'other',
    });
    // under a name, the name decides
    expect(
      roles(['stars', 'text'], 30, (n, r) => (n === 'text' ? post(r) : String((r % 2) * 4))),
    ).toMatchObject({ stars: 'other' });
  });

  it('gives the followers role to one column only, preferring the plainest name', () => {
    const got = roles(['followers_at_posting', 'followers_count'], 20, (_, r) => String(r * 3));
    expect(got).toEqual({ followers_at_posting: 'other', followers_count: 'followers' });
  });
});

describe('the text role', () => {
  const short = ['so good', 'meh', 'loved it', 'never again', 'ok', 'fine I guess'];

  it('goes to short posts under a post-body name when nothing else is text', () => {
    expect(
      roles(['id', 'message'], 30, (name, r) => (name === 'id' ? String(r) : short[r % 6]!)),
    ).toEqual({ id: 'id', message: 'text' });
  });

  it('prefers a text column named for posts over a short one, and a post name over a longer description', () => {
    const cell = (name: string, r: number): string =>
      name === 'text'
        ? short[r % 6]!
        : name === 'tweet_text'
          ? post(r)
          : `A long, long description of the account number ${r} that runs on and on`;
    expect(roles(['text', 'tweet_text', 'description'], 30, cell)).toMatchObject({
      text: 'category',
      tweet_text: 'text',
      description: 'other',
    });
  });

  it("goes to the title where the post body is empty in most rows (Reddit's link posts)", () => {
    const cell = (name: string, r: number): string =>
      name === 'selftext'
        ? r % 3 === 0
          ? post(r)
          : ''
        : `Title of thread ${r}: what do you think?`;
    expect(roles(['title', 'selftext'], 30, cell)).toEqual({ title: 'text', selftext: 'other' });
    // filled in half the rows or more, the body keeps it
    const half = (name: string, r: number): string =>
      name === 'selftext'
        ? r % 2 === 0
          ? post(r)
          : ''
        : `Title of thread ${r}: what do you think?`;
    expect(roles(['title', 'selftext'], 30, half)).toEqual({ title: 'other', selftext: 'text' });
  });
});

describe('inferSchema', () => {
  it('counts missing and distinct values on every row, capping distinct', () => {
    const rows = Array.from({ length: 5000 }, (_, r) => [
      r % 10 === 0 ? '' : `v${r % 300}`,
      String(r),
    ]);
    const schema = inferSchema(tableFromRows(['cat', 'n'], rows), {
      distinctCap: 1000,
      sampleSize: 50,
    });
    expect(schema[0]).toMatchObject({ missing: 0.1, distinct: 270, distinctCapped: false });
    expect(schema[1]).toMatchObject({
      missing: 0,
      distinct: 1000,
      distinctCapped: true,
      type: 'integer',
    });
  });

  it('reads types from a sample spread through the file, not only its start', () => {
    // The first 1000 values look numeric; the rest are words: a sample of the head alone would say integer.
    const rows = Array.from({ length: 4000 }, (_, r) => [r < 1000 ? String(r) : `word${r}`]);
    expect(inferSchema(tableFromRows(['x'], rows), { sampleSize: 100 })[0]!.type).toBe('category');
  });

  it('keeps a few example values as written', () => {
    const schema = inferSchema(tableFromRows(['likes'], [['15.0'], [''], ['3'], ['NaN']]));
    expect(schema[0]).toMatchObject({ type: 'integer', samples: ['15.0', '3'], missing: 0.5 });
  });
});
