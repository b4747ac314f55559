/**
 * What to show the user about an analysis: the few strongest hostile spans, without repeating the
 * same words (a blame phrase and the shouted word inside it are one thing to fix, not two).
 */
import { isHostile, type Reason } from './tone/types';

export function topReasons(reasons: readonly Reason[], max: number): Reason[] {
  const hostile = reasons.filter((r) => isHostile(r.kind)).sort((a, b) => b.weight - a.weight || a.start - b.start);
  const chosen: Reason[] = [];
  for (const r of hostile) {
    if (chosen.length >= max) break;
    const overlaps = chosen.some((c) => r.start < c.end && c.start < r.end);
    if (!overlaps) chosen.push(r);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
