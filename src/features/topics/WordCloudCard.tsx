import { memo, useId, useState } from 'react';
import type { TermKind, TopicsResult, WordScope } from '../../../workers/api.ts';
import { formatInt } from '../../shared/format.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { WordCloud } from '../../components/WordCloud.tsx';
import { analysis } from '../../engine/index.ts';
import { clusterColour, clusterLabel } from './clusters.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import { WordPostsPanel } from './WordPostsPanel.tsx';
import { SENTIMENT_COLOUR } from '../../shared/palette.ts';

const SENTIMENT_SCOPES = ['positive', 'neutral', 'negative'] as const;

export interface WordCloudCardProps {
  /** Hashtags or text terms to start with. */
  initialWords: TermKind;
  /** The analysis shown (its clusters become scopes), or null. */
  result: TopicsResult | null;
  /** Whether posts have sentiment (a text column). */
  hasText: boolean;
  /** Changes when the dataset or its roles change. */
  version: string;
}

function scopeName(scope: WordScope, result: TopicsResult | null): string {
  if (scope === 'all') return 'all posts';
  if (scope === 'positive' || scope === 'neutral' || scope === 'negative') return `${scope} posts`;
  const c = result?.clusters[Number(scope.slice('cluster:'.length))];
  return c ? clusterLabel(c, result.settings.terms) : scope;
}

/** Clouds of the most used hashtags or words, overall, per cluster and per sentiment label; click a word for its posts. */
export const WordCloudCard = memo(function WordCloudCard({
  initialWords,
  result,
  hasText,
  version,
}: WordCloudCardProps) {
  const [words, setWords] = useState<TermKind>(initialWords);
  const [chosenScope, setScope] = useState<WordScope>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const scopeId = useId();
  // a cluster scope lasts only while the analysis has that cluster
  const clusterOk = (s: WordScope) =>
    !s.startsWith('cluster:') || (result !== null && Number(s.slice(8)) < result.k);
  const scope: WordScope = clusterOk(chosenScope) ? chosenScope : 'all';
  const resultKey = result ? `${result.k}:${result.seconds}:${result.settings.terms}` : 'none';
  const key = `${version}|${words}|${scope}|${resultKey}`;

  const answer = useWorkerAnswer(key, () =>
    analysis('topicsWordCloud', { words, scope, maxWords: 100 }),
  );
  const cloud = answer.value;
  const colour =
    scope === 'positive' || scope === 'neutral' || scope === 'negative'
      ? () => SENTIMENT_COLOUR[scope]
      : scope.startsWith('cluster:')
        ? () => clusterColour(Number(scope.slice(8)))
        : undefined;

  return (
    <ChartCard
      wide
      title="Word clouds"
      info="The most used hashtags or words (up to 100), sized by the number of posts that use them. Choose all posts, one cluster, or the posts VADER labels positive, neutral or negative. Click a word (or focus it and press Enter) to list its posts."
      testId="word-cloud-card"
      actions={
        <div className="row">
          <div
            role="radiogroup"
            aria-label="Words in the cloud"
            className="row"
            style={{ gap: '0.4rem' }}
          >
            {(['hashtags', 'terms'] as const).map((w) => (
              <label key={w} className="row" style={{ gap: '0.2rem' }}>
                <input
                  type="radio"
                  name={`${scopeId}-words`}
                  checked={words === w}
                  onChange={() => (setWords(w), setSelected(null))}
                  data-testid={`cloud-words-${w}`}
                />
                {w === 'hashtags' ? 'Hashtags' : 'Text terms'}
              </label>
            ))}
          </div>
          <label htmlFor={scopeId} className="row" style={{ gap: '0.3rem' }}>
            Posts
            <select
              id={scopeId}
              value={scope}
              onChange={(e) => (setScope(e.target.value as WordScope), setSelected(null))}
              data-testid="cloud-scope"
            >
              <option value="all">All posts</option>
              {hasText &&
                SENTIMENT_SCOPES.map((s) => (
                  <option key={s} value={s}>{`${s[0]!.toUpperCase()}${s.slice(1)} (VADER)`}</option>
                ))}
              {result?.clusters.map((c) => (
                <option key={c.id} value={`cluster:${c.id}`}>
                  {clusterLabel(c, result.settings.terms)}
                </option>
              ))}
            </select>
          </label>
        </div>
      }
    >
      {answer.error && <ErrorBanner error={answer.error} />}
      {!answer.ready && <p className="muted">Laying out the cloud…</p>}
      {cloud && (
        <>
          <p className="muted" data-testid="cloud-summary">
            {formatInt(cloud.layout.words.length)} of {formatInt(cloud.distinctWords)}{' '}
            {words === 'hashtags' ? 'hashtags' : 'words'}, used by {formatInt(cloud.postsWithWords)}{' '}
            of {formatInt(cloud.posts)} posts ({scopeName(scope, result)})
            {cloud.layout.dropped.length > 0
              ? ` (${cloud.layout.dropped.length} found no room)`
              : ''}
          </p>
          {cloud.layout.words.length === 0 ? (
            <p className="empty">
              {words === 'hashtags'
                ? 'No hashtags in these posts: try text terms.'
                : 'No words left in these posts after cleaning.'}
            </p>
          ) : (
            <WordCloud
              width={cloud.layout.width}
              height={cloud.layout.height}
              words={cloud.layout.words}
              font={cloud.font}
              colour={colour}
              selected={selected}
              onSelect={setSelected}
              ariaLabel={`Word cloud of ${scopeName(scope, result)}`}
              testId="word-cloud"
            />
          )}
        </>
      )}
      {selected && (
        <WordPostsPanel
          words={words}
          word={selected}
          scope={scope}
          scopeName={scopeName(scope, result)}
          onClose={() => setSelected(null)}
        />
      )}
    </ChartCard>
  );
});
