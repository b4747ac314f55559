/**
 * What Cool-Off is doing in one browser tab right now, for the toolbar popup. The popup asks every
 * frame of its tab; each copy of the content script that runs there answers with a FrameStatus (and
 * answers again while the popup is open, when that changes). A frame without Cool-Off does not
 * answer. The popup sums the answers with summarizeTab. Asking at the moment the popup opens, rather
 * than keeping a record, means the answer cannot go stale: a frame that is gone cannot answer.
 */
import { SITE_IDS, type SiteId } from './settings';

/** The name of the port the popup opens to its tab's frames. */
export const TAB_STATUS_PORT = 'cool-off:tab-status';

export interface FrameStatus {
  /** This copy of the content script (random): its later answers replace its earlier ones. */
  id: string;
  /** The tab's top frame: its page is the tab's page. */
  top: boolean;
  /** The frame's origin, e.g. "https://mail.google.com". */
  origin: string;
  /**
   * The site this page belongs to: a built-in site whose pages these are (even where Cool-Off does
   * not run on this one, e.g. an ordinary Google search), 'generic' on an origin the user turned on,
   * or null.
   */
  site: SiteId | 'generic' | null;
  /** Cool-Off runs here now: a site adapter fits this page as it is now. */
  running: boolean;
  /** Reply boxes Cool-Off tracks in this frame now. */
  boxes: number;
  /**
   * Boxes in this frame the user has typed a reply-sized text into (a textarea or a rich-text box,
   * not a one-line field or a search box) that Cool-Off is not checking: on a built-in site, the sign
   * that the site changed its markup and the adapter no longer finds its reply boxes.
   */
  unchecked: number;
}

/** Cool-Off in one tab, all frames together. */
export type TabState =
  /** It is checking this many reply boxes (one or more). */
  | { kind: 'guarding'; boxes: number }
  /** It runs on this page, and no reply box is there yet. */
  | { kind: 'ready' }
  /**
   * It runs on this page and checks no reply box, yet the user is typing in a box it does not check
   * (see FrameStatus.unchecked): a send from there gets no cool-off.
   */
  | { kind: 'unchecked' }
  /**
   * It does not run on this page. `reload`: the page's address is one it runs on, yet nothing
   * answered, so its script is missing (the tab was open before Cool-Off was installed or updated).
   */
  | { kind: 'absent'; reload: boolean };

export interface TabSummary {
  state: TabState;
  /** The tab's site as its frames say: the top frame's, else the site of a frame where Cool-Off runs. */
  site: SiteId | 'generic' | null;
  /** The top frame's origin when it answered. */
  origin: string | null;
}

const SITES: ReadonlySet<string> = new Set([...SITE_IDS, 'generic']);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;

/** An answer as it arrived on the port, checked field by field; null when it is not one. */
export function parseFrameStatus(v: unknown): FrameStatus | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id || o.id.length > 64) return null;
  if (typeof o.top !== 'boolean' || typeof o.running !== 'boolean' || typeof o.origin !== 'string') return null;
  if (!(o.site === null || (typeof o.site === 'string' && SITES.has(o.site)))) return null;
  if (!isCount(o.boxes) || !isCount(o.unchecked)) return null;
  return {
    id: o.id,
    top: o.top,
    origin: o.origin,
    site: o.site as FrameStatus['site'],
    running: o.running,
    boxes: o.boxes,
    unchecked: o.unchecked,
  };
}

/**
 * The tab's state from its frames' latest answers. `expected`: the tab's address is one Cool-Off
 * runs on (known only when the browser shows the popup the tab's address), used when no frame
 * answered at all.
 */
export function summarizeTab(frames: Iterable<FrameStatus>, expected = false): TabSummary {
  let boxes = 0;
  let unchecked = 0;
  let running = false;
  let answered = false;
  let top: FrameStatus | null = null;
  let firstRunning: FrameStatus | null = null;
  for (const f of frames) {
    answered = true;
    if (f.top) top = f;
    if (f.running) {
      running = true;
      boxes += f.boxes;
      unchecked += f.unchecked;
      firstRunning ??= f;
    }
  }
  const state: TabState =
    boxes > 0
      ? { kind: 'guarding', boxes }
      : unchecked > 0
        ? { kind: 'unchecked' }
        : running
          ? { kind: 'ready' }
          : { kind: 'absent', reload: !answered && expected };
  return { state, site: top?.site ?? firstRunning?.site ?? null, origin: top?.origin ?? null };
}
