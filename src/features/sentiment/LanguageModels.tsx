import type { LanguageComparison } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

/** The advice in plain words: which way of reading languages was kept, and by how much. */
function advice(c: LanguageComparison): string {
  const per = formatPercent(c.perLanguage.accuracy, 0);
  const one = formatPercent(c.oneModel.accuracy, 0);
  if (c.models.length === 0)
    return `No language had enough labels for a model of its own (${c.minRows} labelled posts, ${c.minClassRows} in each of two kinds), so one model reads every language. Label more posts in your main languages to try again.`;
  const names = c.models.map(languageName).join(', ');
  if (c.kept === 'per-language')
    return `Kept a model per language (${names}; one model for the rest): right on ${per} of held-out posts, against ${one} for one model for all languages.`;
  return c.perLanguage.accuracy === c.oneModel.accuracy
    ? `Kept one model for all languages: a model per language (${names}) did no better on held-out posts (${per} both ways), and one model is simpler.`
    : `Kept one model for all languages: right on ${one} of held-out posts, against ${per} with a model per language (${names}). On these labels, the languages help each other more than they confuse each other.`;
}

/**
 * The "one model per language" comparison of the trained classifier: the advice, and per language
 * the held-out posts, whether it had its own model, and how the kept classifier, both word-pattern
 * ways and the language's word list did on them.
 */
export function LanguageModels({ comparison }: { comparison: LanguageComparison }) {
  const c = comparison;
  const tip = `Both ways learned from the same training posts and were scored on the same held-out posts. A language gets its own word-pattern model when it has at least ${c.minRows} labelled training posts with ${c.minClassRows} or more in each of two kinds (positive, neutral, negative); the model for all languages reads the others and posts too short to tell. The kept way is the one right on more held-out posts (a tie keeps one model). "Word list" is how the charts read the language without a classifier: VADER for English, a word list for German, Spanish, French, Italian, Portuguese and Arabic; a post in another language cannot be read and counts as wrong here. ${c.seconds.toFixed(1)} s.`;
  return (
    <div className="stack" data-testid="language-models">
      <p>
        <span data-testid="language-models-kept" data-kept={c.kept}>
          {advice(c)}
        </span>{' '}
        <InfoTip text={tip} about="how the models per language were compared" />
      </p>
      <table className="simple" data-testid="language-figures">
        <caption className="muted">Held-out posts by language: share read right</caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col" className="num">
              Posts
            </th>
            <th scope="col">Own model</th>
            <th scope="col" className="num">
              Classifier (kept)
            </th>
            <th scope="col" className="num">
              Per language
            </th>
            <th scope="col" className="num">
              One model
            </th>
            <th scope="col" className="num">
              Word list
            </th>
          </tr>
        </thead>
        <tbody>
          {c.byLanguage.map((l) => (
            <tr key={l.language} data-language={l.language}>
              <th scope="row">{languageName(l.language)}</th>
              <td className="num">{formatInt(l.n)}</td>
              <td>{l.ownModel ? `yes (${formatInt(l.trainRows)} to learn from)` : 'no'}</td>
              <td className="num" data-metric="classifier">
                {formatPercent(l.classifier, 0)}
              </td>
              <td className="num" data-metric="per-language">
                {formatPercent(l.perLanguage, 0)}
              </td>
              <td className="num" data-metric="one-model">
                {formatPercent(l.oneModel, 0)}
              </td>
              <td className="num" data-metric="lexicon">
                {formatPercent(l.lexicon, 0)}
                {l.unscored > 0 ? ` (${formatInt(l.unscored)} can't read)` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
