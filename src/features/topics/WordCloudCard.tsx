import { memo, useId, useState } from 'react';
import type { CloudLanguages, TermKind, TopicsResult, WordScope } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { languageName, useLanguageFilter } from '../../shared/languageFilter.ts';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { WordCloud } from '../../components/WordCloud.tsx';
import { analysis } from '../../engine/index.ts';
import { clusterColour, clusterLabel } from './clusters.ts';
import { useStaged } from '../../shared/useStaged.ts';
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
  const id = Number(scope.slice('cluster:'.length));
  const c = result?.clusters.find((x) => x.id === id);
  return c && result ? clusterLabel(c, result.settings.terms) : scope;
}

/** "English (60% of posts, the most)" for the language picker. */
function optionName(o: CloudLanguages['options'][number], languages: CloudLanguages): string {
  const share = formatPercent(languages.posts > 0 ? o.posts / languages.posts : 0, 0);
  return `${languageName(o.language)} (${share} of posts${o.language === languages.mostCommon ? ', the most' : ''})`;
}

/** What the cloud shows, in words: one language, and why; or every language mixed. */
function LanguageNote({ languages }: { languages: CloudLanguages }) {
  const others = languages.options.length - 1;
  return (
    <p className="muted" data-testid="cloud-language-note">
      {languages.shown === 'mixed'
        ? 'Words of every language mixed in one cloud: the same subject can appear once per language.'
        : `Only words of posts in ${languageName(languages.shown)}${languages.shown === languages.mostCommon ? ', the most common language' : ''}: the posts are in ${others + 1} languages, and a cloud shows one at a time so words of different languages are not mixed. Pick another language, or “All languages, mixed”, above.`}
    </p>
  );
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
  // the language shown when the posts are in several (none chosen: the most common)
  const [chosenLanguage, setLanguage] = useState<{ version: string; language: string } | null>(
    null,
  );
  const language = chosenLanguage?.version === version ? chosenLanguage.language : undefined;
  const { revision: languageFilter } = useLanguageFilter();
  const scopeId = useId();
  const languageId = useId();
  // a cluster scope lasts only while the analysis shows that topic (not merged away or hidden)
  const clusterOk = (s: WordScope) =>
    !s.startsWith('cluster:') ||
    (result !== null && result.clusters.some((c) => c.id === Number(s.slice(8))));
  const scope: WordScope = clusterOk(chosenScope) ? chosenScope : 'all';
  const resultKey = result
    ? `${result.k}:${result.seconds}:${result.settings.terms}:${JSON.stringify(result.edits)}`
    : 'none';
  const key = `${version}|${words}|${scope}|${resultKey}|${language}|${languageFilter}`;

  const answer = useWorkerAnswer(key, () =>
    analysis('topicsWordCloud', { words, scope, maxWords: 100, ...(language && { language }) }),
  );
  // drawn in a turn of its own: laid out in the same frame as the trend charts, the first cloud
  // made a main-thread task over 50 ms
  const cloud = useStaged(answer.value);
  const languages = cloud?.languages ?? null;
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
      info="The most used hashtags or words (up to 100), sized by the number of posts that use them. Choose all posts, one cluster, or the posts VADER labels positive, neutral or negative. When the posts are in several languages (each with at least a tenth of the posts) and the language filter under the header is off, a cloud shows one language at a time, the most common first. Click a word (or focus it and press Enter) to list its posts."
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
          {languages && (
            <label htmlFor={languageId} className="row" style={{ gap: '0.3rem' }}>
              Language
              <select
                id={languageId}
                value={languages.shown}
                onChange={(e) => (
                  setLanguage({ version, language: e.target.value }),
                  setSelected(null)
                )}
                data-testid="cloud-language"
              >
                {languages.options.map((o) => (
                  <option key={o.language} value={o.language}>
                    {optionName(o, languages)}
                  </option>
                ))}
                <option value="mixed">All languages, mixed</option>
              </select>
            </label>
          )}
        </div>
      }
    >
      {answer.error && <ErrorBanner error={answer.error} />}
      {(!answer.ready || (answer.value !== null && cloud === null)) && (
        <p className="muted">Laying out the cloud…</p>
      )}
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
          {languages && <LanguageNote languages={languages} />}
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
          {...(languages && { language: languages.shown })}
          onClose={() => setSelected(null)}
        />
      )}
    </ChartCard>
  );
});
