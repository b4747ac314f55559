/**
 * A site the user turns on from the popup, end to end: the generic adapter on a help-desk page served
 * at https://support.example.com (test/fixtures/sites/generic.html says where its shapes come from).
 *
 * The popup's "Turn on for support.example.com" asks Chrome for that one origin, and Chrome shows a
 * permission prompt that automation cannot click. So this suite loads a copy of dist/ whose manifest
 * already holds that origin, which is the state after the user clicked Allow, and then does what the
 * popup does next: it adds the origin to `customSites`. From there everything is the shipped code: the
 * service worker registers the content script for that origin, the page loads it, and the generic
 * adapter finds the reply boxes by their shape.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badge, DIST, overlay, sends, sharedSession } from './harness';

const ORIGIN = 'https://support.example.com';
const TICKET = `${ORIGIN}/tickets/5123`;
const ANGRY = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
const CALM = "I'm so sorry your order arrived damaged; we'll replace it today.";

let copy = '';
/** dist/ as it is after the user allowed support.example.com at the popup's permission prompt. */
function grantedCopy(): string {
  copy = mkdtempSync(join(tmpdir(), 'cool-off-granted-'));
  cpSync(DIST, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`${ORIGIN}/*`];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  return copy;
}
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const s = sharedSession(
  [
    { pattern: `${ORIGIN}/**`, fixture: 'sites/generic.html' },
    { pattern: 'https://other.example.org/**', fixture: 'sites/generic.html' },
  ],
  { delaySeconds: 2 },
  grantedCopy,
);

/** What the popup does once the permission is granted: add the origin to the user's sites. */
async function setCustomSites(origins: string[]): Promise<void> {
  await s.setSettings({ customSites: origins });
  // the service worker (re)registers the content script for exactly these origins
  await expect
    .poll(
      () =>
        s.worker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).flatMap((c) => c.matches ?? []),
        ),
      { timeout: 10_000 },
    )
    .toEqual(origins.map((o) => `${o}/*`));
}

/** The ticket page with no Cool-Off on it: no badge, and an angry reply goes out on the first click. */
async function expectUnguarded(): Promise<void> {
  const page = await s.open(TICKET);
  await page.waitForTimeout(1000);
  expect(await badge(page).count()).toBe(0);
  await page.locator('#reply-text').fill(ANGRY);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect.poll(async () => (await sends(page)).length).toBe(1);
  expect(await overlay(page).count()).toBe(0);
  await page.close();
}

async function openTicket(): Promise<Page> {
  const page = await s.open(TICKET);
  await expect.poll(() => badge(page).count(), { timeout: 10_000 }).toBe(2);
  return page;
}

describe('a site turned on from the popup (generic adapter)', () => {
  it('is not touched before the user turns it on', async () => {
    await expectUnguarded();
  });

  it('once on: an angry reply in the form is held, a calm one is sent at once', async () => {
    await setCustomSites([ORIGIN]);
    const page = await openTicket();
    await page.locator('#reply-text').click();
    await page.keyboard.type(ANGRY);
    await page.getByRole('button', { name: 'Send reply' }).click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await dlg.innerText()).toMatch(/READ|wasting my time|your fault/);
    expect(await sends(page)).toEqual([]);
    // Back to editing, replace the draft with a calm one: it goes out on the first click.
    await page.keyboard.press('Escape');
    await expect.poll(() => dlg.count()).toBe(0);
    await page.locator('#reply-text').fill('');
    await page.locator('#reply-text').click();
    await page.keyboard.type(CALM);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]).toMatchObject({ id: 'reply', text: CALM });
    await page.close();
  });

  it('the rich-text comment editor is guarded on its Post button and on Ctrl+Enter; the notes box is not a reply box', async () => {
    const page = await openTicket();
    const editor = page.locator('#comment-box .editor');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${ANGRY}`);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator('#post-comment').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await sends(page)).toEqual([]);
    // Internal notes have no send control ("Save note"): not watched, never held.
    await page.locator('#notes').fill(ANGRY);
    await page.locator('#save-note').click();
    await page.waitForTimeout(300);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('runs only on the origin the user turned on', async () => {
    const page = await s.open('https://other.example.org/tickets/5123');
    await page.waitForTimeout(1000);
    expect(await badge(page).count()).toBe(0);
    await page.close();
  });

  it('turned off again (removed in the options): the page is left alone after a reload', async () => {
    await setCustomSites([]);
    await expectUnguarded();
  });
});
