import type { LabellingStats } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

/**
 * The "a model per language" switch of labelling, and with it the labels per language: how many,
 * whether the language has its own model, and how the classifier and the language's word list did
 * on the labels drawn at random (each judged by a model that did not learn from it).
 */
export function LabellingLanguages({
  stats,
  busy,
  onChange,
}: {
  stats: LabellingStats;
  busy: boolean;
  onChange: (perLanguage: boolean) => void;
}) {
  const rows = stats.languages;
  const own = rows?.filter((l) => l.ownModel).map((l) => languageName(l.language)) ?? [];
  return (
    <div className="stack" data-testid="labelling-languages">
      <label className="row">
        <input
          type="checkbox"
          checked={stats.perLanguage}
          disabled={busy}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="labelling-per-language"
        />{' '}
        A model per language
        <InfoTip
          text="Each language with at least 30 labels, 10 or more in each of two kinds, gets a classifier of its own, trained on its posts alone, when in cross-validation it reads the language better than one classifier for all languages; that one reads the others and posts too short to tell. A language's own model is not misled by a word that means something else in another language, but it learns from fewer posts: compare the accuracy per language below with and without it."
          about="a model per language"
        />
      </label>
      {stats.perLanguage && rows && (
        <>
          <p className="muted" data-testid="labelling-own-models">
            {own.length === 0
              ? rows.some((l) => l.tried)
                ? 'No language reads better with a model of its own (cross-validated): one model reads every language.'
                : 'No language has enough labels for a model of its own yet: one model reads every language.'
              : `Own models: ${own.join(', ')}; the model for all languages reads the rest.`}
          </p>
          <table className="table" data-testid="labelling-language-figures">
            <caption className="muted">
              Labels by language: share read right on the labels drawn at random
            </caption>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Labels</th>
                <th scope="col">Own model</th>
                <th scope="col">Classifier</th>
                <th scope="col">Word list</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.language} data-language={l.language}>
                  <th scope="row">{languageName(l.language)}</th>
                  <td>{formatInt(l.labels)}</td>
                  <td>{l.ownModel ? 'yes' : l.tried ? 'no: did no better' : 'no'}</td>
                  <td data-metric="classifier">
                    {l.n > 0 ? `${formatPercent(l.accuracy, 0)} of ${formatInt(l.n)}` : '—'}
                  </td>
                  <td data-metric="lexicon">
                    {l.n > 0 ? formatPercent(l.lexicon, 0) : '—'}
                    {l.unscored > 0 ? ` (${formatInt(l.unscored)} can't read)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
