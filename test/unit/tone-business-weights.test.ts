/**
 * ToneModel.business (an experiment knob since stop 20: `AUG=1 npm run train`; the shipped model has none): an
 * n-gram's business weight counts in proportion to how much the window reads as a business reply (the register
 * model's own probability). Checked on a copy of the shipped model with one business weight added.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/tone/analyze';
import { shippedModel } from '../../src/core/tone/data/model';
import type { ToneModel } from '../../src/core/tone/model-types';

const withBusiness = (gateBias: number, ngrams: Record<string, number>): ToneModel => ({ ...shippedModel(), business: { gateBias, ngrams } });
const TEXT = 'Your parcel left our warehouse this morning and the courier will deliver it on Friday.';

describe('business weights', () => {
  it('the shipped model has none', () => {
    expect(shippedModel().business).toBeUndefined();
  });

  it('count fully where the gate is open, not at all where it is shut', () => {
    const plain = createAnalyzer({}, shippedModel())(TEXT);
    const open = createAnalyzer({}, withBusiness(50, { courier: 4 }))(TEXT);
    const shut = createAnalyzer({}, withBusiness(-50, { courier: 4 }))(TEXT);
    expect(shut).toEqual(plain);
    expect(open.score).toBeGreaterThan(plain.score);
    const courier = open.reasons.find((r) => r.text === 'courier');
    expect(courier?.kind).toBe('negative-word');
    // one use: weight + gate·business weight, times log(1 + 1)
    const base = shippedModel().ngrams.courier ?? 0;
    expect(courier?.weight).toBeCloseTo((base + 4) * Math.log(2), 2);
  });

  it('an n-gram with only a business weight is found too, and a never-flag word removes it', () => {
    const model = withBusiness(50, { 'parcel left': 5 });
    expect(shippedModel().ngrams['parcel left']).toBeUndefined();
    const a = createAnalyzer({}, model)(TEXT);
    expect(a.reasons.map((r) => r.text)).toContain('parcel left');
    const b = createAnalyzer({ neverFlag: ['parcel left'] }, model)(TEXT);
    expect(b.reasons.map((r) => r.text)).not.toContain('parcel left');
  });
});
