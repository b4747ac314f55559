/**
 * The rewrite's one-time set-up ahead of the first hold (prepareRewrite). A fresh module instance
 * (Vitest isolates test files): nothing is compiled before the first test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/tone';
import { calmRewrite, prepareRewrite, suggestionsFor, PHRASES } from '../../src/core/rewrite';

const DRAFTS = [
  'Did you even READ the listing?! This is your fault, not ours. Whatever.',
  "Per my last email, that's not my problem. Learn to read before you complain!!!",
  "Hi Dana,\n\nYou clearly didn't check the size chart. Calm down, we'll refund you.\n\nRegards,\nSam",
];

describe('prepareRewrite(): the rewrite set up in idle time', () => {
  it('takes many small steps, and gives the same rewrites and suggestions as a cold start', () => {
    const first = DRAFTS.slice(0, 1).map((d) => ({ r: calmRewrite(d, { audience: 'public' }), s: suggestionsFor(d, analyze(d)) }));
    let steps = 0;
    for (const _ of prepareRewrite()) steps++;
    // two entries of the phrase table per step, then the sample rewrite and suggestions
    expect(steps).toBeGreaterThanOrEqual(Math.floor((PHRASES.length - 1) / 2));
    const all = DRAFTS.map((d) => ({ r: calmRewrite(d, { audience: 'public' }), s: suggestionsFor(d, analyze(d)) }));
    expect(all.slice(0, 1)).toEqual(first);
    for (const { r } of all) expect(analyze(r.text, { sensitivity: 'strict' }).flagged).toBe(false);
  });

  it('has nothing left to compile the second time: only the sample draft\'s steps remain', () => {
    let steps = 0;
    for (const _ of prepareRewrite()) steps++;
    // split, facts, phrases, shouting, sentences, a short rewrite, the sample's rewrite | its suggestions
    expect(steps).toBe(7);
  });
});
