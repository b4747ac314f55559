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

  it('leaves out weak model words beside named phrases, but shows the strongest words when they are all there is', () => {
    const named = topReasons([r(0, 10, 1.8, 'blame'), r(20, 24, 0.32, 'negative-word'), r(30, 40, 0.9, 'negative-word')], 6);
    expect(named.map((x) => [x.start, x.kind])).toEqual([[0, 'blame'], [30, 'negative-word']]);
    const wordsOnly = topReasons([r(0, 4, 0.32, 'negative-word'), r(10, 18, 0.73, 'negative-word')], 6);
    expect(wordsOnly.map((x) => x.start)).toEqual([0, 10]);
  });

  it('the Gmail demo reply shows its phrases, not "time"', async () => {
    const { analyze } = await import('../../src/core/tone/analyze');
    const text = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
    const shown = topReasons(analyze(text).reasons, 6).map((x) => x.text);
    expect(shown).toEqual(expect.arrayContaining(['Did you even READ', 'Stop wasting', 'This is your fault']));
    expect(shown).not.toContain('time');
  });
});
