/**
 * Tripadvisor Management Center (www.tripadvisor.com and the country sites): Reviews → "Respond"
 * on a review opens the management response form below it; "Submit response" sends it to moderation
 * and it appears under the review publicly. The Management Center lives under its own paths
 * (`/ManagementCenter…`, `/Owners…`, `/OwnerResponse…`, `/ManagementResponse…`), full page loads from
 * the public site, so we narrow by path and stay off the travel pages. Review markup is Tripadvisor's
 * own: `[data-reviewid]` cards, `data-test-target` hooks (`review-title`, `review-body`), bubble rating
 * `svg[aria-label="1.0 of 5 bubbles"]` or its `<title>`, in the site's language ("5,0 sur 5 bulles")
 * (older pages: `.ui_bubble_rating.bubble_10`).
 */
import type { SiteAdapter } from './types';
import { looksLikeSend } from './generic';
import { namedSendIn, inSearch, isUsableField, reviewFor, type ReviewSelectors } from './util';

/** The main country sites, on their www. host only (the manifest lists each one). */
export const TRIPADVISOR_DOMAINS = [
  'tripadvisor.com', 'tripadvisor.co.uk', 'tripadvisor.de', 'tripadvisor.fr', 'tripadvisor.it',
  'tripadvisor.es', 'tripadvisor.ca', 'tripadvisor.com.au', 'tripadvisor.ie', 'tripadvisor.nl',
  'tripadvisor.at', 'tripadvisor.ch', 'tripadvisor.be', 'tripadvisor.pt', 'tripadvisor.se',
  'tripadvisor.dk', 'tripadvisor.in', 'tripadvisor.com.mx', 'tripadvisor.com.br', 'tripadvisor.jp',
  'tripadvisor.co.nz', 'tripadvisor.com.sg', 'tripadvisor.co.za', 'tripadvisor.com.ar', 'tripadvisor.co.kr',
  'tripadvisor.com.tw', 'tripadvisor.com.hk', 'tripadvisor.ru',
] as const;

const MANAGEMENT_PATH = /^\/(ManagementCenter|Owners|OwnerResponse|ManagementResponse)/i;

export const TRIPADVISOR_REVIEW: ReviewSelectors = {
  // The review card, keyed by review id.
  card: '[data-reviewid]',
  // Review body; `.partial_entry` on older pages.
  text: ['[data-test-target="review-body"]', '.partial_entry'],
  // Reviewer display name (member profile link).
  author: ['a[href^="/Profile/"]'],
  // Bubble rating: "1.0 of 5 bubbles" label, or the bubble_N0 class on older pages.
  rating: ['svg[aria-label*="of 5 bubbles" i]', '.ui_bubble_rating'],
  // Any language ("4,0 von 5 Punkten", "5 sur 5 bulles", "3,0 de 5 burbujas"), and newer pages that label the
  // bubbles' svg with a <title> child only: an svg of the card whose label reads "N <of> 5" or names bubbles.
  ratingLabelled: ['svg'],
};

export const tripadvisor: SiteAdapter = {
  id: 'tripadvisor',
  label: 'Tripadvisor',
  matches: TRIPADVISOR_DOMAINS.flatMap((d) => [`https://www.${d}/*`]),
  urlTest: (url) => MANAGEMENT_PATH.test(url.pathname),
  audience: 'public',
  // The response field: a textarea in the response form under a review (the "your name"/"your
  // role" inputs are inputs; the site search is an input in a search form).
  body: '[data-reviewid] form textarea',
  bodyFilter: (el) => isUsableField(el) && !inSearch(el),
  send: [
    // The response form's submit button ("Submit response").
    '[data-reviewid] form button[type="submit"]',
    // Older Management Center markup: an <input type=submit>.
    '[data-reviewid] form input[type="submit"]',
  ],
  // A button of the reply form named like a send (its submit button replaced by a div role=button, say).
  // A form the page submits is held in any case (formSubmit; the form is the root when no send is known).
  sendByText: namedSendIn('[data-reviewid] form', looksLikeSend),
  maxDepth: 10,
  keys: { ctrlEnter: false, enterInBody: false },
  formSubmit: true,
  incoming: (compose) => {
    const r = reviewFor(compose, TRIPADVISOR_REVIEW);
    if (!r || r.rating !== undefined) return r;
    // Older pages: `bubble_10` … `bubble_50` on the rating span.
    const bubble = compose.closest('[data-reviewid]')?.querySelector('.ui_bubble_rating');
    const m = bubble ? /bubble_([1-5])0/.exec(bubble.className) : null;
    return m ? { ...r, rating: Number(m[1]) } : r;
  },
};
