/**
 * The scorer's one-time set-up, run ahead of the first draft (prepare()). This file runs in a fresh
 * module instance (Vitest isolates test files), so nothing has been built before the first test.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, isPrepared, prepare } from '../../src/core/tone';
import { shippedModel } from '../../src/core/tone/data/model';
import { PHRASES } from '../../src/core/tone/data/phrases';
import { STEP_ITEMS, unpreparedRules } from '../../src/core/tone/features';

const MODEL = shippedModel();

const DRAFTS = [
  'Did you even READ my email?! Stop wasting my time',
  "I'm so sorry your order arrived damaged; we'll replace it today",
  'As I already said, that is not my department. Per my last email, take it up with the courier.',
  'Thanks for your patience. This is your fault, not ours, and frankly you should learn to read.',
];

describe('prepare(): the set-up in steps, ahead of the first draft', () => {
  it('starts with nothing built, is cut into many small steps, and can be interrupted by a draft without changing any result', () => {
    expect(isPrepared()).toBe(false);
    expect(unpreparedRules()).toBeGreaterThan(0);
    const steps = prepare();
    // a few steps in (the model's weights only), a draft arrives: it builds what it needs itself
    for (let i = 0; i < 3; i++) expect(steps.next().done).toBe(false);
    const run = createAnalyzer({ sensitivity: 'normal' });
    const during = DRAFTS.map((d) => run(d));
    let n = 3;
    while (!steps.next().done) n++;
    expect(isPrepared()).toBe(true);
    expect(unpreparedRules()).toBe(0);
    // small steps: the model's n-grams alone take more than one, and every phrase rule is reached
    expect(n).toBeGreaterThan(Object.keys(MODEL.ngrams).length / STEP_ITEMS);
    expect(n).toBeGreaterThan(PHRASES.length / 8);
    expect(DRAFTS.map((d) => run(d))).toEqual(during);
    expect(DRAFTS.map((d) => createAnalyzer({ sensitivity: 'normal' })(d))).toEqual(during);
    expect(during[0]!.flagged).toBe(true);
    expect(during[1]!.flagged).toBe(false);
  });

  it('costs nothing once done: a second run has no steps left to take', () => {
    const again = prepare();
    let n = 0;
    while (!again.next().done) n++;
    // the lexicon and rule steps check what is built and return at once (one yield between them)
    expect(n).toBeLessThanOrEqual(1);
    expect(isPrepared()).toBe(true);
  });
});
