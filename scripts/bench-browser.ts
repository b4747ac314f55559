/**
 * Keystroke cost in the real browser: type into the Gmail demo compose in Chromium, with Cool-Off
 * loaded and without it. For each key, the time from the first keydown listener (installed before
 * any other script) to the end of the input event's dispatch: every handler on the keystroke path,
 * ours included, plus the editor's own work. Cool-Off's scoring is debounced off this path, so the
 * two should be close. (performance.now() is coarsened to 0.1 ms here, so means are shown too.)
 * Also main-thread long tasks (> 50 ms): while the page loads, while the first draft is typed, when
 * Send is held (until the overlay shows), when "Use calm rewrite" is clicked, and when "Draft a calm
 * reply" is clicked on a reply to the demo's customer message.
 *
 *   npm run bench        (runs this after the scorer benchmark; needs `npm run build` first)
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
// BENCH_DIST=<dir>: measure another build (e.g. an older commit's, built with `vite build --outDir`) with this same script
const DIST = resolve(process.env.BENCH_DIST ?? join(ROOT, 'dist'));
const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/gmail/inbox.html'));
const TEXT =
  'Hi Dana, thanks for writing. Did you even READ the listing?! This is your fault, not ours. We can replace the lamp today. ';
const ROUNDS = 3;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

interface Measured {
  keys: number[];
  /** Per page load: total ms of long tasks (> 50 ms) until the compose box is ready and 1 s after. */
  load: number[];
  /** Per page load: total ms of long tasks while the first draft is typed and scored (and 0.5 s after). */
  typing: number[];
  /** With Cool-Off, per page load, 2 s after typing: long tasks (ms) from Ctrl+Enter until the hold's overlay shows (+0.3 s), and its wall time. */
  hold: { longMs: number; wallMs: number }[];
  /** Then long tasks (ms) when "Use calm rewrite" is clicked (+0.3 s). */
  rewrite: number[];
  /** On a reply to the demo's customer message, 2.5 s after it opens: long tasks (ms) when "Draft a calm reply" is clicked (+0.5 s). */
  draft: number[];
}

async function measure(withExtension: boolean): Promise<Measured> {
  const profile = mkdtempSync(join(tmpdir(), 'cool-off-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      ...(withExtension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : ['--disable-extensions']),
    ],
  });
  await ctx.route('**/*', (r) => (r.request().url().startsWith('chrome-extension://') ? r.continue() : r.abort()));
  await ctx.route('https://mail.google.com/**', (r) => r.fulfill({ contentType: 'text/html', body: FIXTURE }));
  if (withExtension && !ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker');
  // Main world, before the page's and the extension's scripts: first keydown listener, last input listener.
  await ctx.addInitScript(() => {
    const w = window as unknown as { __keyCost: number[]; __longTasks: number[] };
    w.__keyCost = [];
    w.__longTasks = [];
    // main-thread tasks over 50 ms from page start (the content script's start-up runs on this thread too)
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    let t0 = 0;
    window.addEventListener('keydown', () => { t0 = performance.now(); }, true);
    window.addEventListener('input', () => {
      // queued after the input event's dispatch completes (all listeners, capture and bubble)
      const start = t0;
      queueMicrotask(() => { if (start) w.__keyCost.push(performance.now() - start); });
    }, true);
  });
  const durations: number[] = [];
  const load: number[] = [];
  const typing: number[] = [];
  const hold: Measured['hold'] = [];
  const rewrite: number[] = [];
  const draft: number[] = [];
  const longTaskTotal = () => page0!.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.reduce((a, b) => a + b, 0));
  let page0: import('playwright-core').Page | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const page = await ctx.newPage();
    page0 = page;
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    if (withExtension) await page.locator('cool-off-badge').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    const loaded = await longTaskTotal();
    load.push(loaded);
    await page.locator('[g_editable="true"]').first().click();
    await page.keyboard.type(TEXT, { delay: 15 });
    await page.waitForTimeout(500);
    const typed = await longTaskTotal();
    typing.push(typed - loaded);
    durations.push(...(await page.evaluate(() => (window as unknown as { __keyCost: number[] }).__keyCost))); // the typed keys only
    if (withExtension) {
      // the draft is angry: Send is held. What the user waits for: the overlay, then the rewrite.
      await page.waitForTimeout(2000);
      const before = await longTaskTotal();
      const t0 = Date.now();
      await page.keyboard.press('Control+Enter');
      await page.locator('cool-off-overlay [role="dialog"]').waitFor({ state: 'visible' });
      const wallMs = Date.now() - t0;
      await page.waitForTimeout(300);
      const held = await longTaskTotal();
      hold.push({ longMs: held - before, wallMs });
      await page.locator('cool-off-overlay').getByRole('button', { name: /Use calm rewrite/ }).click();
      await page.waitForTimeout(300);
      rewrite.push((await longTaskTotal()) - held);
      // a reply to the customer's message offers "Draft a calm reply" before anything is typed
      await page.goto('https://mail.google.com/mail/u/0/?compose=0#inbox');
      await page.locator('#reply-button').click();
      await page.locator('cool-off-badge').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(2500);
      const ready = await longTaskTotal();
      await page.locator('cool-off-badge').first().getByRole('button', { name: /Draft a calm reply/ }).click();
      await page.waitForTimeout(500);
      draft.push((await longTaskTotal()) - ready);
    }
    await page.close();
  }
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
  return { keys: durations, load, typing, hold, rewrite, draft };
}

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('bench-browser: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const without = await measure(false);
const withUs = await measure(true);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const row = (name: string, xs: number[]) =>
  `${name.padEnd(22)} ${String(xs.length).padStart(6)}  ${median(xs).toFixed(3).padStart(9)}  ${mean(xs).toFixed(3).padStart(9)}  ${pct(xs, 0.95).toFixed(3).padStart(9)}  ${Math.max(...xs).toFixed(3).padStart(9)}`;
console.log('\nKeystroke path on the main thread (keydown → input dispatched, ms), Gmail demo compose:');
console.log(`${'browser'.padEnd(22)} ${'keys'.padStart(6)}  ${'median'.padStart(9)}  ${'mean'.padStart(9)}  ${'p95'.padStart(9)}  ${'max'.padStart(9)}`);
console.log(row('without Cool-Off', without.keys));
console.log(row('with Cool-Off', withUs.keys));
console.log(`added per keystroke: median ${(median(withUs.keys) - median(without.keys)).toFixed(3)} ms, mean ${(mean(withUs.keys) - mean(without.keys)).toFixed(3)} ms`);
const loads = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`\nPage load, main-thread long tasks (> 50 ms) until the compose box is ready + 1 s, total ms per load:`);
console.log(`  without Cool-Off: ${loads(without.load)}   with Cool-Off: ${loads(withUs.load)}`);
console.log(`While the first draft is typed and scored, main-thread long tasks, total ms per load:`);
console.log(`  without Cool-Off: ${loads(without.typing)}   with Cool-Off: ${loads(withUs.typing)}`);
console.log(`Send on the angry draft (held): long tasks until the overlay shows, ms: ${loads(withUs.hold.map((h) => h.longMs))}; Ctrl+Enter to overlay visible (wall, with the test driver's overhead): ${loads(withUs.hold.map((h) => h.wallMs))} ms`);
console.log(`"Use calm rewrite" clicked: long tasks, ms: ${loads(withUs.rewrite)}`);
console.log(`"Draft a calm reply" clicked (nothing typed yet): long tasks, ms: ${loads(withUs.draft)}`);
