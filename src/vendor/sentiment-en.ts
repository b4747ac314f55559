/**
 * The `sentiment` package's English module (sentiment/languages/en/index.js), as the extension's
 * bundles load it; vite.config.ts aliases the package path to this file. The package's module
 * require()s its AFINN word list (labels.json, 3,382 entries), and the bundler turns a require()d
 * JSON file into an object with one getter function per word, copied twice: code that every page
 * parsed, compiled and ran while Cool-Off loaded. Here the same list is one JSON.parse of the file's
 * text, done when the list is first read (the scorer's set-up, in idle time), not while the page
 * loads. Node, tsx and Vitest read the package as it is; a unit test checks both give the same data.
 */
import labelsText from 'sentiment/languages/en/labels.json?raw';
import scoringStrategy from 'sentiment/languages/en/scoring-strategy.js';

let labels: Record<string, number> | undefined;
const en: {
  readonly labels: Record<string, number>;
  scoringStrategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
} = {
  get labels() {
    return (labels ??= JSON.parse(labelsText) as Record<string, number>);
  },
  scoringStrategy,
};
export default en;
