/**
 * Milliseconds of CPU this test process spent in fn (user + system), for the linear-time checks.
 * Wall time counts every other process on the machine too: a 100,000-character draft answered in
 * 300 ms of CPU took over a second of wall time while a CI run shared the two cores. A pattern that
 * backtracks burns CPU itself (seconds to minutes at that length), so the checks lose nothing.
 * Vitest runs each test file in its own child process (the default `forks` pool), so no other file's
 * work is counted.
 */
export function cpuMs<T>(fn: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}
