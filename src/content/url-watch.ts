/**
 * Notices when the page changes its own address without loading a new document: a single-page app
 * routing with history.pushState / replaceState (Outlook going from Calendar to Mail), back and
 * forward between such entries (popstate), and hash changes.
 *
 * Why this way. A content script runs in an isolated world: wrapping history.pushState here would
 * only wrap our own world's copy and never see the page's calls. Wrapping it in the page's world
 * would need a second, main-world script and a channel back to us that the page could forge or
 * break. Polling location.href costs time on every page forever. The Navigation API (Chrome 102; our
 * minimum is 116) fires `currententrychange` on the document's one `navigation` object for every
 * same-document navigation, whoever started it (page script, link, back button), after location has
 * changed; the event reaches listeners in every world, ours included. So that is the primary signal.
 * popstate and hashchange also reach every world and cost nothing, so they are listened to as well.
 * Where the Navigation API is missing, a pushState would fire no event at all; SPAs re-render when
 * they route, so a MutationObserver checks location.href once per batch of DOM changes (one string
 * compare), which catches it at the next render.
 *
 * Calls back only when the address really differs from the last one seen; everything stops with
 * `signal`.
 */

/** The part of the Navigation API we use (absent from TypeScript's DOM lib at our version). */
interface NavigationLike extends EventTarget {
  readonly currentEntry?: unknown;
}

export interface UrlWatchDeps {
  /** Defaults to the content script's own window. */
  win?: Window;
  /** The Navigation API object; defaults to `win.navigation`. `null` forces the fallback. */
  navigation?: NavigationLike | null;
}

export function watchUrl(onChange: (href: string) => void, signal: AbortSignal, deps: UrlWatchDeps = {}): void {
  const win = deps.win ?? window;
  const nav = deps.navigation === undefined ? ((win as unknown as { navigation?: NavigationLike }).navigation ?? null) : deps.navigation;
  let last = win.location.href;
  const check = () => {
    if (signal.aborted) return;
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const opts = { signal } as const;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('currententrychange', check, opts);
  win.addEventListener('popstate', check, opts);
  win.addEventListener('hashchange', check, opts);
  if (!nav) {
    const observer = new MutationObserver(check);
    observer.observe(win.document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
}
