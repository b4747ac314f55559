/**
 * prepareRewrite() runs in idle time while the user may be typing (it starts when a reply box
 * appears), so each of its phrase-table steps must be small: one run of one expression, that is at
 * most one compilation (V8 compiles an expression on its first run and again, to machine code, on the
 * second). A fresh module instance: nothing is compiled before this test.
 */
import { describe, expect, it, vi } from 'vitest';
import { PHRASES } from '../../src/core/rewrite/phrases';
import { compilePhrase, preparePhrases } from '../../src/core/rewrite/table';

describe('preparePhrases(): the phrase table compiled in small idle-time steps', () => {
  it('runs one expression once per step, and leaves every expression compiled and run twice', () => {
    const runs = new Map<RegExp, number>();
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      runs.set(this, (runs.get(this) ?? 0) + 1);
      return exec.call(this, s);
    });
    const perStep: number[] = [];
    try {
      const steps = preparePhrases();
      for (;;) {
        const before = [...runs.values()].reduce((a, b) => a + b, 0);
        const done = steps.next().done;
        perStep.push([...runs.values()].reduce((a, b) => a + b, 0) - before);
        if (done) break;
      }
    } finally {
      spy.mockRestore();
    }
    expect(Math.max(...perStep)).toBe(1);
    const pieces = PHRASES.flatMap((e) => compilePhrase(e));
    // insult-you-are is two expressions; every one was run twice, none more
    expect(pieces.length).toBeGreaterThan(PHRASES.length);
    for (const re of pieces) expect(runs.get(re), re.source.slice(0, 60)).toBe(2);
    // and nothing else but the one "no letter before" test
    expect(runs.size).toBe(pieces.length + 1);
  });
});
