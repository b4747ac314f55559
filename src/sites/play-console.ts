/**
 * Google Play Console (play.google.com/console): Quality → Ratings and reviews → Reviews
 * (`…/app/<id>/user-feedback/reviews`). Each review shows a "Reply" box; "Send" publishes the
 * developer reply (350 characters max) on the store listing. The console is an AngularDart app built
 * on Google's ACX material components: custom elements such as `<material-input multiline>` (a
 * textarea inside) and `<material-button>` (role=button, `raised` for the primary action,
 * `disabled`/`aria-disabled` until there is text), plus `debug-id` attributes the console keeps on
 * its components. Class names are generated. The console is one single-page app, so we run on all of
 * /console and let the selectors find reply boxes as they appear.
 */
import type { SiteAdapter } from './types';
import { isUsableField, reviewFor, type ReviewSelectors } from './util';

export const PLAY_REVIEW: ReviewSelectors = {
  // The review card.
  card: '[debug-id="review"]',
  // Review text as the user wrote it (a translation, when shown, is a separate element).
  text: ['[debug-id="review-text"]'],
  // Reviewer's Google Play name.
  author: ['[debug-id="reviewer-name"]'],
  // Star rating, "Rated N stars out of five stars".
  rating: ['[debug-id="star-rating"]', '[role="img"][aria-label*="star" i]'],
};

export const playConsole: SiteAdapter = {
  id: 'play-console',
  label: 'Google Play Console',
  matches: ['https://play.google.com/console/*'],
  audience: 'public',
  replyKind: 'app',
  // The reply field: the textarea of a multiline material-input inside a review card (the console's
  // search box is a single-line material-input outside the cards).
  body: '[debug-id="review"] material-input textarea',
  bodyFilter: (el) => isUsableField(el),
  send: [
    // The raised (primary) material-button of the reply box: "Send" ("Update" when editing).
    '[debug-id="review"] material-button[raised]',
  ],
  maxDepth: 10,
  keys: { ctrlEnter: false, enterInBody: false },
  incoming: (compose) => reviewFor(compose, PLAY_REVIEW),
};
