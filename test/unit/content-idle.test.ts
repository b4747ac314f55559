// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from '../../src/content/idle';

/** A stand-in for the browser's idle callbacks: run them one at a time with a given idle deadline. */
function fakeIdle(timeRemaining: number) {
  const queue: Array<(d: IdleDeadline) => void> = [];
  let cancelled = 0;
  vi.stubGlobal('requestIdleCallback', (cb: (d: IdleDeadline) => void) => queue.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => { cancelled++; });
  return {
    pending: () => queue.length,
    cancelled: () => cancelled,
    /** Runs the next callback; returns false when none is queued. */
    fire(didTimeout = false): boolean {
      const cb = queue.shift();
      if (!cb) return false;
      const end = performance.now() + timeRemaining;
      cb({ didTimeout, timeRemaining: () => Math.max(0, end - performance.now()) });
      return true;
    },
  };
}

/** A job of n steps, each busy for ms milliseconds; records how many have run. */
function job(n: number, ms: number) {
  const done: number[] = [];
  function* steps(): Generator<void> {
    for (let i = 0; i < n; i++) {
      const until = performance.now() + ms;
      while (performance.now() < until) { /* busy */ }
      done.push(i);
      yield;
    }
  }
  return { done, steps: steps() };
}

afterEach(() => vi.unstubAllGlobals());

describe('runWhenIdle', () => {
  it('runs a job in idle callbacks, a few ms each, even when the browser offers a long idle period', () => {
    const idle = fakeIdle(50);
    const { done, steps } = job(12, 3);
    runWhenIdle(steps, new AbortController().signal, { budgetMs: 8 });
    expect(done).toEqual([]); // nothing runs before the page is idle
    let callbacks = 0;
    while (idle.fire()) callbacks++;
    expect(done).toHaveLength(12);
    // 3 ms steps in 8 ms slices: at most 3 per callback, so at least 4 callbacks
    expect(callbacks).toBeGreaterThanOrEqual(4);
    expect(idle.pending()).toBe(0);
  });

  it('still finishes, in the same small slices, when the page is never idle (the timeout fires with no idle time)', () => {
    const idle = fakeIdle(0);
    const { done, steps } = job(6, 3);
    runWhenIdle(steps, new AbortController().signal, { budgetMs: 5 });
    let callbacks = 0;
    while (idle.fire(true)) callbacks++;
    expect(done).toHaveLength(6);
    expect(callbacks).toBeGreaterThanOrEqual(3);
  });

  it('stops when its signal aborts (the content script is torn down), and cancels the queued callback', () => {
    const idle = fakeIdle(50);
    const { done, steps } = job(100, 1);
    const controller = new AbortController();
    runWhenIdle(steps, controller.signal, { budgetMs: 2 });
    idle.fire();
    const before = done.length;
    expect(before).toBeGreaterThan(0);
    controller.abort();
    expect(idle.cancelled()).toBe(1);
    while (idle.fire()) { /* a callback that slipped through does nothing */ }
    expect(done.length).toBe(before);
  });

  it('ends quietly when a step throws (what is left is done by the first draft)', () => {
    const idle = fakeIdle(50);
    let ran = 0;
    function* failing(): Generator<void> {
      ran++;
      yield;
      throw new Error('boom');
    }
    runWhenIdle(failing(), new AbortController().signal);
    expect(() => { while (idle.fire()) { /* run */ } }).not.toThrow();
    expect(ran).toBe(1);
    expect(idle.pending()).toBe(0);
  });

  it('falls back to timers where there is no requestIdleCallback', () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestIdleCallback', undefined);
      const { done, steps } = job(3, 0);
      runWhenIdle(steps, new AbortController().signal);
      expect(done).toEqual([]);
      vi.advanceTimersByTime(1000);
      expect(done).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
