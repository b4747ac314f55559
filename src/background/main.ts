/**
 * Service worker. Settings are read by each page directly, so little happens here:
 *  - on install/update, stored settings are normalized (validated, versioned);
 *  - the extra sites the user turned on from the popup get Cool-Off's content script, under the
 *    optional host permission granted for exactly that origin;
 *  - a tab where the user types into a reply box Cool-Off does not check gets a "!" on the toolbar
 *    button (the site changed its markup: the guard would otherwise be lost without a word).
 * It makes no network request, ever.
 */
import { loadSettings, markTab, onInstalled, onSettingsChanged, onUncheckedBoxReport, saveSettings, syncCustomSiteScripts } from './ext';

onInstalled(async (reason) => {
  const { settings } = await loadSettings();
  if (reason === 'install' || reason === 'update') await saveSettings(settings);
  await syncCustomSiteScripts(settings.customSites).catch(() => undefined);
});

let lastCustom = '';
onSettingsChanged(({ settings }) => {
  const key = settings.customSites.join(' ');
  if (key === lastCustom) return;
  lastCustom = key;
  void syncCustomSiteScripts(settings.customSites).catch(() => undefined);
}, new AbortController().signal);

/**
 * Frames, per tab, that report a box typed into and not checked. Held in memory only: if the worker is
 * stopped and started again, the next report from the tab sets the button right (a frame reports each
 * change, and its leaving).
 */
const unchecked = new Map<number, Set<number>>();
onUncheckedBoxReport((tabId, frameId, has) => {
  const frames = unchecked.get(tabId) ?? new Set<number>();
  if (frameId === -1) frames.clear(); // the tab closed
  else if (has) frames.add(frameId);
  else frames.delete(frameId);
  if (frames.size) unchecked.set(tabId, frames);
  else unchecked.delete(tabId);
  if (frameId !== -1) void markTab(tabId, frames.size > 0).catch(() => undefined);
});
