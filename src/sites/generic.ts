/**
 * Generic adapter for sites the user turns on from the popup (help desks, forums, shop back-offices).
 * Not matched by manifest pattern: main.ts uses it when the page's origin is in `customSites`
 * (granted through an optional host permission at that moment). Nothing is known about the markup,
 * so a reply box is any multi-line text field or rich-text editor that has a submit control nearby:
 * the submit button of its form, or a button labelled like send / post / reply / submit / publish /
 * comment (in English, French, German, Spanish, Italian, Portuguese, Dutch) in its nearest container.
 */
import type { SiteAdapter } from './types';
import { inSearch, isUsableField } from './util';

/** Words that name a send action. Matched against a control's text, aria-label, title, value. */
export const SEND_WORDS =
  /^(send|post|reply|submit|publish|comment|respond|answer|envoyer|publier|répondre|senden|absenden|antworten|veröffentlichen|enviar|publicar|responder|invia|pubblica|rispondi|verzenden|plaatsen|beantwoorden)\b/i;

/** Words that look like a send control but are not (never guard these). */
const NOT_SEND = /\b(cancel|discard|delete|close|search|preview|draft|annuler|abbrechen|cancelar|annulla)\b/i;

function labelOf(el: HTMLElement): string {
  const raw = [el.getAttribute('aria-label'), el.getAttribute('title'), (el as HTMLInputElement).value, el.textContent]
    .filter((v): v is string => !!v && !!v.trim())
    .map((v) => v.replace(/\s+/g, ' ').trim());
  return raw[0] ?? '';
}

export function looksLikeSend(el: HTMLElement): boolean {
  if (el.closest('[data-cool-off]')) return false; // our own badge/overlay
  if (el.closest('[role="search"], form[action*="search" i]')) return false;
  const label = labelOf(el);
  return !!label && label.length <= 40 && SEND_WORDS.test(label) && !NOT_SEND.test(label);
}

/** A form holding a multi-line field or an editor, and not a search form. */
const REPLY_FORM = 'form:not([role="search"]):has(textarea, [contenteditable])';

export const generic: SiteAdapter = {
  id: 'generic',
  label: 'This site',
  matches: [],
  audience: 'public',
  // Multi-line text fields and the root of rich-text editors (contenteditable hosts).
  body: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  // Visible, editable, not a search box, not nested inside another editable (only the host counts),
  // not a code editor's hidden input (CodeMirror/Monaco keep textareas with tiny fixed sizes).
  bodyFilter: (el) =>
    isUsableField(el) &&
    !inSearch(el) &&
    !el.parentElement?.isContentEditable &&
    !el.closest('[data-cool-off]') &&
    !/(^|\s)(inputarea|CodeMirror-code)(\s|$)/.test(el.className),
  send: [
    // The submit controls of a form that holds a text box (not a search form): explicit submit
    // buttons and inputs…
    `${REPLY_FORM} button[type="submit"]`,
    `${REPLY_FORM} input[type="submit"]`,
    // …and buttons without a type, which submit their form too.
    `${REPLY_FORM} button:not([type])`,
  ],
  // Buttons (or role=button) labelled like a send action, in the nearest container of the box.
  sendByText: { selector: 'button, [role="button"], input[type="button"]', test: looksLikeSend },
  // Stay close to the box: a page-wide "Post" button is not this box's send, and a container
  // holding two text boxes is not one compose.
  maxDepth: 6,
  exclusiveRoot: true,
  // Ctrl/Cmd+Enter is the de-facto "send" in web editors; plain Enter inserts a line in a textarea.
  keys: { ctrlEnter: true, enterInBody: false },
  formSubmit: true,
  // Nothing is known about where the answered message is.
  incoming: () => null,
};
