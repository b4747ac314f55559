/**
 * App Store Connect (appstoreconnect.apple.com): Apps → an app → Ratings and Reviews (URL path ends
 * `…/activity/ios/ratingsResponses`). "Reply" under a review opens a modal "Write Response" dialog
 * (`role=dialog`, rendered at the end of the page, not inside the review) that repeats the review
 * above a textarea, with "Cancel" and "Submit"; the response shows on the App Store after review by
 * Apple, max 5,970 characters. The app is a React single-page app with generated class names
 * (`sc-…`, `Box-sc-…`); we use the dialog, form and button types. Because the dialog is outside the
 * review list, `incoming` reads the review the dialog repeats, and falls back to the review whose
 * "Reply" button opened it (`aria-expanded=true`).
 */
import type { IncomingMessage, SiteAdapter } from './types';
import { looksLikeSend } from './generic';
import { namedSendIn, isUsableField, ratingIn, reviewFor, textOf, type ReviewSelectors } from './util';

export const ASC_REVIEW: ReviewSelectors = {
  // A review, in the list or repeated in the response dialog.
  card: '[data-review-id]',
  // Review body (the title is a separate heading).
  text: ['[data-testid="review-body"]'],
  // Reviewer nickname.
  author: ['[data-testid="review-nickname"]'],
  // Stars: an image labelled "1 out of 5 stars".
  rating: ['[role="img"][aria-label*="star" i]'],
  // App Store Connect in another language ("4 von 5 Sternen", "5つ星のうち4"): an image whose label reads as a rating.
  ratingLabelled: ['[role="img"][aria-label]'],
};

export const appStoreConnect: SiteAdapter = {
  id: 'app-store-connect',
  label: 'App Store Connect',
  matches: ['https://appstoreconnect.apple.com/*'],
  audience: 'public',
  replyKind: 'app',
  // The response field: the textarea of the form in a modal dialog (the review filters and the app
  // search field are inputs outside any dialog).
  body: '[role="dialog"] form textarea',
  bodyFilter: (el) => isUsableField(el),
  send: [
    // The dialog form's submit button ("Submit").
    '[role="dialog"] form button[type="submit"]',
  ],
  // A button of the reply form named like a send (its submit button replaced by a div role=button, say).
  // A form the page submits is held in any case (formSubmit; the form is the root when no send is known).
  sendByText: namedSendIn('[role="dialog"] form', looksLikeSend),
  maxDepth: 10,
  keys: { ctrlEnter: false, enterInBody: false },
  formSubmit: true,
  incoming: (compose, doc) => {
    // The review the dialog repeats, inside the dialog.
    const dialog = compose.closest('[role="dialog"]') ?? compose;
    const inDialog = dialog.querySelector(ASC_REVIEW.card);
    if (inDialog) return readCard(inDialog);
    // Else the review whose "Reply" opened the dialog.
    const opener = doc.querySelector('[data-review-id] button[aria-expanded="true"]');
    return opener ? reviewFor(opener as HTMLElement, ASC_REVIEW) : null;
  },
};

function readCard(card: Element): IncomingMessage | null {
  const text = textOf(card.querySelector(ASC_REVIEW.text[0]!));
  if (!text) return null;
  const out: IncomingMessage = { text };
  const author = textOf(card.querySelector(ASC_REVIEW.author[0]!));
  if (author) out.author = author;
  const rating = ratingIn(card, ASC_REVIEW);
  if (rating !== undefined) out.rating = rating;
  return out;
}
