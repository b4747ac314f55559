/**
 * Trustpilot Business (businessapp.b2b.trustpilot.com): Reviews → a review (`/reviews`,
 * `/reviews/<id>`) → "Reply" opens an editor under the review; "Post reply" publishes it on the public
 * profile. The review card uses the same data attributes as Trustpilot's public review pages, which
 * public scrapers key on: `data-service-review-card-paper` (card), `data-consumer-name-typography`,
 * `data-service-review-rating="N"`, `data-service-review-text-typography`; class names are CSS-module
 * hashes (`styles_reviewCard__…`). The reply editor is a form with a textarea and a submit button.
 */
import type { SiteAdapter } from './types';
import { looksLikeSend } from './generic';
import { namedSendIn, inSearch, isUsableField, reviewFor, type ReviewSelectors } from './util';

export const TRUSTPILOT_REVIEW: ReviewSelectors = {
  // The review card.
  card: '[data-service-review-card-paper]',
  // Review body text (title is separate and not needed).
  text: ['[data-service-review-text-typography]'],
  // Reviewer display name.
  author: ['[data-consumer-name-typography]'],
  // Star rating: the number is in the attribute itself.
  rating: ['[data-service-review-rating]'],
};

export const trustpilot: SiteAdapter = {
  id: 'trustpilot',
  label: 'Trustpilot',
  matches: ['https://businessapp.b2b.trustpilot.com/*'],
  audience: 'public',
  // The reply field: a textarea in a form inside a review card (the reviews filter/search box is
  // an input outside the cards; a hidden template field is filtered out).
  body: '[data-service-review-card-paper] form textarea',
  bodyFilter: (el) => isUsableField(el) && !inSearch(el),
  send: [
    // The reply form's submit button ("Post reply"; "Update reply" when editing).
    '[data-service-review-card-paper] form button[type="submit"]',
  ],
  // A button of the reply form named like a send (its submit button replaced by a div role=button, say).
  // A form the page submits is held in any case (formSubmit; the form is the root when no send is known).
  sendByText: namedSendIn('[data-service-review-card-paper] form', looksLikeSend),
  maxDepth: 10,
  keys: { ctrlEnter: false, enterInBody: false },
  formSubmit: true,
  incoming: (compose) => reviewFor(compose, TRUSTPILOT_REVIEW),
};
