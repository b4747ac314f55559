/**
 * Google Business Profile review replies. Since 2023 the owner answers reviews in the "merchant"
 * experience that Google renders in three places, all the same Wiz/Material (MDC) components:
 *  - business.google.com (…/reviews, the older dashboard and its redirects),
 *  - www.google.com/local/business/…/customers/reviews (the merchant panel's reviews page),
 *  - the place panel on www.google.com/maps and the merchant panel on www.google.com/search.
 * All of it on www.google.com and on Google's country sites (GOOGLE_HOSTS), same paths.
 * In Search and Maps the owner's reviews screen is an iframe from
 * www.google.com/local/business/<id>/customers/reviews (…/reviews/reply?…&reviewId=… for one review at
 * a time), which is why the manifest injects Cool-Off into frames of those two hosts only. In that
 * frame a review is `.noyJyc` in the list `.HRSRcc`, with reviewer `.N0c6q`, rating `.DYizzd[role=img]`
 * (aria-label "1 de 5", localized) and text `.gyKkFe`; its reply box `.FkJOzc` follows it, holding an
 * MDC textarea (jsname YPqjbf) and the filled "Reply" button (jsname hrGhad). These are what public
 * review-reply tools written against that frame key on.
 * Review cards are the Maps review cards that public scrapers and extensions key on:
 * `[data-review-id]` items with `.d4r55` (reviewer), `[role=img][aria-label="1 star"]` (rating) and
 * `.wiI7pd` (text). Tapping "Reply" opens, inside the card, an MDC textarea with a "Cancel" text button
 * and a filled "Reply" button (MDC classes: `VfPpkd-LgbsSe` button, `-OWXEXe-k8QpJ` filled variant, the
 * same classes as Google's sign-in "Next"). Class names are generated; `VfPpkd-*` are the stable MDC
 * component classes Google ships across products.
 */
import type { SiteAdapter } from './types';
import { inSearch, isUsableField, reviewFor, type ReviewSelectors } from './util';

/** Where the review lives around a reply box. */
export const GOOGLE_REVIEW: ReviewSelectors = {
  // The review card: the Maps review item (keyed by Google's review id), or a review of the owner's
  // reviews frame (its reply box follows it as a sibling).
  card: '[data-review-id], .noyJyc',
  // Full text span; `.MyEned` is its container, for when the span's class changes. In the frame: `.gyKkFe`.
  text: ['.wiI7pd', '.MyEned', '.gyKkFe'],
  // Reviewer name; in the frame, the name link in `.N0c6q`.
  author: ['.d4r55', '.N0c6q'],
  // Rating: the `[role=img]` star strip labelled "N star(s)" / "1 de 5" (localized; we read the digit).
  rating: ['.kvMYJc[role="img"]', '.DYizzd[role="img"]', '[role="img"][aria-label*="star" i]'],
};

/**
 * The Google hosts where the merchant experience runs: www.google.com and the most used country sites
 * (the reviews frame is served from the host of the page that opens it: www.google.de/local/business/…
 * from a search on www.google.de).
 */
