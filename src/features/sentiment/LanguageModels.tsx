import type { LanguageComparison } from '../../../workers/api.ts';
import { formatInt, formatPercent } from '../../shared/format.ts';
import { languageName } from '../../shared/languageFilter.ts';
import { InfoTip } from '../../components/InfoTip.tsx';

/** The advice in plain words: which way of reading languages was kept, on what, and by how much. */
function advice(c: LanguageComparison): string {
  const pct = (v: number) => formatPercent(v, 0);
  const dropped = c.dropped.length
    ? ` ${c.dropped.map(languageName).join(', ')} had enough labels too, but a model of ${c.dropped.length === 1 ? 'its' : 'their'} own read ${c.dropped.length === 1 ? 'it' : 'them'} no better in cross-validation, so one model reads ${c.dropped.length === 1 ? 'it' : 'them'}.`
    : '';
  if (c.models.length === 0 && c.dropped.length > 0)
    return `Kept one model for all languages: ${c.dropped.map(languageName).join(', ')} had enough labels for a model of ${c.dropped.length === 1 ? 'its' : 'their'} own, but it read ${c.dropped.length === 1 ? 'it' : 'them'} no better in cross-validation.`;
  if (c.models.length === 0)
    return `No language had enough labels for a model of its own (${c.minRows} labelled posts, ${c.minClassRows} in each of two kinds), so one model reads every language. Label more posts in your main languages to try again.`;
  const names = c.models.map(languageName).join(', ');
  // what decided: cross-validation on the training posts, else the held-out posts
  const per = c.cv ? c.cv.perLanguage : c.perLanguage.accuracy;
  const one = c.cv ? c.cv.oneModel : c.oneModel.accuracy;
  const on = c.cv ? 'of posts in cross-validation' : 'of held-out posts';
  const heldOut = c.cv
    ? ` On held-out posts: ${pct(c.perLanguage.accuracy)} with a model per language, ${pct(c.oneModel.accuracy)} with one.`
    : '';
  if (c.kept === 'per-language')
    return `Kept a model per language (${names}; one model for the rest): right on ${pct(per)} ${on}, against ${pct(one)} for one model for all languages.${dropped}${heldOut}`;
  return per === one
    ? `Kept one model for all languages: a model per language (${names}) did no better (${pct(per)} ${on} both ways), and one model is simpler.${heldOut}`
    : `Kept one model for all languages: right on ${pct(one)} ${on}, against ${pct(per)} with a model per language (${names}). On these labels, the languages help each other more than they confuse each other.${heldOut}`;
}

/**
 * The "one model per language" comparison of the trained classifier: the advice, and per language
 * the held-out posts, whether it had its own model, and how the kept classifier, both word-pattern
 * ways and the language's word list did on them.
 */
export function LanguageModels({ comparison }: { comparison: LanguageComparison }) {
  const c = comparison;
  const tip = `Both ways learned from the same training posts. ${c.basis === 'cross-validation' ? 'To choose, each was trained again on the folds the single model chose its kind and strength on (a part of the training posts left out in turn, copies of a post in one part) and scored on the part left out; the one right more often there is kept (a tie keeps one model). Then both were scored on the held-out posts, which neither the training nor the choice saw: those are the figures per language below.' : 'There were too few training posts to cross-validate: the one right on more held-out posts is kept (a tie keeps one model).'} A language gets its own word-pattern model when it has at least ${c.minRows} labelled training posts with ${c.minClassRows} or more in each of two kinds (positive, neutral, negative) and, on the same folds, that model reads its posts better than the model for all languages (chosen on the folds that score it, so its cross-validated figure flatters it slightly); the model for all languages reads the others and posts too short to tell. "Word list" is how the charts read the language without a classifier: VADER for English, a word list for German, Spanish, French, Italian, Portuguese and Arabic; a post in another language cannot be read and counts as wrong here. ${c.seconds.toFixed(1)} s.`;
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
              <td>
                {l.ownModel
                  ? `yes (${formatInt(l.trainRows)} to learn from)`
                  : l.tried
                    ? 'no: did no better'
                    : 'no: too few labels'}
              </td>
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
