/**
 * Cool-Off's own changes to a draft (the calm rewrite, a suggestion, a drafted reply) and the browser's
 * Undo. The browser records such a change as two steps (the old text deleted, then the new text typed),
 * so one Ctrl/Cmd+Z right after it left the box empty. Here:
 * - the first Ctrl/Cmd+Z in the box while it still holds exactly what we put in runs our own Undo
 *   instead (the exact original back, in one step); once the user has edited, the key is left alone;
 * - a change whose box the site replaced with a new element (re-mounted) is kept for ten minutes at
 *   most (and until the content script stops), so the new box, a box of the same kind, can still offer
 *   to undo it while it holds exactly the text we left.
 */
import type { DraftSnapshot } from './draft';
import { isRedoKey, isUndoKey } from '../ui/keys';

/**
 * Ctrl/Cmd+Z anywhere on the page: `undoAt` is asked whether it undid one of our changes for the key's
 * target (true) or not. If it did, the browser's own Undo and the site's shortcut do not run as well.
 * Likewise Redo (Ctrl/Cmd+Shift+Z, Ctrl+Y) and `redoAt`: our Undo redone, or (false) the browser's Redo.
 */
export function watchUndoKey(
  signal: AbortSignal,
  undoAt: (target: EventTarget | null) => boolean,
  redoAt: (target: EventTarget | null) => boolean = () => false,
): void {
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.isComposing || e.defaultPrevented) return;
      const undo = isUndoKey(e);
      if (!undo && !isRedoKey(e)) return;
      let done = false;
      try {
        done = undo ? undoAt(e.target) : redoAt(e.target);
      } catch {
        done = false; // never break the page's own Undo
      }
      if (!done) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}

/** One of our changes whose box the site took away, kept for the box that replaced it. */
export interface LeftUndo {
  /** The draft before our change (put back through `restore`, sanitized). */
  before: DraftSnapshot;
  /** The own text before our change, and the own text our change left. */
  beforeOwn: string;
  after: string;
  /** What the change was: the calm rewrite, or suggestions only. */
  what: 'rewrite' | 'edit';
}

/** A few at most: the site re-mounts one box at a time. */
const MAX_LEFT = 4;
/** How long a change left behind is kept: a box re-mounted later than this is a new reply. */
export const LEFT_UNDO_MS = 10 * 60_000;
const left: Array<{ u: LeftUndo; at: number }> = [];

/** Forget the changes left longer ago than LEFT_UNDO_MS (they hold the taken-away box's islands). */
function expire(now: number): void {
  for (let i = left.length - 1; i >= 0; i--) {
    const age = now - left[i]!.at;
    if (age < 0 || age >= LEFT_UNDO_MS) left.splice(i, 1);
  }
}

/** A box was taken away while holding exactly what our change left: keep the way back. `now` for tests. */
export function leaveUndo(u: LeftUndo, now = Date.now()): void {
  expire(now);
  if (u.after.trim() === '') return;
  left.push({ u, at: now });
  if (left.length > MAX_LEFT) left.shift();
}

/**
 * The change left behind whose text a new box holds exactly (a box holding any other text never gets
 * one: restoring there would throw that text away), from a box of the same kind (`kind` as in
 * DraftSnapshot: a rich-text snapshot's HTML put into a textarea would show as raw tags). Taken: it is
 * offered by one box only. `now` for tests.
 */
export function claimUndo(own: () => string, kind: LeftUndo['before']['kind'], now = Date.now()): LeftUndo | null {
  expire(now);
  if (!left.some((e) => e.u.before.kind === kind)) return null;
  const text = own();
  for (let i = left.length - 1; i >= 0; i--) {
    const { u } = left[i]!;
    if (u.before.kind === kind && u.after === text) return left.splice(i, 1)[0]!.u;
  }
  return null;
}

/** For tests: forget what was left. */
export function clearLeftUndo(): void {
  left.length = 0;
}

/**
 * What was left is forgotten when `signal` (the content script's) aborts: a script that has stopped
 * offers no Undo, and the list holds the taken-away boxes' islands (detached elements).
 */
export function forgetLeftUndoOn(signal: AbortSignal): void {
  if (signal.aborted) clearLeftUndo();
  else signal.addEventListener('abort', clearLeftUndo, { once: true });
}
