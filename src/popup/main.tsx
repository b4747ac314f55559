/**
 * Toolbar popup: what Cool-Off is doing in this tab, a switch for the tab's site, pause for an hour,
 * options.
 *
 * "What it is doing in this tab" comes from the tab itself: the popup opens one port to all frames
 * of its tab, and each copy of the content script running there answers with its site and how many
 * reply boxes it tracks (core/tab-status.ts); frames without Cool-Off do not answer. The answer is
 * current by construction (a frame that is gone, or a page we no longer run on, cannot claim boxes),
 * needs no permission, no record in the service worker, and no message from any page while no popup
 * is open. The tab's site comes from those answers too. The tab's address is shown to us only
 * through `activeTab` (the user clicked our toolbar button; content-script matches are no host
 * permission) and on sites the user turned on; it fills in for a tab where nothing answers (a tab
 * open since before an install or update, a site to offer "Turn on for" on). In the e2e suite, where
 * no toolbar button can be clicked, it is null on the built-in sites.
 */
import { render } from 'preact';
import { Popup } from '../ui/Popup';
import { pageCss } from '../ui/styles';
import { ADAPTERS, pickAdapter, siteFor } from '../sites';
import type { Settings, SiteId } from '../core/settings';
import { summarizeTab, type FrameStatus } from '../core/tab-status';
import {
  askTabStatus,
  injectIntoTab,
  loadSettings,
  openOptionsPage,
  popupTab,
  requestOrigin,
  updateSettings,
} from '../background/ext';
import type { PopupData } from '../ui/types';

const HOUR = 60 * 60 * 1000;
/** How long the first drawing waits for the tab's frames (they answer within milliseconds). */
const FIRST_ANSWER_MS = 300;
/** After the first answer, a moment for the other frames' answers, so the first drawing is whole. */
const MORE_ANSWERS_MS = 40;

const style = document.createElement('style');
style.textContent = pageCss;
document.head.append(style);
const app = document.getElementById('app')!;

// Test-only hook: the end-to-end suite cannot click the toolbar button, so it opens this page in a
// tab of its own, where "the active tab" would be this page itself; `?tab=<id>` names the tab to
// describe instead. It changes only which tab the popup reports on (what that tab's own popup would
// show, no more), and Chrome never opens the popup with it.
const tabParam = new URLSearchParams(location.search).get('tab') ?? '';
const requestedTab = /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : undefined;

let tab: Awaited<ReturnType<typeof popupTab>> = null;
let settings: Settings | null = null;
const frames = new Map<string, FrameStatus>();
let hangUp: () => void = () => undefined;
let drawQueued = false;
let firstDrawn = false;

function labelOf(id: SiteId): string {
  return ADAPTERS.find((a) => a.id === id)?.label ?? id;
}

/** The tab's built-in site: as its frames say, else by its address when Chrome shows it. */
function builtInSite(answered: FrameStatus['site'], url: string | null): SiteId | null {
  if (answered === 'generic') return null;
  if (answered) return answered;
  const id = url ? siteFor(url)?.id : undefined;
  return id && id !== 'generic' ? id : null;
}

function httpOrigin(href: string | null): URL | null {
  try {
    const u = href ? new URL(href) : null;
    return u && (u.protocol === 'https:' || u.protocol === 'http:') ? u : null;
  } catch {
    return null;
  }
}

/** (Re)ask the tab's frames; each answer (and each change while the popup is open) redraws. */
function ask(onFirst?: () => void): void {
  hangUp();
  frames.clear();
  if (!tab) {
    onFirst?.();
    return;
  }
  let first = true;
  const firstSignal = (delay: number) => {
    if (!first) return;
    first = false;
    setTimeout(() => onFirst?.(), delay);
  };
  hangUp = askTabStatus(
    tab.id,
    (status) => {
      frames.set(status.id, status);
      firstSignal(MORE_ANSWERS_MS);
      queueDraw();
    },
    () => {
      firstSignal(0);
      queueDraw();
    },
  );
}

function queueDraw(): void {
  if (!firstDrawn || drawQueued) return;
  drawQueued = true;
  queueMicrotask(() => {
    drawQueued = false;
    draw();
  });
}

const change = async (f: (s: Settings) => Settings) => {
  settings = await updateSettings(f);
  draw();
};

function draw(): void {
  if (!settings) return;
  const s = settings;
  const url = tab?.url ?? null;
  // Nothing answering is a missing script only where one should run and the page has finished loading.
  const expected = url !== null && !tab?.loading && pickAdapter(url, s.customSites) !== null;
  const summary = summarizeTab(frames.values(), expected);
  const page = httpOrigin(url) ?? httpOrigin(summary.origin);
  const origin = page?.origin ?? null;
  const host = page?.host ?? null;
  const siteId = builtInSite(summary.site, url);
  const custom = !siteId && (summary.site === 'generic' || (origin !== null && s.customSites.includes(origin)));
  const data: PopupData = {
    siteLabel: siteId ? labelOf(siteId) : custom ? host : null,
    siteEnabled: siteId ? s.sites[siteId] : custom,
    tab: summary.state,
    pausedUntil: s.pausedUntil,
    now: Date.now(),
    canEnableHere: !siteId && !custom && origin !== null,
    host,
  };
  const tabId = tab?.id;
  render(
    <Popup
      data={data}
      actions={{
        setSiteEnabled: (enabled) =>
          void change((x) =>
            siteId
              ? { ...x, sites: { ...x.sites, [siteId]: enabled } }
              : { ...x, customSites: enabled ? x.customSites : x.customSites.filter((o) => o !== origin) },
          ),
        pauseOneHour: () => void change((x) => ({ ...x, pausedUntil: Date.now() + HOUR })),
        resume: () => void change((x) => ({ ...x, pausedUntil: 0 })),
        openOptions: () => void openOptionsPage().then(() => window.close()),
        enableHere: origin
          ? () =>
              void requestOrigin(origin).then((granted) =>
                granted
                  ? change((x) => ({ ...x, customSites: [...new Set([...x.customSites, origin])] }))
                      .then(() => (tabId !== undefined ? injectIntoTab(tabId) : undefined))
                      .catch(() => undefined)
                      .then(() => ask())
                  : draw(),
              )
          : undefined,
      }}
    />,
    app,
  );
}

async function main(): Promise<void> {
  tab = await popupTab(requestedTab).catch(() => null);
  const answered = new Promise<void>((resolve) => {
    ask(resolve);
    setTimeout(resolve, FIRST_ANSWER_MS);
  });
  settings = (await loadSettings()).settings;
  await answered;
  firstDrawn = true;
  draw();
}

void main();
