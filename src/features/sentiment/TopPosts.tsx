import type { SentimentPost, SentimentSummary } from '../../../workers/api.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { formatScore } from './labels.ts';

function PostList({
  posts,
  testId,
  empty,
}: {
  posts: readonly SentimentPost[];
  testId: string;
  empty: string;
}) {
  if (posts.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ol className="sentiment-posts" data-testid={testId}>
      {posts.map((p) => (
        <li key={p.row}>
          <span
            className={`pill pill--${p.label}`}
            title={`neg ${p.neg} · neu ${p.neu} · pos ${p.pos}`}
          >
            {formatScore(p.compound)}
          </span>{' '}
          <span dir="auto">{p.text}</span> <span className="muted">(row {p.row + 1})</span>
        </li>
      ))}
    </ol>
  );
}

/** The five most positive and five most negative posts with their compound scores. */
export function TopPosts({ summary }: { summary: SentimentSummary }) {
  return (
    <ChartCard
      wide
      title="Most positive and most negative posts"
      info="Ranked by compound score; hover a score for its negative, neutral and positive shares."
      testId="top-posts"
    >
      <div className="sentiment-top">
        <section aria-label="Most positive posts">
          <h4>Most positive</h4>
          <PostList
            posts={summary.mostPositive}
            testId="most-positive"
            empty="No post scores above 0."
          />
        </section>
        <section aria-label="Most negative posts">
          <h4>Most negative</h4>
          <PostList
            posts={summary.mostNegative}
            testId="most-negative"
            empty="No post scores below 0."
          />
        </section>
      </div>
    </ChartCard>
  );
}
