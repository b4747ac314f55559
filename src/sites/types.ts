/**
 * A site adapter says, declaratively, where Cool-Off runs and how to find a reply box, its send
 * controls and the message being answered. The engine in src/content does the rest, the same on
 * every site. Selectors live in the adapter file only, one comment each, structural before textual,
 * so a site redesign is a one-file fix.
 */
import type { SiteId } from '../core/settings';

export type Audience = 'private' | 'public';

export interface SiteAdapter {
  id: SiteId | 'generic';
  /** Shown in the popup and options. */
  label: string;
  /** Manifest match patterns for this site (a unit test checks manifest.json carries them). */
  matches: readonly string[];
  /** Narrower URL check (path, query) after the match pattern; default: always. */
  urlTest?: (url: URL) => boolean;
  /** Email (private) or a public review reply: public replies default to stricter sensitivity. */
  audience: Audience;
  /**
   * Per reply box audience, when one site has both (Yelp: a public comment or a private message to
   * the reviewer). Default: `audience`.
   */
  audienceFor?: (compose: HTMLElement) => Audience;
  /** Editable reply bodies: a textarea or a contenteditable element. Searched in the whole document. */
  body: string;
  /** Excludes decoys that match `body` (hidden legacy fields, search boxes…). Default: keep. */
  bodyFilter?: (el: HTMLElement) => boolean;
  /**
   * Send controls. The compose root is the nearest ancestor of the body that contains one of them,
   * so one selector list covers pop-up, full-screen and inline composes alike.
   */
  send: readonly string[];
  /** Further send controls that are sends too (schedule send, "post" variants). Same scope. */
  alsoSend?: readonly string[];
  /**
   * Send controls recognised by their label, for sites whose markup is unknown in advance (the
   * generic adapter): elements matching `selector` for which `test` is true count as send controls,
   * in the compose-root walk and in the click/key guard alike. CSS cannot match text, hence a test.
   */
  sendByText?: { selector: string; test: (el: HTMLElement) => boolean };
  /** Upper bound when walking from the body to its compose root. */
  maxDepth?: number;
  /**
   * A compose root holds exactly one reply body: the walk from a body stops (no root, not tracked) at
   * an ancestor that contains another kept body. For sites whose markup is unknown (the generic
   * adapter), so a page-wide container is never taken as one box's compose.
   */
  exclusiveRoot?: boolean;
  /**
   * Keyboard sends: Ctrl/Cmd+Enter anywhere in the compose; Enter in the body submits (one-line forms);
   * Alt+S anywhere in the compose (Outlook on the web with its "Outlook" keyboard-shortcut set, the desktop
   * app's keys). Alt+S counts only when it types no character (not Option+S on a Mac, not AltGr+S).
   */
  keys: { ctrlEnter: boolean; enterInBody: boolean; altS?: boolean };
  /** Whether a `form` around the reply box is submitted (guard its submit event too). */
  formSubmit?: boolean;
  /**
   * What the site's messages are about, for draftReply: `app` for an app store's reviews, which are about an app
   * (no damaged item to replace, no delivery to trace). Unset: anything.
   */
  replyKind?: 'app';
  /** The message being answered (email or review text), for draftReply. Null when not found. */
  incoming?: (compose: HTMLElement, doc: Document) => IncomingMessage | null;
}

export interface IncomingMessage {
  text: string;
  /** Customer's name when the page shows it. */
  author?: string;
  /** Star rating for reviews (1–5), when shown. */
  rating?: number;
}

/** One reply box the engine found. */
export interface Compose {
  root: HTMLElement;
  body: HTMLElement;
}
