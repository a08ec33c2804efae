/** Text to vectors: hashtags, code-point order, sparse rows, TF-IDF (sklearn `TfidfVectorizer` parity). */
export { compareCodePoints } from './codePointOrder.ts';
export {
  extractHashtags,
  foldCase,
  hashtagDocuments,
  normalizeHashtag,
  type HashtagDocuments,
} from './hashtags.ts';
export {
  csrFromDense,
  csrRow,
  rowSquaredNorms,
  selectRows,
  toCsc,
  type CscMatrix,
  type CsrMatrix,
  type SparseVector,
} from './sparseMatrix.ts';
export { fitTfidf, transformTfidf, type TfidfFit, type TfidfOptions } from './tfidf.ts';
export { parseTfidfModel, type TfidfModel, type TfidfPruning } from './tfidfModel.ts';
