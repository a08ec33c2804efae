/** Preprocessing: missing values, categorical encoding, scaling, text cleaning, hashtags. */
export * from './types.ts';
export { fitPreprocess, applyPreprocess, featureNames } from './preprocess.ts';
export { parsePreprocessParams } from './paramsSchema.ts';
export { missingReport, missingMask, DEFAULT_MISSING_TOKENS } from './missingValues.ts';
export type {
  ColumnMissing,
  MissingCombination,
  MissingPattern,
  MissingReport,
  MissingReportOptions,
} from './missingValues.ts';
export { fitScaler, scaleValue, log1pCounts } from './scaling.ts';
export {
  fitLevels,
  encodeCategorical,
  categoricalFeatureNames,
  DEFAULT_ONEHOT_TOP_N,
} from './categorical.ts';
export { fitNumericFill, fitCategoricalFill } from './imputation.ts';
export {
  cleanText,
  cleanTokens,
  createCleaner,
  resolveCleanOptions,
  DEFAULT_CLEAN_OPTIONS,
} from './cleanText.ts';
export type { TextCleanOptions } from './cleanText.ts';
export { tokenize } from './tokenize.ts';
export type { Token, TokenKind } from './tokenize.ts';
export { decodeHtmlEntities } from './htmlEntities.ts';
export { ENGLISH_STOPWORDS, isNegation } from './stopwords.ts';
export { normalizeHashtag, normalizeHashtags, splitHashtagCell } from './hashtags.ts';
export { socialText, socialTextForSentiment, duplicateKey } from './socialText.ts';
export type { SocialSpan, SocialSpanKind, SocialText, SocialTextOptions } from './socialText.ts';
