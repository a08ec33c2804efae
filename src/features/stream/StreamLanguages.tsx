import { memo, useId } from 'react';
import type { StreamSnapshot, StreamView } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { LanguageMixChart } from './StreamCharts.tsx';
import { languageColour } from './streamFormat.ts';

/**
 * The language mix of the window (posts per declared language, scored or not) and the stream's
 * language filter: ticking languages scores only their posts; the mix still counts every post.
 */
export const StreamLanguages = memo(function StreamLanguages({
  snapshot,
  view,
  setView,
}: {
  snapshot: StreamSnapshot;
  view: StreamView;
  setView: (v: Partial<StreamView>) => void;
}) {
  const id = useId();
  const mix = snapshot.languageMix;
  // the page's choice, shown at once (the worker's snapshot follows within a frame)
  const chosen = new Set(view.languages ?? []);
  const totals = mix.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const all = totals.reduce((a, b) => a + b, 0);
  // a chosen language that fell out of the window's most common stays listed, so it can be unticked
  const listed = [
    ...mix.languages.map((language, k) => ({ language, posts: totals[k]! })),
    ...[...chosen]
      .filter((l) => !mix.languages.includes(l))
      .map((language) => ({ language, posts: 0 })),
  ];
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    setView({ languages: [...next].sort() });
  };
  if (all === 0 && chosen.size === 0) return <p className="empty">No post in this window yet.</p>;
  return (
    <div className="stack" style={{ gap: '0.4rem' }}>
      <LanguageMixChart mix={mix} unit={snapshot.unit} />
      <fieldset className="stream-languages" aria-describedby={`${id}-note`}>
        <legend className="muted" id={`${id}-note`}>
          {chosen.size === 0
            ? 'Tick languages to score only their posts (none ticked: every post is scored).'
            : `Scoring only the ticked languages; ${formatInt(snapshot.counters.filtered)} other posts left out so far.`}
        </legend>
        <ul className="stream-languages__list" data-testid="stream-languages">
          {listed.map(({ language, posts }) => (
            <li key={language} data-legend-label={languageName(language)}>
              <label className="row" style={{ gap: '0.3rem' }}>
                {language !== 'other' && (
                  <input
                    type="checkbox"
                    checked={chosen.has(language)}
                    onChange={(e) => toggle(language, e.target.checked)}
                    data-testid={`stream-language-${language}`}
                  />
                )}
                <i style={{ background: languageColour(language) }} aria-hidden="true" />
                {language === 'other' ? 'other languages' : languageName(language)}
                <span className="muted" data-testid={`stream-language-posts-${language}`}>
                  {formatInt(posts)}
                  {all > 0 ? ` (${formatPercent(posts / all, 0)})` : ''}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {chosen.size > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setView({ languages: [] })}
          >
            Score every language
          </button>
        )}
      </fieldset>
    </div>
  );
});
