/**
 * End-to-end harness: Debian's Chromium (/usr/bin/chromium) with the built dist/ loaded as an
 * unpacked extension, driven by playwright-core. Fixture pages are served at the sites' REAL URLs by
 * route interception, so the manifest's own match patterns decide where Cool-Off runs. Every other
 * request from any context (pages, the service worker, extension pages) is refused and recorded:
 * `network()` lists them, and the suite asserts it stays empty.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Let routes and request events see the service worker's own requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export interface Site {
  /** URL glob as the real site serves it, e.g. 'https://mail.google.com/**' */
  pattern: string;
  /** Fixture file under test/fixtures. */
  fixture: string;
}

export const GMAIL: Site = { pattern: 'https://mail.google.com/**', fixture: 'gmail/inbox.html' };
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that tried to leave the machine (anything not a served fixture). */
  network(): string[];
  open(url: string): Promise<Page>;
  /** Write settings into storage.sync the way the options page does. */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=MediaRouter,OptimizationHints,Translate,AutofillServerCommunication',
  '--metrics-recording-only',
];

/**
 * Chromium with the built extension, in a fresh profile. A first launch on a cold, busy machine can
 * stall (seen in CI: over 60 s; once two 45 s attempts in a row), so each launch gets a bounded time
 * and up to two more tries with a new profile rather than failing the whole suite.
 */
async function launchContext(headless: boolean, extension: string): Promise<{ context: BrowserContext; userDataDir: string }> {
  for (let attempt = 1; ; attempt++) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'cool-off-e2e-'));
    try {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless,
        viewport: { width: 1280, height: 860 },
        args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
        timeout: 40_000,
      });
      return { context, userDataDir };
    } catch (e) {
      rmSync(userDataDir, { recursive: true, force: true });
      if (attempt >= 3) throw e;
    }
  }
}

/**
 * `extension`: the unpacked extension to load, the built dist/ unless a test prepares a copy (for
 * instance one whose manifest already holds a permission the user would grant at a prompt, which
 * automation cannot click).
 */
export async function launch(sites: Site[] = [GMAIL], opts: { headless?: boolean; extension?: string } = {}): Promise<Session> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is not built: run `npm run build` first');
  const { context, userDataDir } = await launchContext(opts.headless ?? true, opts.extension ?? DIST);
  const blocked: string[] = [];
  // Catch-all first: Playwright tries routes last-registered first, so site routes below win.
  await context.route('**/*', (route) => {
    // The extension's own files (the content script's module chunks) are local, not network.
    if (route.request().url().startsWith(`chrome-extension://`)) return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  for (const site of sites) {
    const html = readFileSync(join(FIXTURES, site.fixture));
    await context.route(site.pattern, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fallback(),
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // Wait for the install-time normalization of settings, so a test's own writes come after it.
  for (let i = 0; i < 50; i++) {
    const ready = await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings !== undefined);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    context,
    worker,
    extensionId,
    network: () => [...blocked],
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    setSettings: async (patch) => {
      await worker.evaluate(async (p) => {
        const got = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { version: 1, ...(got.settings ?? {}), ...p } });
      }, patch);
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Type into the focused editor like a person: real key events, so input events fire. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 0 });
}

/** What the site's stand-in send handler recorded (in a page, or in the frame that holds the reply box). */
export async function sends(page: Page | Frame): Promise<Array<{ id: string; text: string; how: string; html?: string }>> {
  return page.evaluate(() => (window as unknown as { __sent: Array<{ id: string; text: string; how: string; html?: string }> }).__sent);
}

/** Locator for our overlay dialog (inside its open shadow root; Playwright pierces open roots). */
export function overlay(page: Page | Frame) {
  return page.locator('cool-off-overlay [role="dialog"]');
}

export function badge(page: Page | Frame) {
  return page.locator('cool-off-badge');
}

/**
 * One browser for a whole test file: launched (with these settings) before its tests and closed
 * after them, asserting that no request from any context tried to leave the machine.
 */
export function sharedSession(sites: Site[] = [GMAIL], settings: Record<string, unknown> = {}, extension?: () => string): Session {
  let cur: Session | undefined;
  beforeAll(async () => {
    cur = await launch(sites, extension ? { extension: extension() } : {});
    if (Object.keys(settings).length) await cur.setSettings(settings);
  });
  afterAll(async () => {
    const net = cur?.network() ?? [];
    await cur?.close();
    cur = undefined;
    expect(net).toEqual([]);
  });
  const get = (): Session => {
    if (!cur) throw new Error('the shared browser session is not running');
    return cur;
  };
  return {
    get context() { return get().context; },
    get worker() { return get().worker; },
    get extensionId() { return get().extensionId; },
    network: () => get().network(),
    open: (url) => get().open(url),
    setSettings: (patch) => get().setSettings(patch),
    close: () => get().close(),
  };
}

/**
 * The toolbar popup for this page's tab. Automation cannot click the toolbar button, so the popup
 * page opens in a tab of its own, with `?tab=<id>` naming the page's tab: the popup's one test hook
 * (src/popup/main.tsx). The page's tab id is the active tab's once the page is brought to the front.
 */
export async function popupFor(s: Session, page: Page): Promise<Page> {
  await page.bringToFront();
  const ids = await s.worker.evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id));
  if (ids.length !== 1) throw new Error(`expected one active tab, found ${ids.length}`);
  return s.open(`chrome-extension://${s.extensionId}/src/popup/index.html?tab=${ids[0]}`);
}

/** The popup's status line, whitespace collapsed: pill text, then the sentence. */
export async function popupStatus(popup: Page): Promise<string> {
  return (await popup.locator('[role="status"]').innerText()).replace(/\s+/g, ' ').trim();
}

/** Gmail's inbox at its real URL, once the content script has found the compose present at load. */
export async function openInbox(s: Session, query = ''): Promise<Page> {
  const page = await s.open(`https://mail.google.com/mail/u/0/${query}#inbox`);
  await badge(page).first().waitFor({ state: 'attached' });
  return page;
}
