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
  it('runs one expression once per step, and leaves every expression compiled and run twice, for both kinds of text', () => {
    const runs = new Map<RegExp, number>();
    const wide = new Map<RegExp, number>();
    const exec = RegExp.prototype.exec;
    const spy = vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
      runs.set(this, (runs.get(this) ?? 0) + 1);
      // a text with a character above U+00FF: V8 compiles the expression again for such texts
      // (no expression here: it would come back through this spy)
      if ([...s].some((c) => c.charCodeAt(0) > 0xff)) wide.set(this, (wide.get(this) ?? 0) + 1);
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
    // insult-you-are is two expressions; every one was run twice on a one-byte text and twice on a
    // text with a curly apostrophe ("You’re an idiot"), none more
    expect(pieces.length).toBeGreaterThan(PHRASES.length);
    for (const re of pieces) {
      expect(runs.get(re), re.source.slice(0, 60)).toBe(4);
      expect(wide.get(re), re.source.slice(0, 60)).toBe(2);
    }
    // and nothing else but the one "no letter before" test
    expect(runs.size).toBe(pieces.length + 1);
  });
});
