/**
 * Boxes the user types a reply into that Cool-Off is not checking. On a built-in site, this is how a
 * silent failure shows: the site renamed its markup (Gmail's obfuscated toolbar classes change on a
 * deploy), the adapter no longer finds its reply boxes, and a reply goes out with no hold and no
 * badge. The popup then says so (core/tab-status.ts, FrameStatus.unchecked).
 *
 * A box counts when it is a <textarea> or a rich-text editing host (not a one-line <input>, not in a
 * search form or landmark, not our own UI, not in a tracked compose) and holds at least MIN_CHARS
 * characters. Off the keystroke path: one capturing `input` listener, the cheap checks on the event,
 * the rest at most once per element per CHECK_MS. A box that leaves the page, is tracked after all,
 * or is emptied stops counting.
 */
import { inSearch } from '../sites/util';

/** Shorter than this is not a reply (a name, a short note). */
export const MIN_CHARS = 20;
/** At most one full check per element in this time (the last input of a burst is checked after it). */
export const CHECK_MS = 1000;
/** While some box counts, how often it is looked for on the page (a box removed says nothing). */
const GONE_MS = 2000;

export interface UncheckedDeps {
  signal: AbortSignal;
  /** Is this element inside a reply box Cool-Off checks (the engine's tracked composes)? */
  isTracked: (el: HTMLElement) => boolean;
  /** The count changed. */
  onChange: () => void;
  now?: () => number;
}

export interface UncheckedBoxes {
  /** Boxes typed into, on the page, not checked. */
  count(): number;
}

/** The element of ours or of the page that took the typing; null when it is nothing to look at. */
function editableTarget(e: Event): HTMLElement | null {
  let el = e.target;
  // A box inside the page's own shadow root arrives as its host; ours carry data-cool-off.
  if (el instanceof HTMLElement && el.shadowRoot && !el.hasAttribute('data-cool-off')) el = e.composedPath()[0] ?? el;
  if (el instanceof HTMLTextAreaElement) return el;
  // The input event of a rich-text box fires at its editing host.
  if (el instanceof HTMLElement && el.isContentEditable && !el.parentElement?.isContentEditable) return el;
  return null;
}

/** Inside one of our shadow roots, or one of our hosts (the badge, the overlay)? */
function ours(el: HTMLElement): boolean {
  let n: HTMLElement = el;
  for (;;) {
    if (n.closest('[data-cool-off]')) return true;
    const root = n.getRootNode();
    if (!(root instanceof ShadowRoot) || !(root.host instanceof HTMLElement)) return false;
    n = root.host;
  }
}

/** The element and the page's shadow hosts around it, innermost first. */
function withHosts(el: HTMLElement): HTMLElement[] {
  const out = [el];
  for (let root = el.getRootNode(); root instanceof ShadowRoot && root.host instanceof HTMLElement; root = root.host.getRootNode()) out.push(root.host);
  return out;
}

function textLength(el: HTMLElement): number {
  const text = el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '');
  return text.trim().length;
}

export function watchUnchecked({ signal, isTracked, onChange, now = Date.now }: UncheckedDeps): UncheckedBoxes {
  const boxes = new Set<HTMLElement>();
  const lastCheck = new WeakMap<HTMLElement, number>();
  const pending = new Map<HTMLElement, number>();
  let goneTimer = 0;

  const tracked = (el: HTMLElement): boolean => {
    try {
      return withHosts(el).some(isTracked);
    } catch {
      return true; // unsure: say nothing rather than warn wrongly
    }
  };
  const changed = (): void => {
    try {
      onChange();
    } catch {
      /* never break the page */
    }
  };
  /** Drop boxes that left the page or are checked now; true when any went. */
  const prune = (): boolean => {
    let dropped = false;
    for (const el of boxes) {
      if (el.isConnected && !tracked(el)) continue;
      boxes.delete(el);
      dropped = true;
    }
    return dropped;
  };
  const watchGone = (): void => {
    if (goneTimer || !boxes.size || signal.aborted) return;
    goneTimer = window.setTimeout(() => {
      goneTimer = 0;
      if (signal.aborted) return;
      if (prune()) changed();
      watchGone();
    }, GONE_MS);
  };
  const check = (el: HTMLElement): void => {
    pending.delete(el);
    lastCheck.set(el, now());
    if (signal.aborted) return;
    const counts = el.isConnected && !tracked(el) && textLength(el) >= MIN_CHARS;
    if (counts === boxes.has(el)) return;
    if (counts) boxes.add(el);
    else boxes.delete(el);
    changed();
    watchGone();
  };

  document.addEventListener(
    'input',
    (e) => {
      try {
        // typing in a checked reply box (the usual case) costs no more than this: no style is read
        // (isContentEditable below can make the browser update styles)
        const target = e.target;
        if (target instanceof HTMLElement && !boxes.has(target) && tracked(target)) return;
        const el = editableTarget(e);
        if (!el || pending.has(el) || inSearch(el) || ours(el)) return;
        if (!boxes.has(el) && tracked(el)) return;
        const wait = (lastCheck.get(el) ?? -Infinity) + CHECK_MS - now();
        if (wait <= 0) check(el);
        else pending.set(el, window.setTimeout(() => check(el), wait));
      } catch {
        /* never break the page's typing */
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
      clearTimeout(goneTimer);
      boxes.clear();
    },
    { once: true },
  );

  return {
    count: () => {
      prune();
      return boxes.size;
    },
  };
}
