// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EDGE, placeInViewport } from '../../src/ui/place';

/**
 * A 300×150 pop-up whose box follows its inline style the way the badge's tooltip does: placed above an
 * anchor at (ax, ay)–(ax + 80, ay + 26), from the anchor's left edge, moved by style.left, or below with style.top.
 */
function popup(ax: number, ay: number, vw = 1280, vh = 860): HTMLElement {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: vw });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: vh });
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, value: vw });
  Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, value: vh });
  const el = document.createElement('div');
  document.body.append(el);
  el.getBoundingClientRect = () => {
    const x = ax + (parseFloat(el.style.left) || 0);
    const y = el.style.top ? ay + 26 + 6 : ay - 6 - 150;
    return { x, y, left: x, top: y, right: x + 300, bottom: y + 150, width: 300, height: 150, toJSON: () => ({}) } as DOMRect;
  };
  return el;
}

describe('placeInViewport (the badge tooltip)', () => {
  it('leaves a pop-up that fits where it is', () => {
    const el = popup(100, 600);
    placeInViewport(el);
    expect(el.style.left).toBe('');
    expect(el.style.top).toBe('');
  });

  it('moves it left when it would run off the right edge (a badge at the right of a right-to-left page)', () => {
    const el = popup(1180, 600);
    placeInViewport(el);
    expect(el.getBoundingClientRect().right).toBe(1280 - EDGE);
  });

  it('moves it right when it starts off the left edge, and keeps the left edge first in a window too narrow', () => {
    const el = popup(-150, 600, 360);
    placeInViewport(el);
    expect(el.getBoundingClientRect().left).toBe(EDGE);
  });

  it('puts it below the badge when there is no room above, and back above once there is', () => {
    const el = popup(100, 40);
    placeInViewport(el);
    expect(el.getBoundingClientRect().top).toBeGreaterThanOrEqual(EDGE);
    expect(el.style.top).not.toBe('');
    // each placement starts afresh: the page scrolled, room above again
    el.getBoundingClientRect = popup(100, 600).getBoundingClientRect;
    placeInViewport(el);
    expect(el.style.top).toBe('');
  });

  it('does nothing to a hidden pop-up (no box)', () => {
    const el = document.createElement('div');
    document.body.append(el);
    placeInViewport(el);
    expect(el.getAttribute('style') ?? '').toBe('');
  });
});
