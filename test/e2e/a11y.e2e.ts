/**
 * Accessibility of the hold in a real browser: the overlay is a labelled modal dialog, keyboard-only
 * use works (focus trapped, Esc back to editing, Send reachable by keyboard when allowed), and it
 * follows dark mode and reduced motion. Also takes the README's screenshots: into test-results/screenshots,
 * or over assets/screenshots with UPDATE_SCREENSHOTS=1 (so a plain test run leaves the tree clean).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { badge, overlay, ROOT, sends, sharedSession, GMAIL } from './harness';

const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'assets/screenshots' : 'test-results/screenshots');

const ANGRY = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
const s = sharedSession([GMAIL], { delaySeconds: 2 });

async function held(page: Page): Promise<void> {
  await badge(page).first().waitFor({ state: 'attached' });
  await page.locator('[g_editable="true"]').first().click();
  await page.keyboard.type(ANGRY);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => overlay(page).isVisible()).toBe(true);
}

/** Which of our elements has focus, looking through the overlay's shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    if (host?.tagName !== 'COOL-OFF-OVERLAY') return `page:${host?.tagName ?? 'none'}`;
    const inner = host.shadowRoot?.activeElement as HTMLElement | null;
    return `overlay:${inner?.textContent?.trim().slice(0, 30) ?? 'none'}`;
  });
}

describe('the overlay is an accessible dialog', () => {
  it('is labelled, takes focus, traps Tab both ways, and Esc returns to editing', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await held(page);
    const dlg = overlay(page);
    const labelId = await dlg.getAttribute('aria-labelledby');
    expect(labelId).toBeTruthy();
    expect(await page.locator(`cool-off-overlay #${labelId}`).innerText()).toMatch(/\w{3,}/);
    expect(await focused(page)).toMatch(/^overlay:/);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^overlay:/);
    }
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatch(/^overlay:/);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(await focused(page)).toBe('page:DIV'); // back in the Gmail body
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('keyboard only: wait out the countdown, Tab to "Send anyway", Enter sends once', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await held(page);
    const send = overlay(page).getByRole('button', { name: /send anyway/i });
    await expect.poll(() => send.isEnabled(), { timeout: 5000 }).toBe(true);
    for (let i = 0; i < 30 && !/Send anyway/.test(await focused(page)); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/Send anyway/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await page.close();
  });

  // Focus going back to "Back to editing" (in the sticky footer) after our edit scrolled the dialog's content
  // down: the description and "Taken out by the rewrite" at the top went out of view.
  it('keeps the top of the dialog in view after "Use calm rewrite" and Undo', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await badge(page).first().waitFor({ state: 'attached' });
    await page.locator('[g_editable="true"]').first().click();
    await page.keyboard.type(
      'Your parcel was delivered on March 3 at 2pm, so stop lying about it, you idiot. We are not a charity. Did you even READ my email?! Stop wasting my time.',
    );
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    const scrollTop = () => dlg.evaluate((d) => d.scrollTop);
    expect(await dlg.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
    // a real click where the button is (a locator's click scrolls the button into view first)
    const clickAt = async (name: RegExp) => {
      const box = (await dlg.getByRole('button', { name }).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await clickAt(/use calm rewrite/i);
    await expect.poll(() => dlg.getByRole('status').innerText()).toMatch(/calm rewrite applied/i);
    expect(await scrollTop()).toBe(0);
    expect(await focused(page)).toBe('overlay:Back to editing');
    await clickAt(/^undo$/i);
    await expect.poll(() => dlg.getByRole('status').innerText()).toMatch(/original draft is back/i);
    expect(await scrollTop()).toBe(0);
    await page.close();
  });

  it('follows dark mode and reduced motion', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await held(page);
    const bg = () =>
      page.locator('cool-off-overlay .co-dialog').evaluate((el) => {
        const m = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
        return (0.2126 * m[0]! + 0.7152 * m[1]! + 0.0722 * m[2]!) / 255;
      });
    const anim = () => page.locator('cool-off-overlay .co-dialog').evaluate((el) => getComputedStyle(el).animationName);
    expect(await bg()).toBeGreaterThan(0.8);
    expect(await anim()).not.toBe('none');
    await page.waitForTimeout(400); // let the opening animation finish
    await page.screenshot({ path: join(SHOTS, 'overlay.png') });
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await bg()).toBeLessThan(0.25);
    expect(await anim()).toBe('none');
    await page.screenshot({ path: join(SHOTS, 'overlay-dark.png') });
    await page.close();
  });

  it('README badge screenshot: the live badge explaining an angry draft', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await page.emulateMedia({ colorScheme: 'light' });
    await badge(page).first().waitFor({ state: 'attached' });
    await page.locator('[g_editable="true"]').first().click();
    await page.keyboard.type(ANGRY);
    const b = badge(page).first();
    await expect.poll(() => b.locator('.co-badge').innerText(), { timeout: 3000 }).toMatch(/angry/i);
    await b.locator('button').first().focus();
    await page.locator('[role="dialog"].Hd').screenshot({ path: join(SHOTS, 'badge.png') });
    await page.close();
  });

  // QA: on a page with <html dir="rtl"> the 320 px tooltip ran to x≈1500 in a 1280 px window, and our
  // English took the page's direction (full stops on the wrong side).
  it('right to left and narrow: the badge tooltip stays inside the window; our English reads left to right', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/#inbox');
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'he';
    });
    await badge(page).first().waitFor({ state: 'attached' });
    await page.locator('[g_editable="true"]').first().click();
    await page.keyboard.type(ANGRY);
    const b = badge(page).first();
    await expect.poll(() => b.locator('.co-badge-btn').getAttribute('data-co-level'), { timeout: 3000 }).toBe('angry');
    const tip = b.locator('[role="tooltip"]');
    const inside = async () => {
      await page.locator('[g_editable="true"]').first().focus();
      await b.locator('.co-badge-btn').focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      const box = (await tip.boundingBox())!;
      const vp = page.viewportSize()!;
      return { left: box.x >= 0, right: box.x + box.width <= vp.width, top: box.y >= 0, bottom: box.y + box.height <= vp.height };
    };
    const all = { left: true, right: true, top: true, bottom: true };
    expect(await inside()).toEqual(all);
    expect(await tip.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // the badge itself still sits where the page's direction puts it: at the reply box's right
    const body = (await page.locator('[g_editable="true"]').first().boundingBox())!;
    const pill = (await b.locator('.co-badge-btn').boundingBox())!;
    expect(pill.x + pill.width).toBeGreaterThan(body.x + body.width / 2);
    for (const dir of ['rtl', 'ltr']) {
      await page.evaluate((d) => (document.documentElement.dir = d), dir);
      for (const width of [1280, 420]) {
        await page.setViewportSize({ width, height: 860 });
        expect({ dir, width, ...(await inside()) }).toEqual({ dir, width, ...all });
      }
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await page.locator('[g_editable="true"]').first().focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await overlay(page).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.locator('cool-off-overlay .co-desc').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.keyboard.press('Escape');
    await page.close();
  });

  // The pages' own <main id="app"> held the components' <main>: two main landmarks, one inside the other.
  it('the popup and the options page each have one main landmark, with their heading in it', async () => {
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await s.open(`chrome-extension://${s.extensionId}/${path}`);
      const main = page.getByRole('main');
      await expect.poll(() => main.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await main.count()).toBe(1);
      await page.close();
    }
  });
});
