import { describe, expect, it } from 'vitest';
import bundled from '../../src/vendor/sentiment-en';
import sentimentEn from 'sentiment/languages/en/index.js';

describe("the bundles' copy of sentiment's English module (src/vendor/sentiment-en.ts)", () => {
  it('has the same word list and the same negation strategy as the package read in Node', () => {
    expect(Object.keys(bundled.labels).length).toBeGreaterThan(3000);
    expect(bundled.labels).toEqual(sentimentEn.labels);
    expect(Object.keys(bundled.labels)).toEqual(Object.keys(sentimentEn.labels));
    for (const w of ['not', "don't", 'very', 'x']) expect(bundled.scoringStrategy.apply([w, 'bad'], 1, -3)).toBe(sentimentEn.scoringStrategy.apply([w, 'bad'], 1, -3));
  });
});
