/**
 * A built-in site that changed its markup must not fail silently. QA renamed the classes of Gmail's
 * Send toolbar (`.IZ`, `.Up`, as a Gmail deploy does): Cool-Off found no reply box, showed no badge,
 * and an angry reply went out with no hold, with nothing to say the protection was gone. Now the
 * toolbar popup says that the box being typed in is not checked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { badge, FIXTURES, openInbox, popupFor, popupStatus, sharedSession } from './harness';

const ANGRY = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
const READY = 'On On for Gmail — no reply box on this page yet.';
const UNCHECKED =
  "Not checking Not checking the box you're typing in. Gmail may have changed how its reply boxes look; replies sent from there get " +
  'no cool-off. Until Cool-Off is updated for this, read your reply again before you send it.';
/** Longer than a check takes to follow the typing (one per box per second). */
const SETTLE_MS = 1600;

const s = sharedSession();

/** Gmail as after a deploy that renamed its Send toolbar's classes (QA's renaming). */
async function renamedGmail(): Promise<{ page: Page; done: () => Promise<void> }> {
  const url = 'https://mail.google.com/mail/u/1/**';
  const html = readFileSync(join(FIXTURES, 'gmail/inbox.html'), 'utf8')
    .replace('<div class="IZ">', '<div class="Hq7">')
    .replace('<td class="gU Up">', '<td class="gU Kx2">');
  const serve = (route: Route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fallback();
  await s.context.route(url, serve);
  const page = await s.open('https://mail.google.com/mail/u/1/#inbox');
  return {
    page,
    done: async () => {
      await page.close();
      await s.context.unroute(url, serve);
    },
  };
}

/** The toolbar button's badge text and title on this page's tab (the tab is made the active one). */
async function toolbar(page: Page): Promise<{ text: string; title: string }> {
  await page.bringToFront();
  return s.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true });
    return { text: await chrome.action.getBadgeText({ tabId: tab!.id }), title: await chrome.action.getTitle({ tabId: tab!.id }) };
  });
}

async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Search mail' }).click();
  await page.keyboard.type(text);
}

describe('typing in a box Cool-Off does not check, on a built-in site', () => {
  it('Gmail with its Send toolbar renamed: the popup says the box is not checked (and not before the user types)', async () => {
    const { page, done } = await renamedGmail();
    try {
      const popup = await popupFor(s, page);
      await expect.poll(() => popupStatus(popup)).toBe(READY);
      // the search box is no reply box, however much is typed there
      await searchFor(page, 'invoice from the customer who wrote last week about the refund');
      await page.waitForTimeout(SETTLE_MS);
      expect(await popupStatus(popup)).toBe(READY);

      await page.bringToFront();
      await page.click('#compose-button');
      await page.keyboard.type(ANGRY);
      // the failure QA saw: no badge on the box
      expect(await badge(page).count()).toBe(0);
      // the open popup hears it; one opened afterwards says it too
      await expect.poll(() => popupStatus(popup), { timeout: 5000 }).toBe(UNCHECKED);
      await popup.close();
      const again = await popupFor(s, page);
      await expect.poll(() => popupStatus(again)).toBe(UNCHECKED);
      // the status line is a live region: a screen reader hears it
      expect(await again.locator('[role="status"]').count()).toBe(1);
      await again.close();
    } finally {
      await done();
    }
  });

  it('the usual Gmail: typing a reply and searching leave the popup at "checking"', async () => {
    const page = await openInbox(s);
    await page.click('#compose-button');
    await page.keyboard.type(ANGRY);
    await searchFor(page, 'invoice from the customer who wrote last week about the refund');
    await page.waitForTimeout(SETTLE_MS);
    const popup = await popupFor(s, page);
    await expect.poll(() => popupStatus(popup)).toMatch(/^On Checking \d+ reply box(es)? on Gmail\.$/);
    await popup.close();
    await page.close();
  });

  // The popup's warning is only seen by opening the popup: the toolbar button says it too, while it holds.
  it('Gmail with its Send toolbar renamed: the toolbar button shows "!" while an unchecked box holds a reply, and clears when it is emptied', async () => {
    const { page, done } = await renamedGmail();
    try {
      expect((await toolbar(page)).text).toBe('');
      await searchFor(page, 'invoice from the customer who wrote last week about the refund');
      await page.waitForTimeout(SETTLE_MS);
      expect((await toolbar(page)).text).toBe('');
      await page.click('#compose-button');
      await page.keyboard.type(ANGRY);
      await expect.poll(() => toolbar(page), { timeout: 5000 }).toEqual({ text: '!', title: "Cool-Off is not checking the box you're typing in" });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await expect.poll(() => toolbar(page), { timeout: 5000 }).toEqual({ text: '', title: 'Cool-Off' });
    } finally {
      await done();
    }
  });

  it('the usual Gmail: typing a reply leaves the toolbar button unmarked', async () => {
    const page = await openInbox(s);
    await page.click('#compose-button');
    await page.keyboard.type(ANGRY);
    await page.waitForTimeout(SETTLE_MS);
    expect((await toolbar(page)).text).toBe('');
    await page.close();
  });
});
