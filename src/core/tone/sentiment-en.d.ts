/** The `sentiment` package's English language module (AFINN-165 labels + negation strategy). */
declare module 'sentiment/languages/en/index.js' {
  const en: {
    labels: Record<string, number>;
    scoringStrategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  };
  export default en;
}
