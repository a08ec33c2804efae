import type { Role } from '../../../workers/api.ts';

/** What each role means to the analyses, shown as the role picker's help. */
export const ROLE_INFO: Record<Role, string> = {
  text: 'The post body: scored for sentiment, tokenised for topics and word clouds.',
  hashtags: 'The post’s hashtags (a list in any format: #a #b, a,b, JSON or Python list).',
  timestamp: 'When the post was published: used for trends and time features.',
  likes: 'Likes, favourites, reactions: an engagement count to predict.',
  shares: 'Retweets, shares, reposts: an engagement count to predict.',
  comments: 'Comments and replies: an engagement count to predict.',
  engagement: 'Other counts known only after publishing (impressions, views, saves).',
  followers: 'The author’s follower count at posting time: a feature known in advance.',
  category: 'A grouping such as platform, source, country or language.',
  label: 'A human label (sentiment or class) to evaluate the models against.',
  id: 'An identifier: kept as text, never used as a number.',
  other: 'Not used by the analyses.',
};
