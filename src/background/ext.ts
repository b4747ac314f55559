/**
 * The one module that touches webextension-polyfill (lint forbids it elsewhere). Everything the
 * extension needs from the browser goes through these few functions, so the rest stays testable and
 * a dead extension context is detected in one place.
 */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from '../core/settings';

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

export async function activeTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
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

/** Start Cool-Off in the active tab right away (after the user turned it on there). */
export async function injectIntoActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.scripting.executeScript({ target: { tabId: tab.id }, files: contentScriptFiles() });
}
