/**
 * `npm start`: after the build, open Debian's Chromium with dist/ loaded on the bundled demo pages.
 * The demo pages are served by a small server on localhost, and the browser reaches them at the
 * sites' real addresses (https://mail.google.com/…) through route interception, so the extension's
 * own match patterns apply exactly as on the real sites. Nothing leaves the machine: every other
 * request is refused.
 *
 *   npm start                 a window (needs a display)
 *   npm start -- --headless   no display: saves screenshots to test-results/demo/ and exits
 */
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, existsSync, rmSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const FIX = join(ROOT, 'test/fixtures');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

/**
 * Demo pages: the real address each one stands for, and the fixture file behind it. A `frame` demo is
 * not opened in a tab of its own: it is the document of a frame inside another demo.
 */
const DEMOS: Array<{ url: string; pattern: string; file: string; title: string; frame?: boolean }> = [
  { title: 'Gmail', url: 'https://mail.google.com/mail/u/0/#inbox', pattern: 'https://mail.google.com/**', file: 'gmail/inbox.html' },
  { title: 'Google Business Profile', url: 'https://business.google.com/reviews', pattern: 'https://business.google.com/**', file: 'sites/google-business.html' },
  { title: 'Google Search, your business\'s reviews (Spanish UI)', url: 'https://www.google.com/search?q=my+business&hl=es', pattern: 'https://www.google.com/search**', file: 'sites/google-search-merchant.html' },
  { title: 'Google reviews frame', url: '', pattern: 'https://www.google.com/local/business/**', file: 'sites/google-merchant-reviews.html', frame: true },
  { title: 'Yelp for Business', url: 'https://biz.yelp.com/r2r/sunny-side-cafe', pattern: 'https://biz.yelp.com/**', file: 'sites/yelp.html' },
  { title: 'Trustpilot Business', url: 'https://businessapp.b2b.trustpilot.com/reviews', pattern: 'https://businessapp.b2b.trustpilot.com/**', file: 'sites/trustpilot.html' },
  { title: 'Tripadvisor Management Center', url: 'https://www.tripadvisor.com/ManagementCenter', pattern: 'https://www.tripadvisor.com/**', file: 'sites/tripadvisor.html' },
  { title: 'Google Play Console', url: 'https://play.google.com/console/u/0/developers/1/app/1/user-feedback/reviews', pattern: 'https://play.google.com/console/**', file: 'sites/play-console.html' },
  { title: 'App Store Connect', url: 'https://appstoreconnect.apple.com/apps/1/distribution/activity/ios/ratingsResponses', pattern: 'https://appstoreconnect.apple.com/**', file: 'sites/app-store-connect.html' },
  { title: 'Outlook', url: 'https://outlook.office.com/mail/inbox', pattern: 'https://outlook.office.com/**', file: 'sites/outlook.html' },
  { title: 'Outlook (Deutsch)', url: 'https://outlook.office365.com/mail/?hl=de', pattern: 'https://outlook.office365.com/**', file: 'sites/outlook.html' },
].filter((d) => existsSync(join(FIX, d.file)));

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('cool-off: dist/ is missing. Run `npm run build` (npm start does it for you).');
  process.exit(1);
}

// The local demo server: serves the fixture files on 127.0.0.1.
const server = createServer((req, res) => {
  const demo = DEMOS.find((d) => req.url === `/${d.file}`);
  if (!demo) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(FIX, demo.file)));
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const port = (server.address() as { port: number }).port;
console.log(`Demo pages served on http://127.0.0.1:${port}/`);

const profile = mkdtempSync(join(tmpdir(), 'cool-off-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  args: [
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`,
  ],
});
await context.route('**/*', (route) =>
  route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort('blockedbyclient'),
);
for (const d of DEMOS) {
  await context.route(d.pattern, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const r = await fetch(`http://127.0.0.1:${port}/${d.file}`);
    return route.fulfill({ status: r.status, contentType: 'text/html; charset=utf-8', body: await r.text() });
  });
}

const pages = [];
for (const d of DEMOS) {
  if (d.frame) continue;
  const page = await context.newPage();
  await page.goto(d.url);
  pages.push({ page, d });
  console.log(`  ${d.title}: ${d.url}`);
}

if (headless) {
  const out = join(ROOT, 'test-results/demo');
  mkdirSync(out, { recursive: true });
  for (const { page, d } of pages) {
    await page.waitForTimeout(800);
    if (d.file === 'gmail/inbox.html') {
      // Show what a user sees: an angry draft held on Send.
      await page.locator('[g_editable="true"]').first().click();
      await page.keyboard.type('Did you even READ my email?! Stop wasting my time. This is your fault, not ours.');
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(600);
    }
    const reviews = page.frames().find((f) => f.url().includes('/local/business/'));
    if (reviews) {
      // The reply box is inside Google's reviews frame: an angry reply is held there too.
      await reviews.locator('.FkJOzc textarea[jsname="YPqjbf"]').click();
      await page.keyboard.type('Did you even read the menu? Nobody else complains. Not our problem.');
      await reviews.locator('.FkJOzc button[jsname="hrGhad"]').click();
      await page.waitForTimeout(600);
    }
    const name = d.title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    await page.screenshot({ path: join(out, `${name}.png`) });
    console.log(`  screenshot: test-results/demo/${name}.png`);
  }
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
} else {
  // Start on the demo inbox; the review-site demos are the other tabs.
  await pages[0]?.page.bringToFront();
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  context.on('close', stop);
  process.once('SIGINT', () => void context.close().finally(stop));
}
