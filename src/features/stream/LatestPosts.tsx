import { memo, type ReactNode } from 'react';
import type { LatestPost, StreamSnapshot, WindowUnit } from '../../../workers/api.ts';
import { formatNumber } from '../../shared/format.ts';
import { useThrottled } from '../../components/useThrottled.ts';
import { LABEL_NAMES, streamTime } from './streamFormat.ts';

/** The text with its hashtag spans marked (spans in string indices, from the feed's UTF-8 byte offsets). */
function highlighted(post: LatestPost): ReactNode[] {
  const spans = [...post.spans].sort((a, b) => a[0] - b[0]);
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end > post.text.length) continue;
    if (start > at) out.push(post.text.slice(at, start));
    out.push(
      <mark key={start} className="stream-tag">
        {post.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  out.push(post.text.slice(at) + (post.truncated ? '…' : ''));
  return out;
}

const PostItem = memo(
  function PostItem({
    post,
    unit,
    topicTerms,
    classifier,
  }: {
    post: LatestPost;
    unit: WindowUnit;
    topicTerms: StreamSnapshot['topicTerms'];
    /** The label comes from the classifier trained on the person's labels, not from VADER's compound. */
    classifier: boolean;
  }) {
    const label = LABEL_NAMES[post.label];
    const topic = post.topic !== null ? topicTerms?.[post.topic] : undefined;
    return (
      <li className="stream-post" data-testid="latest-post">
        <div className="stream-post__meta">
          <span
            className={`pill pill--${label}`}
            title={
              classifier
                ? `Label from your trained classifier (VADER compound ${formatNumber(post.compound, 4)})`
                : `VADER compound ${formatNumber(post.compound, 4)}`
            }
          >
            {classifier ? label : `${label} ${formatNumber(post.compound, 2)}`}
          </span>
          {post.topic !== null && (
            <span
              className="pill"
              title={topic ? `Topic ${post.topic + 1}: ${topic.slice(0, 5).join(', ')}` : undefined}
            >
              topic {post.topic + 1}
            </span>
          )}
          {post.engagement !== null && (
            <span className="pill" title="Predicted engagement (the active model)">
              ≈ {formatNumber(post.engagement, 3)}
            </span>
          )}
          {post.lang && <span className="muted">{post.lang}</span>}
          <time className="muted" dateTime={new Date(post.timeMs).toISOString()}>
            {streamTime(post.timeMs, unit)}
          </time>
        </div>
        <p className="stream-post__text">
          {post.text === '' ? <span className="muted">(no text)</span> : highlighted(post)}
        </p>
      </li>
    );
    // a post never changes: redraw only the new ones
  },
  (a, b) => a.post.key === b.post.key && a.unit === b.unit && a.classifier === b.classifier,
);

/** Nobody reads twenty posts a dozen times a second; replacing them was half of each redraw's layout. */
const POSTS_EVERY_MS = 500;

/** The newest scored posts, newest first (a capped list), refreshed twice a second. */
export const LatestPosts = memo(function LatestPosts({
  posts: live,
  unit,
  topicTerms,
  classifier = false,
}: {
  posts: readonly LatestPost[];
  unit: WindowUnit;
  topicTerms: StreamSnapshot['topicTerms'];
  classifier?: boolean;
}) {
  const posts = useThrottled(live, POSTS_EVERY_MS);
  if (posts.length === 0) return <p className="empty">No post scored yet.</p>;
  return (
    <ol className="stream-posts" data-testid="latest-posts" aria-live="off">
      {posts.map((p) => (
        <PostItem
          key={p.key}
          post={p}
          unit={unit}
          topicTerms={topicTerms}
          classifier={classifier}
        />
      ))}
    </ol>
  );
});
