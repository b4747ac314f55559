/**
 * A reply in another language, end to end (Trustpilot and Gmail fixtures): the tone scorer reads
 * English only, so the badge says the draft was not checked instead of "Calm", and sending it is not
 * held. A draft the scorer flags anyway (English insults inside) is held as before, and an English
 * calm reply still reads "Calm".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, GMAIL, openInbox, overlay, sends, sharedSession } from './harness';

const FRENCH_ANGRY =
  "Vous n'avez visiblement pas lu notre politique de retour. Ce n'est pas notre faute si vous avez commandé la mauvaise taille. Arrêtez de nous écrire.";
const FRENCH_WITH_INSULTS = 'Vous êtes un idiot, un vrai moron. Votre avis est du bullshit, f*** off.';
const CALM = "I'm so sorry your order arrived damaged; we'll replace it today.";

const TRUSTPILOT = { pattern: 'https://businessapp.b2b.trustpilot.com/**', fixture: 'sites/trustpilot.html' };
const TP_BODY = 'textarea[name="replyText"]';
const TP_SEND = '[data-reply-form] button[type="submit"]';
const GMAIL_BODY = '[g_editable="true"]';
const GMAIL_SEND = '.aoO';

const s = sharedSession([TRUSTPILOT, GMAIL], { delaySeconds: 2 });

async function trustpilot(): Promise<Page> {
  const page = await s.open('https://businessapp.b2b.trustpilot.com/reviews');
  await badge(page).first().waitFor({ state: 'attached' });
  return page;
}

async function write(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).first().click();
  await page.keyboard.type(text);
}

const pill = (page: Page) => badge(page).first().locator('.co-badge-btn');

describe('a reply in another language', () => {
  it('Trustpilot: a French angry reply reads "Not checked: English only" and is posted, not held', async () => {
    const page = await trustpilot();
    await write(page, TP_BODY, FRENCH_ANGRY);
    await expect.poll(() => pill(page).innerText()).toBe('Not checked: English only');
    expect(await pill(page).getAttribute('data-co-level')).toBe('unchecked');
    // screen readers hear the same, and the tooltip says why
    expect(await badge(page).first().locator('[role="status"]').textContent()).toBe('Tone not checked: Cool-Off reads English only');
    await pill(page).focus();
    expect(await badge(page).first().locator('[role="tooltip"]').innerText()).toContain('Cool-Off reads English only');
    await page.locator(TP_SEND).first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect((await sends(page))[0]!.text).toContain('politique de retour');
    await page.close();
  });

  it('Trustpilot: an English calm reply still reads "Calm"', async () => {
    const page = await trustpilot();
    await write(page, TP_BODY, CALM);
    await expect.poll(() => pill(page).getAttribute('data-co-level')).toBe('calm');
    expect(await pill(page).innerText()).toContain('Calm');
    await page.close();
  });

  it('Trustpilot: a French reply the scorer flags anyway (English insults) is held as before', async () => {
    const page = await trustpilot();
    await write(page, TP_BODY, FRENCH_WITH_INSULTS);
    await expect.poll(() => pill(page).getAttribute('data-co-level')).toBe('angry');
    await page.locator(TP_SEND).first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Gmail: a French angry reply reads "Not checked: English only" and is sent, not held', async () => {
    const page = await openInbox(s);
    await write(page, GMAIL_BODY, FRENCH_ANGRY);
    await expect.poll(() => pill(page).innerText()).toBe('Not checked: English only');
    await page.locator(GMAIL_SEND).first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });
});
