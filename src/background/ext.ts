/**
 * The one module that touches webextension-polyfill (lint forbids it elsewhere). Everything the
 * extension needs from the browser goes through these few functions, so the rest stays testable and
 * a dead extension context is detected in one place.
 */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from '../core/settings';
import { parseFrameStatus, TAB_STATUS_PORT, type FrameStatus } from '../core/tab-status';

/** This extension's id while the context is alive; '' in an orphan. */
export function extensionId(): string {
  try {
    return globalThis.chrome?.runtime?.id ?? '';
  } catch {
    return '';
  }
}

/**
 * False once this script's extension was reloaded, updated or removed: the content script is then an
 * orphan and must stop guarding (fail open).
 */
export function isContextAlive(): boolean {
  return extensionId() !== '';
}

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    // Storage unavailable (context invalidated, quota, corrupted): defaults, never a crash.
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(settings);
  await saveSettings(next);
  return next;
}

/** Calls back with validated settings whenever they change in any tab; stops when signal aborts. */
export function onSettingsChanged(cb: (parsed: ParsedSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    cb(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return;
  }
  signal.addEventListener(
    'abort',
    () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        /* context already gone */
      }
    },
    { once: true },
  );
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * The tab the popup describes: the active tab of the popup's window, or the tab with this id. `url`
 * is null unless Chrome shows it to us: the user opened the popup from our toolbar button (`activeTab`)
 * or the origin is one the user turned on (content-script match patterns do not count). `loading`: the page is still loading
 * (content scripts start when it is done).
 */
export async function popupTab(id?: number): Promise<{ id: number; url: string | null; loading: boolean } | null> {
  const tab = id !== undefined ? await browser.tabs.get(id) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null, loading: tab.status === 'loading' } : null;
}

/**
 * Content script side of the popup's question "what is Cool-Off doing in this tab?": answers each
 * popup that connects to this frame with `read()`, and again on every call of the returned function
 * while that popup is open. Nothing is sent unless a popup asks, and nothing throws: an orphaned
 * script (extension reloaded) is simply not asked. Stops answering when `signal` aborts. Never
 * disconnects a popup's port itself: the popup holds one port to all frames of the tab, and one
 * frame's disconnect would close it for the others.
 */
export function answerTabStatus(read: () => FrameStatus, signal: AbortSignal): () => void {
  const ports = new Set<browser.Runtime.Port>();
  const post = (port: browser.Runtime.Port) => {
    try {
      port.postMessage(read());
    } catch {
      ports.delete(port); // the popup closed, or the extension went away
    }
  };
  const onConnect = (port: browser.Runtime.Port) => {
    if (signal.aborted || port.name !== TAB_STATUS_PORT) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    post(port);
  };
  try {
    browser.runtime.onConnect.addListener(onConnect);
  } catch {
    return () => undefined;
  }
  signal.addEventListener(
    'abort',
    () => {
      ports.clear();
      try {
        browser.runtime.onConnect.removeListener(onConnect);
      } catch {
        /* context already gone */
      }
    },
    { once: true },
  );
  return () => {
    for (const port of ports) post(port);
  };
}

/**
 * Popup side: asks every frame of the tab. `onAnswer` gets each frame's answers as they come (a few
 * milliseconds each); `onClosed` is called once when no frame can answer any more (at once where no
 * Cool-Off runs in the tab). Returns a function that hangs up.
 */
export function askTabStatus(tabId: number, onAnswer: (status: FrameStatus) => void, onClosed: () => void): () => void {
  let port: browser.Runtime.Port;
  try {
    port = browser.tabs.connect(tabId, { name: TAB_STATUS_PORT });
  } catch {
    queueMicrotask(onClosed);
    return () => undefined;
  }
  port.onMessage.addListener((message: unknown) => {
    const status = parseFrameStatus(message);
    if (status) onAnswer(status);
  });
  port.onDisconnect.addListener(() => {
    // "Receiving end does not exist" where no Cool-Off runs in the tab: expected, read so Chrome does not log it.
    void globalThis.chrome?.runtime?.lastError;
    onClosed();
  });
  return () => {
    try {
      port.disconnect();
    } catch {
      /* already closed */
    }
  };
}

export async function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

export async function hasOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [`${origin}/*`] });
}

export function onInstalled(cb: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details) => cb(details.reason));
}

/** The built content script files, as the manifest lists them (names are hashed at build time). */
function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

const CUSTOM_SCRIPT_ID = 'cool-off-custom-sites';

/**
 * Run Cool-Off on the extra origins the user turned on from the popup, for which they granted an
 * optional host permission at that moment. Origins without a granted permission are skipped.
 */
export async function syncCustomSiteScripts(origins: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const o of origins) if (await hasOrigin(o)) granted.push(`${o}/*`);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    { id: CUSTOM_SCRIPT_ID, matches: granted, js: contentScriptFiles(), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Start Cool-Off in the popup's tab right away (after the user turned it on there). */
export async function injectIntoTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
}

/**
 * The toolbar button's warning: a frame where the user types into a box Cool-Off does not check
 * (core/tab-status.ts, `unchecked`) says so to the service worker, which marks the tab's button. Only a
 * change is sent (a few messages a day, not per keystroke), and it carries a yes or no, nothing typed.
 */
const UNCHECKED_MESSAGE = 'cool-off:unchecked-box';
export const UNCHECKED_TITLE = "Cool-Off is not checking the box you're typing in";

/** Content side: this frame has (true) or no longer has (false) a box typed into that is not checked. Never throws. */
export function reportUncheckedBox(unchecked: boolean): void {
  try {
    void browser.runtime.sendMessage({ type: UNCHECKED_MESSAGE, unchecked }).catch(() => undefined);
  } catch {
    /* an orphan (extension reloaded) has no one to tell */
  }
}

/** Service worker side: each frame's report, with its tab and frame; and each tab closed (frame -1). */
export function onUncheckedBoxReport(cb: (tabId: number, frameId: number, unchecked: boolean) => void): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    if (typeof msg !== 'object' || msg === null) return undefined;
    const m = msg as Record<string, unknown>;
    const tabId = sender.tab?.id;
    if (m.type !== UNCHECKED_MESSAGE || typeof m.unchecked !== 'boolean' || typeof tabId !== 'number') return undefined;
    cb(tabId, sender.frameId ?? 0, m.unchecked);
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => cb(tabId, -1, false));
}

/** Marks (or clears) the toolbar button of one tab: "!" on amber, and a title that says why. */
export async function markTab(tabId: number, warn: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: warn ? '!' : '' });
  if (warn) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  await browser.action.setTitle({ tabId, title: warn ? UNCHECKED_TITLE : (browser.runtime.getManifest().action?.default_title ?? 'Cool-Off') });
}
