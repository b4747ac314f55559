/** Toolbar popup: is Cool-Off on for this tab's site, a switch for it, pause for an hour, options. */
import { render } from 'preact';
import { Popup } from '../ui/Popup';
import { pageCss } from '../ui/styles';
import { siteFor } from '../sites';
import type { Settings } from '../core/settings';
import { activeTabUrl, injectIntoActiveTab, loadSettings, openOptionsPage, requestOrigin, updateSettings } from '../background/ext';
import type { PopupData } from '../ui/types';

const HOUR = 60 * 60 * 1000;
const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);
const app = document.getElementById('app')!;

async function draw(): Promise<void> {
  const [{ settings }, url] = await Promise.all([loadSettings(), activeTabUrl().catch(() => null)]);
  const adapter = url ? siteFor(url) : null;
  let origin: string | null = null;
  let host: string | null = null;
  try {
    const u = url ? new URL(url) : null;
    if (u && (u.protocol === 'https:' || u.protocol === 'http:')) {
      origin = u.origin;
      host = u.host;
    }
  } catch {
    /* not a web page */
  }
  const custom = origin !== null && settings.customSites.includes(origin);
  const siteId = adapter && adapter.id !== 'generic' ? adapter.id : null;
  const data: PopupData = {
    siteLabel: adapter ? adapter.label : custom ? host : null,
    siteEnabled: siteId ? settings.sites[siteId] : custom,
    pausedUntil: settings.pausedUntil,
    now: Date.now(),
    canEnableHere: !adapter && !custom && origin !== null,
    host,
  };
  const change = async (f: (s: Settings) => Settings) => {
    await updateSettings(f);
    await draw();
  };
  render(
    <Popup
      data={data}
      actions={{
        setSiteEnabled: (enabled) =>
          void change((s) =>
            siteId
              ? { ...s, sites: { ...s.sites, [siteId]: enabled } }
              : { ...s, customSites: enabled ? s.customSites : s.customSites.filter((o) => o !== origin) },
          ),
        pauseOneHour: () => void change((s) => ({ ...s, pausedUntil: Date.now() + HOUR })),
        resume: () => void change((s) => ({ ...s, pausedUntil: 0 })),
        openOptions: () => void openOptionsPage().then(() => window.close()),
        enableHere: origin
          ? () =>
              void requestOrigin(origin).then((granted) =>
                granted
                  ? change((s) => ({ ...s, customSites: [...new Set([...s.customSites, origin])] })).then(() =>
                      injectIntoActiveTab().catch(() => undefined),
                    )
                  : draw(),
              )
          : undefined,
      }}
    />,
    app,
  );
}

void draw();
