import { describe, expect, it } from 'vitest';
import { topReasons } from '../../src/core/explain';
import type { Reason } from '../../src/core/tone/types';

const r = (start: number, end: number, weight: number, kind: Reason['kind'] = 'blame'): Reason => ({
  start, end, weight, kind, text: 'x'.repeat(end - start), why: '',
});

describe('topReasons', () => {
  it('keeps the strongest of overlapping spans, in text order, up to max', () => {
    const out = topReasons([r(0, 17, 3), r(9, 13, 1, 'shouting'), r(20, 26, 2, 'dismissal'), r(30, 34, 0.5, 'negative-word')], 2);
    expect(out.map((x) => [x.start, x.kind])).toEqual([[0, 'blame'], [20, 'dismissal']]);
  });

  it('leaves out calming reasons', () => {
    expect(topReasons([r(0, 5, -2, 'apology'), r(6, 9, 1)], 5)).toHaveLength(1);
  });
});
