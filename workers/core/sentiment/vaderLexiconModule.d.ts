/** The word lexicon shipped inside the `vader-sentiment` npm package (an ES module without types). */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** Lowercase token (word, slang or emoticon) to its mean valence, -4 to +4. */
  export const lexicon: Readonly<Record<string, number>>;
}
