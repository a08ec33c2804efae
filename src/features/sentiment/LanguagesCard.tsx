import { useState } from 'react';
import type { SentimentThresholds } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { useWorkerAnswer } from '../../shared/useWorkerAnswer.ts';
import {
  languageName,
  reloadLanguageFacet,
  useLanguageFilter,
} from '../../shared/languageFilter.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { analysis } from '../../engine/index.ts';

export interface LanguagesCardProps {
  readonly version: string;
  readonly textColumn: string;
  readonly thresholds: SentimentThresholds;
  /** Called when the languages are read: every chart of the view then counts posts in their language. */
  readonly onRead?: () => void;
}

/**
 * The language of every post and its sentiment read in that language, asked for on a click (the
 * language detector is a 1.6 MB download). Posts in a language we have no word list for are
 * counted as "can't read", never as neutral.
 */
export function LanguagesCard({ version, textColumn, thresholds, onRead }: LanguagesCardProps) {
  const [asked, setAsked] = useState<string | null>(null);
  // languages already read (by the overview, or to bring back a kept filter): shown without a click
  const filter = useLanguageFilter();
  const wanted =
    asked === `${version}:${textColumn}` ||
    (filter.version === version && filter.facet?.textColumn === textColumn);
  const key = JSON.stringify({ version, textColumn, thresholds });
  const answer = useWorkerAnswer(
    key,
    () => analysis('sentimentLanguages', { textColumn, thresholds }),
    {
      enabled: wanted,
      keepPrevious: true,
      onAnswer: (a) => {
        if (!a.ok) return;
        onRead?.();
        // the page's language filter can now offer these languages
        void reloadLanguageFacet();
      },
    },
  );
  const r = answer.value;
  return (
    <section
      className="card card--wide stack"
      aria-labelledby="languages-title"
      data-testid="languages"
    >
      <header className="card__header">
        <h3 className="card__title" id="languages-title">
          Languages
          <InfoTip text="Each post's language is detected from its words (links, @names, hashtags and emoji left out). English is read by VADER as above; German, Spanish, French, Italian, Portuguese and Arabic by word lists in those languages, emoji counting in every language. Posts in other languages are counted as 'can't read', never as neutral." />
        </h3>
      </header>
      {!wanted ? (
        <button
          type="button"
          className="button"
          onClick={() => setAsked(`${version}:${textColumn}`)}
          data-testid="languages-detect"
        >
          Read each post in its own language
        </button>
      ) : (
        !r && !answer.error && <p className="muted">Detecting languages…</p>
      )}
      {answer.error && <ErrorBanner error={answer.error} testId="languages-error" />}
      {r && (
        <>
          <p data-testid="languages-unscored">
            <strong>{formatInt(r.unscored)}</strong> of {formatInt(r.rows)} posts (
            {formatPercent(r.rows > 0 ? r.unscored / r.rows : 0)}) are in a language we can't read
            yet; every chart above counts them apart as “can't read”, never as neutral.
          </p>
          <table className="simple" data-testid="languages-table">
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Posts</th>
                <th scope="col">Positive</th>
                <th scope="col">Neutral</th>
                <th scope="col">Negative</th>
                <th scope="col">Can't read</th>
              </tr>
            </thead>
            <tbody>
              {r.languages.map((l) => (
                <tr key={l.language} data-testid={`language-${l.language}`}>
                  <th scope="row">{languageName(l.language)}</th>
                  <td>{formatInt(l.posts)}</td>
                  <td>{formatInt(l.positive)}</td>
                  <td>{formatInt(l.neutral)}</td>
                  <td>{formatInt(l.negative)}</td>
                  <td>{formatInt(l.unscored)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
