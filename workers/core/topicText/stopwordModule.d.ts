/** The stop-word lists shipped inside the `stopword` npm package (MIT; an ES module without types), by ISO 639-3 code. */
declare module 'stopword' {
  export const deu: readonly string[];
  export const fra: readonly string[];
  export const spa: readonly string[];
  export const ita: readonly string[];
  export const por: readonly string[];
  export const nld: readonly string[];
}
