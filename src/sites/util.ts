/**
 * Small helpers shared by the site adapters: visibility checks for bodyFilter and reading a review
 * card for `incoming`. No selectors live here: each adapter passes its own, so a site redesign is
 * still a one-file fix.
 */
import type { IncomingMessage } from './types';

/** Visible text of an element, whitespace collapsed, layout-free (works in happy-dom too). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const raw = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return raw.replace(/\s+/g, ' ').trim();
}

/**
 * A reply box the user can actually type into: not hidden (hidden attribute, display:none,
 * aria-hidden ancestor, inert ancestor), not disabled or read-only. Layout-free on purpose: the engine
 * scans before layout and happy-dom has none.
 */
export function isUsableField(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    if (el.disabled || el.readOnly) return false;
  }
  for (let n: HTMLElement | null = el; n; n = n.parentElement) {
    if (n.hidden || n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert')) return false;
    const style = n.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  }
  return true;
}

/** Inside a search form or search landmark (every site has a search box; never a reply). */
export function inSearch(el: HTMLElement): boolean {
  return !!el.closest('[role="search"], form[action*="search" i], search');
}

/**
 * A star rating from the usual markups: a number in an aria-label/title ("1 star", "Rated 2 out of
 * 5", "3 Sterne", "4 étoiles"), a data attribute holding the number, or a count of filled stars.
 */
export function ratingOf(el: Element | null | undefined, filledStar?: string): number | undefined {
  if (!el) return undefined;
  for (const attr of ['aria-label', 'title', 'data-rating', 'data-service-review-rating', 'alt']) {
    const v = el.getAttribute(attr);
    const m = v ? /([1-5])(?:[.,]0)?(?!\d)/.exec(v) : null;
    if (m) return Number(m[1]);
  }
  if (filledStar) {
    const n = el.querySelectorAll(filledStar).length;
    if (n >= 1 && n <= 5) return n;
  }
  const m = /^\s*([1-5])\s*$/.exec(el.textContent ?? '');
  return m ? Number(m[1]) : undefined;
}

export interface ReviewSelectors {
  /** The review card (the item that holds the review and, usually, its reply box). */
  card: string;
  /** The review text inside the card. */
  text: readonly string[];
  /** The reviewer's name inside the card. */
  author: readonly string[];
  /** The element carrying the rating inside the card. */
  rating: readonly string[];
  /** A filled star inside the rating element, when stars are drawn one by one. */
  filledStar?: string;
}

function first(scope: Element, selectors: readonly string[], skip?: Element): Element | null {
  for (const sel of selectors) {
    for (const el of scope.querySelectorAll(sel)) {
      if (skip && skip.contains(el)) continue;
      return el;
    }
  }
  return null;
}

/**
 * The review a reply box answers: the card around the box; or, when the site renders the box right
 * after the card (a sibling, not a child), the nearest preceding card.
 */
export function reviewFor(compose: HTMLElement, sel: ReviewSelectors): IncomingMessage | null {
  let card: Element | null = compose.closest(sel.card);
  if (!card) {
    for (let n: Element | null = compose; n && !card; n = n.parentElement) {
      for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
        card = s.matches(sel.card) ? s : s.querySelector(sel.card);
        if (card) break;
      }
    }
  }
  if (!card) return null;
  // Our own reply box may sit inside the card: never read the draft as the review.
  const text = textOf(first(card, sel.text, compose));
  if (!text) return null;
  const out: IncomingMessage = { text };
  const author = textOf(first(card, sel.author, compose));
  if (author) out.author = author;
  const rating = ratingOf(first(card, sel.rating, compose), sel.filledStar);
  if (rating !== undefined) out.rating = rating;
  return out;
}
