/**
 * What to show the user about an analysis: the few strongest hostile spans, without repeating the
 * same words (a blame phrase and the shouted word inside it are one thing to fix, not two).
 */
import { isHostile, type Reason } from './tone/types';

/**
 * Below this weight a word the model merely associates with hostile messages ("time", "customer")
 * is not shown beside named phrases (blame, dismissal, …): it would read as noise next to them.
 * When the model's words are the only evidence, the strongest of them are still shown.
 */
const WEAK_WORD = 0.5;

export function topReasons(reasons: readonly Reason[], max: number): Reason[] {
  let hostile = reasons.filter((r) => isHostile(r.kind)).sort((a, b) => b.weight - a.weight || a.start - b.start);
  if (hostile.some((r) => r.kind !== 'negative-word')) hostile = hostile.filter((r) => r.kind !== 'negative-word' || r.weight >= WEAK_WORD);
  const chosen: Reason[] = [];
  for (const r of hostile) {
    if (chosen.length >= max) break;
    const overlaps = chosen.some((c) => r.start < c.end && c.start < r.end);
    if (!overlaps) chosen.push(r);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
