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

/**
 * Buttons of a reply form that are sends by their name, for review sites whose form submit is guarded:
 * when the site's Send is no longer a submit button (a `div role=button` after a redesign), a control
 * named like a send ("Post reply", "Submit response", "Publier", "Senden"…) in that form is guarded
 * too. `form` is the adapter's selector for its reply forms. Menu buttons (`aria-haspopup`) are not
 * sends; what counts as a send name is `test` (the generic adapter's localized send words).
 */
export function namedSendIn(form: string, test: (el: HTMLElement) => boolean): { selector: string; test: (el: HTMLElement) => boolean } {
  return {
    selector: `${form} button:not([aria-haspopup]), ${form} [role="button"]:not([aria-haspopup])`,
    test: (el) => !el.closest('[data-cool-off]') && test(el),
  };
}

/** Inside a search form or search landmark (every site has a search box; never a reply). */
export function inSearch(el: HTMLElement): boolean {
  return !!el.closest('[role="search"], form[action*="search" i], search');
}

/**
 * The words between a rating and its scale: "out of", "of", "/", von, sur, de, su, van, z, av, af, из, and
 * the Japanese, Chinese and Korean forms that put the scale first (のうち, 満点中, 中的, 만점에).
 */
const OUT_OF_RE = /(?:^|[^\p{L}])(?:out of|of|von|sur|de|su|van|z|av|af|из|od)(?:[^\p{L}]|$)|\/|のうち|中|만점|満点|满分/iu;

/**
 * Words that name a rating or its unit, in the languages the review sites are offered in: stars, bubbles,
 * points (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, the Nordic
 * languages, Japanese, Chinese, Korean). Only for labels found by a broad, language-independent selector.
 */
const RATING_WORD_RE = /star|stern|étoile|etoile|estrell|estrel|stell|ster\b|sterren|stjern|stjärn|gwiazd|звезд|bubble|bulle|burbuja|bolla|punkt|punt|rating|bewertung|valoraci|valutazion|avalia|beoordel|星|별|評価|평점/iu;

/** The rating a label states (whole stars, 1–5), and whether the label gave it with its scale of 5. */
function readRating(label: string): { rating: number; scaled: boolean } | undefined {
  const found = [...label.matchAll(/\d+(?:[.,]\d+)?/g)];
  const nums = found.map((m) => Number(m[0].replace(',', '.')));
  if (nums.length === 0) return undefined;
  let n = nums[0]!;
  let scaled = false;
  if (nums.length >= 2) {
    const [a, b] = [nums[0]!, nums[1]!];
    // Only where the words between them say "out of": "5 stars · 2 photos", "Rated 5, 1 week ago" and
    // "3 stars, 2 days ago" hold a rating and some other number, and the first is the rating.
    const between = label.slice(found[0]!.index! + found[0]![0].length, found[1]!.index!);
    if (Math.max(a, b) === 5 && OUT_OF_RE.test(between)) {
      n = Math.min(a, b);
      scaled = true;
    }
  }
  const whole = Math.floor(n);
  return whole >= 1 && whole <= 5 ? { rating: whole, scaled } : undefined;
}

/**
 * The rating a label states, 1–5, or undefined. A label may hold the rating alone ("1 star", "3 Sterne",
 * "4 étoiles", "星 1 つ") or the rating and the scale, in either order: "Rated 2 out of 5", "1,0 von 5
 * Punkten", "5 out of 5", and in Japanese, Chinese and Korean the scale first: "5つ星のうち1", "5点満点中1点",
 * "5 星中的 1 星", "5점 만점에 1점". With two numbers and a scale of 5, the rating is the smaller one (a
 * rating never exceeds its scale), whatever the word order. A decimal rating counts by its whole stars.
 */
export function ratingInLabel(label: string): number | undefined {
  return readRating(label)?.rating;
}

/**
 * The rating a label states, only when the label reads as a rating: a rating with its scale of 5 ("4 von 5",
 * "2,0 sur 5 bulles", "5つ星のうち4", in the word orders ratingInLabel knows), or a rating word ("3 estrellas",
 * "Note de 4 étoiles"). A label found by a broad selector (any image of a review card) may be something else
 * with a number in it ("2 photos", "Helpful vote 3"): that gives no rating.
 */
export function ratingInRatingLabel(label: string): number | undefined {
  const r = readRating(label);
  return r && (r.scaled || RATING_WORD_RE.test(label)) ? r.rating : undefined;
}

/**
 * An element's accessible label as the page gives it: aria-label, else the text of the elements
 * aria-labelledby names, else an SVG's own <title>, else its title attribute.
 */
export function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const ids = el.getAttribute('aria-labelledby')?.trim();
  if (ids) {
    const doc = el.ownerDocument;
    const text = ids
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  const title = [...el.children].find((c) => c.localName === 'title')?.textContent?.trim();
  if (title) return title;
  return el.getAttribute('title')?.trim() ?? '';
}

/**
 * A star rating from the usual markups: a number in an aria-label/title (see ratingInLabel), a data
 * attribute holding the number, or a count of filled stars.
 */
export function ratingOf(el: Element | null | undefined, filledStar?: string): number | undefined {
  if (!el) return undefined;
  for (const attr of ['aria-label', 'title', 'data-rating', 'data-service-review-rating', 'alt']) {
    const v = el.getAttribute(attr);
    const r = v ? ratingInLabel(v) : undefined;
    if (r !== undefined) return r;
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
  /**
   * Broader fallbacks, whatever the page's language: elements of the card (any SVG, any image) whose label
   * (see labelOf) reads as a rating (see ratingInRatingLabel); the first that does. Tried after `rating`.
   */
  ratingLabelled?: readonly string[];
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
  const rating = ratingIn(card, sel, compose);
  if (rating !== undefined) out.rating = rating;
  return out;
}

/** The rating of a review card: its `rating` element, else the first `ratingLabelled` one whose label reads as a rating. */
export function ratingIn(card: Element, sel: ReviewSelectors, skip?: Element): number | undefined {
  const rating = ratingOf(first(card, sel.rating, skip), sel.filledStar);
  if (rating !== undefined) return rating;
  for (const s of sel.ratingLabelled ?? []) {
    for (const el of card.querySelectorAll(s)) {
      if (skip && skip.contains(el)) continue;
      const r = ratingInRatingLabel(labelOf(el));
      if (r !== undefined) return r;
    }
  }
  return undefined;
}
