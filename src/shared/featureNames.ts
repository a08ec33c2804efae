/**
 * Features as people say them: "followers", "hour of posting", "caption length", "platform:
 * TikTok", never the model's column names (`log1p_author_followers`, `platform=TikTok`). Used by
 * the Engagement and Live views; the model keeps its own names for export and the CLI.
 */

const TEXT: Readonly<Record<string, string>> = {
  vader_compound: 'overall sentiment of the text',
  vader_pos: 'share of positive words',
  vader_neg: 'share of negative words',
  char_len: 'caption length',
  word_count: 'number of words',
  hashtag_count: 'number of hashtags',
  mention_count: 'number of mentions',
  url_count: 'number of links',
  exclamation_count: 'exclamation marks',
  question_count: 'question marks',
  emoji_count: 'number of emoji',
  hour: 'hour of posting',
  day_of_week: 'day of the week',
  month: 'month of posting',
  year: 'year of posting',
};

/** A column name in words: "author_followers" → "followers", "post_type" → "post type". */
export function columnWords(column: string): string {
  const words = column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  // "author followers", "user follower count" … are the author's followers
  if (/\bfollowers?\b/.test(words)) return 'followers';
  return words === '' ? column : words;
}

/** A model feature's name in plain words. */
export function featureLabel(name: string): string {
  if (TEXT[name]) return TEXT[name];
  const topic = /^hashtag_cluster=(\d+)$/.exec(name);
  // clusters count from 0; the Topics view says "Topic 1" for cluster 0
  if (topic) return `hashtag topic ${Number(topic[1]) + 1}`;
  const eq = name.indexOf('=');
  if (eq > 0) {
    const value = name.slice(eq + 1);
    return `${columnWords(name.slice(0, eq))}: ${value === '__other__' ? 'other' : value}`;
  }
  return columnWords(name.replace(/^log1p_/, ''));
}
