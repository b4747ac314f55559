/**
 * Runs one-time work in the page's idle time, a few milliseconds at a time, so that it never lands
 * on the user's keystrokes or on the first pause in their typing. Used for the scorer's start-up
 * work (core/tone prepare()). Stops when the signal aborts; an error ends the job quietly (whatever
 * is left is done lazily by the first draft, exactly as if the job had never run).
 */
export interface IdleOptions {
  /** Longest run per callback (a step that has started is finished, so one may run over). */
  budgetMs?: number;
  /** Run even when the page never goes idle, after this many ms (passed to requestIdleCallback). */
  timeoutMs?: number;
}

export function runWhenIdle(steps: Iterator<unknown>, signal: AbortSignal, { budgetMs = 8, timeoutMs = 2000 }: IdleOptions = {}): void {
  if (signal.aborted) return;
  const ric = typeof requestIdleCallback === 'function' ? requestIdleCallback : null;
  let handle = 0;
  const schedule = (): void => {
    handle = ric ? ric(tick, { timeout: timeoutMs }) : window.setTimeout(() => tick(null), 50);
  };
  const cancel = (): void => {
    if (ric && typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
  function tick(deadline: IdleDeadline | null): void {
    if (signal.aborted) return;
    const end = performance.now() + budgetMs;
    // at most budgetMs per callback even when the browser offers more idle time (up to 50 ms), so a
    // key pressed meanwhile waits a few ms at most; a deadline that has run out (the timeout fired)
    // still gets one step, so the job ends
    const more = (): boolean => performance.now() < end && (!deadline || deadline.didTimeout || deadline.timeRemaining() > 1);
    try {
      do {
        if (steps.next().done) {
          signal.removeEventListener('abort', cancel);
          return;
        }
      } while (more());
    } catch {
      signal.removeEventListener('abort', cancel);
      return;
    }
    schedule();
  }
  signal.addEventListener('abort', cancel, { once: true });
  schedule();
}
