import { expect } from 'vitest';
import { draftReply, type DraftContext } from '../../../src/core/draft';
import { cpuMs } from './cpu-time';

/**
 * The drafted reply's expressions stay linear: each unit repeated to 100,000 characters (as it is, with doubled
 * spaces, and as sentences) is answered in under a second of CPU. The scorer's one-time set-up (a few hundred ms cold,
 * more on a busy machine) is done first and not timed.
 */
export function expectDraftsLinear(units: readonly string[], context: DraftContext): void {
  draftReply('The parcel arrived late.', { audience: 'public' });
  for (const u of units) {
    let long = '';
    while (long.length < 100_000) long += u;
    for (const text of [long, long.replace(/ /g, '  '), long.replace(/ /g, '. ')]) {
      expect(cpuMs(() => draftReply(text, context)).ms, u).toBeLessThan(1000);
    }
  }
}
