/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). One React/Fluent UI
 * app for work and personal accounts; labels are translated and class names generated, so we key on
 * ARIA roles and Fluent's component classes, as public Outlook extensions do:
 *  - the body is `div[contenteditable=true][role=textbox]` labelled "Message body, press Alt+F10 to
 *    exit" (localized), in an `#editorParent_N` wrapper; the subject and recipients are inputs;
 *  - Send is the Fluent primary button (`.ms-Button--primary`) of the compose's command bar, next to
 *    its split-button half "More send options" (`aria-haspopup`, schedule send), with "Discard" a
 *    default button; aria-label/title "Send" / "Senden", title "Send (Ctrl+Enter)"; "New mail" is a
 *    primary button too, outside any compose;
 *  - compose appears as a full-pane draft, a pop-out, or an inline reply under the message in the
 *    reading pane, where the message being answered is `[id^=UniqueMessageBody]` (role=document);
 *  - Ctrl+Enter (⌘+Enter on macOS) sends; with Settings › Accessibility › Keyboard shortcuts set to
 *    "Outlook" (the desktop app's keys), so does Alt+S.
 */
import type { IncomingMessage, SiteAdapter } from './types';
import { textOf } from './util';

/**
 * The name Outlook on the web gives its Send button (aria-label) in the display languages it ships most
 * (language tags as Outlook's display-language setting uses them). The words are the usual translation
 * of Office's "Send" command, as Outlook's localized help pages name the button ("select Send"); only
 * English and German are checked against a fixture here. Used only when Fluent's primary-button class is
 * gone; matched exactly (case aside), so "New mail" / "Neue E-Mail" can never match.
 */
export const OUTLOOK_SEND_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: ['Send'],
  de: ['Senden'],
  fr: ['Envoyer'],
  es: ['Enviar'],
  it: ['Invia'],
  pt: ['Enviar'],
  nl: ['Verzenden'],
  pl: ['Wyślij'],
  sv: ['Skicka'],
  da: ['Send'],
  nb: ['Send'],
  fi: ['Lähetä'],
  cs: ['Odeslat'],
  tr: ['Gönder'],
  ru: ['Отправить'],
  ja: ['送信'],
  'zh-Hans': ['发送'],
  'zh-Hant': ['傳送'],
  ko: ['보내기'],
};

/**
 * Where a Send can be: inside a container that holds a compose body but none of the page's landmarks
 * (main area, navigation, banner). The compose's own command bar qualifies; "New mail" in the left pane
 * or the ribbon does not (the only container holding it and a body holds the whole app), so the box is
 * rooted on the compose and never on the mail area, whatever the labels or classes.
 */
const IN_COMPOSE =
  ':is(div, section, form):has(div[contenteditable="true"][role="textbox"][aria-multiline="true"]):not(:has([role="main"], [role="navigation"], [role="banner"]))';

/** A button named "Send" in any of those languages. */
const NAMED_SEND = `button:is(${[...new Set(Object.values(OUTLOOK_SEND_NAMES).flat())]
  .map((name) => `[aria-label="${name}" i]`)
  .join(', ')}):not([aria-haspopup="true"])`;

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  // The mail app, not the calendar/people apps that share the host (their composer has no Send).
  urlTest: (url) => !/^\/(calendar|people|tasks|bookings)\b/i.test(url.pathname),
  audience: 'private',
  // The compose body: contenteditable + role=textbox + multiline. The message list's search box is an
  // input; the reading pane's message is role=document and not editable.
  body: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
  bodyFilter: (el) => !el.closest('[role="search"]') && !el.parentElement?.isContentEditable,
  send: [
    // Send: the Fluent primary button without a menu, in the compose (not "New mail", also primary).
    `${IN_COMPOSE} button.ms-Button--primary:not([aria-haspopup="true"])`,
    // Fallback when Fluent's classes change: the button named "Send" in the UI's language.
    `${IN_COMPOSE} ${NAMED_SEND}`,
  ],
  alsoSend: [
    // "More send options" (the primary split button's menu half: schedule send).
    `${IN_COMPOSE} button.ms-Button--primary[aria-haspopup="true"]`,
  ],
  maxDepth: 25,
  keys: { ctrlEnter: true, enterInBody: false, altS: true },
  incoming: (compose, doc) => {
    // Inline reply: the message it sits under, in the same reading-pane conversation item.
    const messages = [...doc.querySelectorAll<HTMLElement>('[id^="UniqueMessageBody"]')].filter((m) => !compose.contains(m));
    const before = messages.filter((m) => m.compareDocumentPosition(compose) & Node.DOCUMENT_POSITION_FOLLOWING);
    const msg = before.at(-1) ?? messages.at(-1);
    if (msg) {
      const text = textOf(msg);
      if (!text) return null;
      const out: IncomingMessage = { text };
      // Sender: the persona name in the message header (the address is in its title).
      const item = msg.closest('[data-convid], [aria-label][role="region"], [role="main"]') ?? doc;
      const from = item.querySelector<HTMLElement>('span[title*="@"]');
      const author = textOf(from);
      if (author) out.author = author;
      return out;
    }
    // Pop-out or full-pane reply: the quoted original under Outlook's reply header in the body.
    const header = compose.querySelector('#divRplyFwdMsg');
    if (!header) return null;
    let text = '';
    for (let n = header.nextElementSibling; n; n = n.nextElementSibling) text += ` ${textOf(n)}`;
    text = text.trim();
    if (!text) return null;
    // "From: Name <address>" is the header's first line (label localized; the name is what we read).
    const fromLine = /^[^:]+:\s*([^<\n]+?)\s*</.exec((header as HTMLElement).innerText ?? header.textContent ?? '');
    return fromLine ? { text, author: fromLine[1]! } : { text };
  },
};
