import { useEffect, useId } from 'react';
import { formatInt } from './format.ts';
import { useDataset } from './DatasetProvider.tsx';
import {
  chooseLanguages,
  languageList,
  languageName,
  restoreLanguageFilter,
  useLanguageFilter,
} from './languageFilter.ts';

/**
 * The page's one language filter, under the header once the posts' languages are read: tick the
 * languages to count, and the sentiment charts and shares, the overview's shares, the topic
 * analysis (on its next run), the word clouds and the dataset's rows show only those. Engagement
 * models still learn from every post (said in the bar, so nobody reads their charts as filtered).
 * The choice is kept with the dataset and comes back after a reload.
 */
export function LanguageFilterBar() {
  const { version } = useDataset();
  const { facet, error, restoring } = useLanguageFilter();
  const id = useId();
  // another dataset: its own languages (none until they are read), and the filter it was left with
  useEffect(() => {
    void restoreLanguageFilter(version);
  }, [version]);
  if (!facet && restoring)
    return (
      <section className="language-bar" data-testid="language-filter" aria-busy="true">
        <span className="muted" data-testid="language-filter-restoring">
          Reading the posts&rsquo; languages again to bring back your filter (only{' '}
          {languageList(restoring)})…
        </span>
      </section>
    );
  if (!facet) return null;
  const chosen = new Set(facet.chosen);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    void chooseLanguages([...next]);
  };
  return (
    <section className="language-bar" aria-labelledby={id} data-testid="language-filter">
      <details>
        <summary>
          <span id={id}>Languages:</span>{' '}
          <strong data-testid="language-filter-state">
            {chosen.size === 0 ? 'all' : `only ${languageList(facet.chosen)}`}
          </strong>
        </summary>
        <fieldset className="language-bar__choices">
          <legend className="muted">
            Count only the posts in these languages (none ticked: all) in the sentiment charts, the
            overview, the topics (on their next run), the word clouds and the dataset&rsquo;s rows.
            The Engagement view still counts every post.
          </legend>
          {facet.languages.map((l) => (
            <label key={l.language} className="row">
              <input
                type="checkbox"
                checked={chosen.has(l.language)}
                onChange={(e) => toggle(l.language, e.target.checked)}
                data-testid={`language-choice-${l.language}`}
              />
              {languageName(l.language)} <span className="muted">({formatInt(l.posts)})</span>
            </label>
          ))}
          {chosen.size > 0 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void chooseLanguages([])}
            >
              All languages
            </button>
          )}
        </fieldset>
      </details>
      {error && (
        <span className="muted" role="alert">
          {error.message}
        </span>
      )}
    </section>
  );
}
