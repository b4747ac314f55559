/**
 * Yelp for Business (biz.yelp.com): the owner answers a review from its card in the Reviews page
 * (`/r2r/…`, "respond to reviews") with a "Public comment" (shown under the review on Yelp) or a
 * "Private message" (to the reviewer's Yelp inbox). The review card reuses the consumer site's
 * components that public scrapers key on: reviewer link `a[href^="/user_details"]`, rating
 * `[role=img][aria-label="1 star rating"]`, text `p[class^=comment__] span.raw__…`; classes are
 * CSS-module hashes (`…__09f24__…`, `y-css-…`), so we use roles, links and form structure. Each
 * response is a React-controlled `<form>` with a textarea and a submit button; reCAPTCHA adds a hidden
 * `textarea#g-recaptcha-response` to it.
 */
import type { SiteAdapter } from './types';
import { looksLikeSend } from './generic';
import { namedSendIn, inSearch, isUsableField, reviewFor, type ReviewSelectors } from './util';

export const YELP_REVIEW: ReviewSelectors = {
  // The review card: Yelp keys reviews by id (also in links: `?hrid=`).
  card: '[data-review-id]',
  // Review text: the `lang`-tagged span inside the comment paragraph; the paragraph as fallback.
  text: ['p[class*="comment"] span[lang]', 'p[class*="comment"]'],
  // Reviewer: the link to their Yelp profile.
  author: ['a[href^="/user_details"]'],
  // "N star rating" image.
  rating: ['[role="img"][aria-label*="star rating" i]'],
  // Yelp in another language ("2 Sterne …", "… 4 étoiles"): an image of the card whose label reads as a rating.
  ratingLabelled: ['[role="img"][aria-label]'],
};

export const yelp: SiteAdapter = {
  id: 'yelp',
  label: 'Yelp for Business',
  matches: ['https://biz.yelp.com/*'],
  audience: 'public',
  // A private message goes to the reviewer alone: the form posts to the messaging endpoint.
  audienceFor: (compose) =>
    compose.closest('form')?.matches('form[action*="message" i]') || compose.querySelector('form[action*="message" i]')
      ? 'private'
      : 'public',
  // Response fields: textareas inside a form inside a review card. The business-details editor's
  // textarea ("From the business") is outside any card; reCAPTCHA's response field is hidden.
  body: '[data-review-id] form textarea',
  bodyFilter: (el) => isUsableField(el) && !inSearch(el) && !/recaptcha/i.test(el.id + (el.getAttribute('name') ?? '')),
  send: [
    // The response form's submit button ("Post public comment" / "Send message").
    '[data-review-id] form button[type="submit"]',
  ],
  // A button of the reply form named like a send (its submit button replaced by a div role=button, say).
  // A form the page submits is held in any case (formSubmit; the form is the root when no send is known).
  sendByText: namedSendIn('[data-review-id] form', looksLikeSend),
  maxDepth: 10,
  // Enter is a new line in the response fields; no keyboard shortcut posts.
  keys: { ctrlEnter: false, enterInBody: false },
  // React handles the form's submit event: guard it (covers requestSubmit and implicit submission).
  formSubmit: true,
  incoming: (compose) => reviewFor(compose, YELP_REVIEW),
};
