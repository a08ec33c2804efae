/**
 * Trains the sentiment classifier: the analysis worker packs the labelled rows, a pool worker
 * trains (tfjs, wasm) with per-epoch progress, and the result is kept with the dataset and handed
 * to the live worker. Cancel terminates the pool worker mid-epoch.
 */
import type {
  LabelMapping,
  Result,
  SentimentThresholds,
  SentimentTrainOptions,
  SentimentTrainProgress,
  SentimentTrainResult,
} from '../../workers/api.ts';
import { defaultEngine, type Engine } from './engine.ts';

export interface TrainClassifierOptions {
  readonly mapping: LabelMapping;
  readonly textColumn?: string;
  readonly labelColumn?: string;
  readonly train?: SentimentTrainOptions;
  /** VADER's cut-offs for the side-by-side comparison. */
  readonly thresholds?: SentimentThresholds;
  /** Also train a word-pattern model per language, kept when it does better on the held-out posts. */
  readonly perLanguage?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: SentimentTrainProgress) => void;
}

export async function trainSentimentClassifier(
  options: TrainClassifierOptions,
  engine: Engine = defaultEngine,
): Promise<Result<SentimentTrainResult>> {
  const { mapping, textColumn, labelColumn, signal } = options;
  const data = await engine.analysis('sentimentTrainingData', {
    mapping,
    ...(textColumn !== undefined ? { textColumn } : {}),
    ...(labelColumn !== undefined ? { labelColumn } : {}),
    ...(options.perLanguage ? { languages: true } : {}),
  });
  if (!data.ok) return data;
  const { texts, y, languages } = data.value;
  const trained = await engine.compute(
    'trainSentimentClassifier',
    {
      texts,
      y,
      ...(options.train ? { options: options.train } : {}),
      ...(options.thresholds ? { thresholds: options.thresholds } : {}),
      ...(languages ? { languages } : {}),
    },
    {
      ...(signal ? { signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      transfer: [texts.units.buffer, texts.offsets.buffer, y.buffer],
    },
  );
  if (!trained.ok) return trained;
  const kept = await engine.analysis('sentimentKeepClassifier', { result: trained.value });
  if (!kept.ok) return kept;
  const set = await engine.live('setSentimentClassifier', { classifier: trained.value.classifier });
  return set.ok ? trained : set;
}
