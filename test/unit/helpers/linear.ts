import { expect } from 'vitest';
import { draftReply, type DraftContext } from '../../../src/core/draft';
import { cpuMs } from './cpu-time';

/**
 * Time for one test of many 100,000-character drafts (dozens of units, three forms each, about 50–200 ms of CPU
 * apiece): well over the 20 s default on a slow machine, though every call stays linear.
 */
export const LINEAR_TIMEOUT = 120_000;
/**
 * CPU per 100,000-character draft. A linear reply takes about 50–300 ms; the same test process now and then runs
 * them several times slower (a V8 slow path after earlier tests, a garbage collection on V8's helper threads,
 * which count as this process's CPU), and one call was seen at 1,076 ms. A pattern that backtracks takes far
 * longer at this length (seconds to minutes), so the check still tells them apart.
 */
export const LINEAR_LIMIT_MS = 2000;

/**
 * The drafted reply's expressions stay linear: each unit repeated to 100,000 characters (as it is, with doubled
 * spaces, and as sentences) is answered within LINEAR_LIMIT_MS of CPU. The scorer's one-time set-up (a few hundred ms cold,
 * more on a busy machine) is done first and not timed.
 */
export function expectDraftsLinear(units: readonly string[], context: DraftContext): void {
  draftReply('The parcel arrived late.', { audience: 'public' });
  for (const u of units) {
    let long = '';
    while (long.length < 100_000) long += u;
    for (const text of [long, long.replace(/ /g, '  '), long.replace(/ /g, '. ')]) {
      expect(cpuMs(() => draftReply(text, context)).ms, u).toBeLessThan(LINEAR_LIMIT_MS);
    }
  }
}
