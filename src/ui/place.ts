/**
 * Keeping a small pop-up (the badge's tooltip) on screen. It is placed in CSS above its anchor, from
 * the anchor's left edge; near the window's edge (a badge at the right of a right-to-left page, a narrow
 * window) that runs off screen. Here it is moved sideways to fit, and below the anchor when there is no
 * room above.
 */
import { useLayoutEffect } from 'preact/hooks';

/** Space kept between the pop-up and the window's edges, in px. */
export const EDGE = 8;

function viewport(el: HTMLElement): { width: number; height: number } | null {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return null;
  // clientWidth leaves out a scroll bar; a page that sizes <html> oddly still gets no more than the window
  const root = doc.documentElement;
  return {
    width: Math.min(win.innerWidth, root.clientWidth || win.innerWidth),
    height: Math.min(win.innerHeight, root.clientHeight || win.innerHeight),
  };
}

/** Put `el` (absolutely placed, above its anchor by default) inside the viewport. */
export function placeInViewport(el: HTMLElement): void {
  const s = el.style;
  s.left = '';
  s.top = '';
  s.bottom = '';
  const vp = viewport(el);
  let r = el.getBoundingClientRect();
  if (!vp || (r.width === 0 && r.height === 0)) return; // hidden, or no layout
  if (r.top < EDGE) {
    // no room above: below the anchor, unless that is worse
    const aboveCut = EDGE - r.top;
    s.top = 'calc(100% + 6px)';
    s.bottom = 'auto';
    const below = el.getBoundingClientRect();
    const belowCut = Math.max(0, below.bottom - (vp.height - EDGE));
    if (belowCut > aboveCut) {
      s.top = '';
      s.bottom = '';
    } else r = below;
  }
  let dx = 0;
  if (r.right > vp.width - EDGE) dx = vp.width - EDGE - r.right;
  if (r.left + dx < EDGE) dx = EDGE - r.left;
  if (dx) s.left = `${Math.round(dx)}px`;
}

/** While `open`, keep the element behind `ref` inside the viewport, also as the page scrolls or resizes. */
export function useInViewport(ref: { readonly current: HTMLElement | null }, open: boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!open || !el) return;
    const win = el.ownerDocument.defaultView;
    const place = () => {
      try {
        placeInViewport(el);
      } catch {
        /* placement is a nicety: never break the page */
      }
    };
    place();
    win?.addEventListener('resize', place);
    win?.addEventListener('scroll', place, true);
    return () => {
      win?.removeEventListener('resize', place);
      win?.removeEventListener('scroll', place, true);
    };
  });
}
