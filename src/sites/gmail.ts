/**
 * Gmail (mail.google.com). Class names are obfuscated and labels translated, so everything here is
 * structural, as production Gmail SDKs do it. Structure as of the 2020 compose redesign, unchanged
 * through 2023–2026:
 *  - pop-up compose: `[role=dialog]` with a `form`, under `div.dw .nH > .nH > .no`
 *  - full-screen compose: under `body > .aSs > .aSt`
 *  - inline reply / forward: inside the thread view (`.ip .M9`), no dialog
 * In all three the editable body and the bottom toolbar (`.IZ … .Up`) share a nearest common
 * ancestor, which is what the engine takes as the compose root.
 */
import type { SiteAdapter } from './types';

export const gmail: SiteAdapter = {
  id: 'gmail',
  label: 'Gmail',
  matches: ['https://mail.google.com/*'],
  audience: 'private',
  // The real body: contenteditable + role=textbox + Gmail's own g_editable marker. The hidden legacy
  // <textarea aria-label="Message Body"> beside it is a decoy, and the label is localized anyway.
  body: 'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  send: [
    // Send: the toolbar's role=button without a popup, in the `.Up` send group of the `.IZ` toolbar.
    '.IZ .Up div > div[role="button"]:not([aria-haspopup="true"])',
  ],
  alsoSend: [
    // "More send options" (schedule send) sits beside Send with aria-haspopup=true: holding the
    // menu holds the schedule-send too.
    '.IZ .Up div > div[role="button"][aria-haspopup="true"]',
  ],
  maxDepth: 30,
  keys: { ctrlEnter: true, enterInBody: false },
  incoming: (compose, doc) => {
    // The message being answered: in a thread view, the last expanded message body (`.a3s` holds a
    // message's HTML; `.ii.gt` is its wrapper). Pop-up "New Message" composes answer nothing.
    const inThread = compose.closest('.nH') ?? doc;
    const bodies = [...inThread.querySelectorAll<HTMLElement>('.ii.gt .a3s')].filter(
      (el) => !compose.contains(el),
    );
    const last = bodies.at(-1);
    if (!last) return null;
    const all = (last.innerText || last.textContent || '').trim();
    // the customer's own words, not the thread quoted under them (`.gmail_quote`: often our own earlier reply)
    const quote = last.querySelector<HTMLElement>('.gmail_quote');
    const quoted = quote ? (quote.innerText || quote.textContent || '').trim() : '';
    const at = quoted ? all.lastIndexOf(quoted) : -1;
    const text = at > 0 && all.slice(0, at).trim() ? all.slice(0, at).trim() : all;
    if (!text) return null;
    // Sender name: `.gD` carries the sender with a `name` attribute in the message header.
    const header = last.closest('.gs')?.querySelector<HTMLElement>('.gD[name]');
    const author = header?.getAttribute('name') ?? undefined;
    return author ? { text, author } : { text };
  },
};