export const GOOGLE_HOSTS = [
  'www.google.com', 'www.google.de', 'www.google.co.uk', 'www.google.fr', 'www.google.es', 'www.google.it',
  'www.google.nl', 'www.google.pl', 'www.google.ca', 'www.google.com.au', 'www.google.co.in', 'www.google.com.br',
  'www.google.com.mx', 'www.google.co.jp', 'www.google.com.tr', 'www.google.ch', 'www.google.at', 'www.google.be',
  'www.google.se', 'www.google.ie', 'www.google.co.nz', 'www.google.co.za', 'www.google.pt', 'www.google.dk',
  'www.google.no', 'www.google.fi',
  // Asia-Pacific, Latin America, Middle East, Africa and the rest of Europe: the country sites with the
  // most users (the reviews screen on Korean, Chinese or Russian Google needs them as much as the rest)
  'www.google.co.kr', 'www.google.com.tw', 'www.google.com.hk', 'www.google.ru', 'www.google.com.sg',
  'www.google.co.id', 'www.google.co.th', 'www.google.com.vn', 'www.google.com.ph', 'www.google.com.my',
  'www.google.com.ar', 'www.google.cl', 'www.google.com.co', 'www.google.com.pe', 'www.google.gr', 'www.google.cz',
  'www.google.hu', 'www.google.ro', 'www.google.com.ua', 'www.google.co.il', 'www.google.ae', 'www.google.com.sa',
  'www.google.com.eg', 'www.google.com.pk', 'www.google.com.ng', 'www.google.co.ke', 'www.google.bg',
  'www.google.sk', 'www.google.hr', 'www.google.lt', 'www.google.si', 'www.google.rs', 'www.google.com.bd',
  'www.google.lk', 'www.google.com.ec', 'www.google.com.uy', 'www.google.is', 'www.google.lu', 'www.google.ee',
  'www.google.lv',
] as const;

/**
 * Search results pages: only when the owner's reviews dialog is open (`#lrd=…` is the reviews link
 * Google hands out) or the owner searched the documented "my business" entry point. This only decides
 * whether the results page itself is claimed (the popup's "On for Google Business Profile"): the page
 * holds no reply box. The reply boxes are in the owner's reviews frame (/local/business/…), which is
 * matched by its path on every host above whatever the search was and in whatever language, so a
 * search typed in German ("mein unternehmen") still has its reviews frame guarded.
 */
function searchWithMerchantPanel(url: URL): boolean {
  if (/(^|[#&])lrd=/.test(url.hash.slice(1))) return true;
  const q = url.searchParams.get('q') ?? '';
  return /\bmy business\b/i.test(q);
}

export const googleBusiness: SiteAdapter = {
  id: 'google-business',
  label: 'Google Business Profile',
  matches: [
    'https://business.google.com/*',
    ...GOOGLE_HOSTS.flatMap((h) => [`https://${h}/local/business/*`, `https://${h}/maps*`, `https://${h}/search*`]),
  ],
  urlTest: (url) => {
    if (url.hostname === 'business.google.com') return true;
    const p = url.pathname;
    if (p.startsWith('/local/business/')) return true;
    // Maps pages, not Maps' own resources (tiles, embeds, API scripts).
    if (p === '/maps' || p.startsWith('/maps/')) return !/^\/maps\/(api|embed|vt|preview|_\/)/.test(p);
    if (p === '/search') return searchWithMerchantPanel(url);
    return false;
  },
  audience: 'public',
  // The reply field: a textarea inside a review card. Google's search box is a textarea too
  // (`textarea[name=q]`, outside any card), and the MDC auto-size clone is aria-hidden.
  // In the owner's reviews frame: the textarea of the reply box `.FkJOzc`.
  body: '[data-review-id] textarea, .FkJOzc textarea',
  bodyFilter: (el) => isUsableField(el) && !inSearch(el) && el.getAttribute('name') !== 'q',
  send: [
    // The filled MDC button of the reply editor (the "Reply"/"Post reply" action; Cancel is a text
    // button, "Report review" and "Share" are icon buttons).
    '[data-review-id] button.VfPpkd-LgbsSe-OWXEXe-k8QpJ',
    // Fallback when the MDC classes change: the editor's submit-typed button.
    '[data-review-id] button[type="submit"]',
    // The owner's reviews frame: the reply box's "Reply" button (jsname hrGhad), a filled MDC button;
    // "Cancel" is a text button.
    '.FkJOzc button[jsname="hrGhad"]',
    '.FkJOzc button.VfPpkd-LgbsSe-OWXEXe-k8QpJ',
  ],
  maxDepth: 12,
  // Enter inserts a new line; Google does not send replies on Ctrl+Enter.
  keys: { ctrlEnter: false, enterInBody: false },
  incoming: (compose) => reviewFor(compose, GOOGLE_REVIEW),
};
