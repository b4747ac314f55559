/**
 * Service worker. Settings are read by each page directly, so little happens here:
 *  - on install/update, stored settings are normalized (validated, versioned);
 *  - the extra sites the user turned on from the popup get Cool-Off's content script, under the
 *    optional host permission granted for exactly that origin.
 * It makes no network request, ever.
 */
import { loadSettings, onInstalled, onSettingsChanged, saveSettings, syncCustomSiteScripts } from './ext';

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
