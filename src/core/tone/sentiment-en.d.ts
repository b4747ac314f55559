/** The `sentiment` package's English language module (AFINN-165 labels + negation strategy). */
declare module 'sentiment/languages/en/index.js' {
  const en: {
    labels: Record<string, number>;
    scoringStrategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  };
  export default en;
}

/** Its negation strategy, imported on its own by src/vendor/sentiment-en.ts. */
declare module 'sentiment/languages/en/scoring-strategy.js' {
  const strategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  export default strategy;
}
