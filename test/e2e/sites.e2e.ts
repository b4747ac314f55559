/**
 * Review sites and Outlook, end to end: the built extension in Debian's Chromium on each site's
 * fixture served at the site's real URL (see test/fixtures/sites/*.html for where each structure comes
 * from). Per site: an angry reply is held (overlay, nothing posted), a calm reply is posted at once,
 * the calm rewrite is applied and posted, and "Draft a calm reply" reads the review it answers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, overlay, sends, type Site, sharedSession } from './harness';

const ANGRY = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
const CALM = "I'm so sorry your order arrived damaged; we'll replace it today.";

interface Case {
  name: string;
  url: string;
  /** The reply box present at load. */
  body: string;
  /** Its send control. */
  send: string;
  /** Rich-text editor (contenteditable) rather than a textarea. */
  rich?: boolean;
  /** What a drafted reply must mention: the reviewer's name and the review's problem. */
  draft: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'Google Business Profile',
    url: 'https://business.google.com/reviews',
    body: '[data-review-id] textarea[jsname="YPqjbf"]',
    send: '[data-review-id] button[jsname="hrGhad"]',
    draft: [/Marco/, /long wait/i],
  },
  {
    name: 'Google Maps (merchant reply box)',
    url: 'https://www.google.com/maps/place/Trattoria+Demo/@45.4642,9.19,17z',
    body: '[data-review-id] textarea[jsname="YPqjbf"]',
    send: '[data-review-id] button[jsname="hrGhad"]',
    draft: [/Marco/, /long wait/i],
  },
  {
    name: 'Yelp for Business',
    url: 'https://biz.yelp.com/r2r/sunny-side-cafe',
    body: 'textarea[name="comment_text"]',
    send: '[data-review-id] form button[type="submit"]',
    draft: [/Karen/, /long wait/i],
  },
  {
    name: 'Trustpilot',
    url: 'https://businessapp.b2b.trustpilot.com/reviews',
    body: 'textarea[name="replyText"]',
    send: '[data-reply-form] button[type="submit"]',
    draft: [/Oliver/, /does not arrive|refund/i],
  },
  {
    name: 'Tripadvisor',
    url: 'https://www.tripadvisor.co.uk/ManagementCenter?businessId=93450',
    body: 'textarea[name="response"]',
    send: '.mgmt-form button[type="submit"]',
    draft: [/SallyTravels88/, /clean/i],
  },
  {
    name: 'Google Play Console',
    url: 'https://play.google.com/console/u/0/developers/5166846112789481453/app/4973132795386481227/user-feedback/reviews',
    body: '[debug-id="reply-input"] textarea',
    send: '[debug-id="reply-button"]',
    draft: [/Jamal/, /trouble/i],
  },
  {
    name: 'App Store Connect',
    url: 'https://appstoreconnect.apple.com/apps/1234567890/distribution/activity/ios/ratingsResponses',
    body: '[role="dialog"] textarea[name="responseBody"]',
    send: '[role="dialog"] button[type="submit"]',
    draft: [/frustrated_user_42/, /chase us/i],
  },
  {
    name: 'Outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS0wNjFiLTRmZDUtMDACLTAwCgAQAGd1',
    body: '.compose [role="textbox"][contenteditable="true"]',
    send: '.compose button[aria-label="Send"]',
    rich: true,
    draft: [/Dana/, /#48213/],
  },
  {
    name: 'Outlook (German UI)',
    url: 'https://outlook.office365.com/mail/inbox/id/AAQkADAwATM3ZmYAZS0wNjFiLTRmZDUtMDACLTAwCgAQAGd1?hl=de',
    body: '.compose [role="textbox"][contenteditable="true"]',
    send: '.compose button[aria-label="Senden"]',
    rich: true,
    draft: [/Dana/, /#48213/],
  },
];

const SITES: Site[] = [
  { pattern: 'https://business.google.com/**', fixture: 'sites/google-business.html' },
  { pattern: 'https://www.google.com/maps/**', fixture: 'sites/google-business.html' },
  { pattern: 'https://www.google.com/search**', fixture: 'sites/google-business.html' },
  { pattern: 'https://biz.yelp.com/**', fixture: 'sites/yelp.html' },
  { pattern: 'https://businessapp.b2b.trustpilot.com/**', fixture: 'sites/trustpilot.html' },
  { pattern: 'https://www.tripadvisor.co.uk/**', fixture: 'sites/tripadvisor.html' },
  { pattern: 'https://play.google.com/console/**', fixture: 'sites/play-console.html' },
  { pattern: 'https://appstoreconnect.apple.com/**', fixture: 'sites/app-store-connect.html' },
  { pattern: 'https://outlook.office.com/**', fixture: 'sites/outlook.html' },
  { pattern: 'https://outlook.office365.com/**', fixture: 'sites/outlook.html' },
];

const s = sharedSession(SITES, { delaySeconds: 2 });

async function open(c: Case): Promise<Page> {
  const page = await s.open(c.url);
  // The content script found the reply box present at load: its badge is there.
  await badge(page).first().waitFor({ state: 'attached' });
  return page;
}

async function write(page: Page, c: Case, text: string): Promise<void> {
  const body = page.locator(c.body).first();
  if (c.rich) {
    // Caret at the very start, above Outlook's reply header and the quoted original.
    await body.focus();
    await page.keyboard.press('Control+Home');
  } else {
    await body.click();
  }
  await page.keyboard.type(text);
}

async function boxText(page: Page, c: Case): Promise<string> {
  const body = page.locator(c.body).first();
  return c.rich ? body.innerText() : body.inputValue();
}

for (const c of CASES) {
  describe(c.name, () => {
    it('holds an angry reply: overlay shown, nothing posted', async () => {
      const page = await open(c);
      await write(page, c, ANGRY);
      await page.locator(c.send).first().click();
      const dlg = overlay(page);
      await expect.poll(() => dlg.isVisible()).toBe(true);
      expect(await dlg.innerText()).toMatch(/READ|wasting my time|your fault/);
      expect(await sends(page)).toEqual([]);
      // Pressing Send again while held is held too.
      await page.keyboard.press('Escape');
      await expect.poll(() => dlg.count()).toBe(0);
      await page.locator(c.send).first().click();
      await expect.poll(() => dlg.isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      await page.close();
    });

    it('posts a calm reply at once', async () => {
      const page = await open(c);
      await write(page, c, CALM);
      await page.locator(c.send).first().click();
      await expect.poll(async () => (await sends(page)).length).toBe(1);
      expect(await overlay(page).count()).toBe(0);
      expect((await sends(page))[0]!.text).toContain(CALM);
      await page.close();
    });

    it('applies the calm rewrite and posts it', async () => {
      const page = await open(c);
      await write(page, c, ANGRY);
      await page.locator(c.send).first().click();
      const dlg = overlay(page);
      await expect.poll(() => dlg.isVisible()).toBe(true);
      await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
      const sendBtn = dlg.locator('[data-co-send]');
      // The rewritten draft is calm: the overlay offers a plain "Send".
      await expect.poll(() => sendBtn.innerText(), { timeout: 6000 }).toBe('Send');
      await expect.poll(() => sendBtn.isEnabled(), { timeout: 6000 }).toBe(true);
      const rewritten = await boxText(page, c);
      expect(rewritten).not.toContain(ANGRY);
      await sendBtn.click();
      await expect.poll(async () => (await sends(page)).length).toBe(1);
      const sent = (await sends(page))[0]!;
      expect(sent.text).not.toContain('READ my email');
      expect(sent.text.replace(/\s+/g, ' ').trim()).toContain(
        (c.rich ? rewritten.split(/\n\s*\n?[-_]{2,}|\n(From|Von):/)[0]! : rewritten).replace(/\s+/g, ' ').trim().slice(0, 40),
      );
      await page.close();
    });

    it('reads the review: "Draft a calm reply" answers its problem, by name', async () => {
      const page = await open(c);
      await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).click();
      await expect.poll(() => boxText(page, c)).toMatch(c.draft[0]!);
      const drafted = await boxText(page, c);
      for (const re of c.draft) expect(drafted).toMatch(re);
      // The drafted reply is calm: it posts at once.
      await page.locator(c.send).first().click();
      await expect.poll(async () => (await sends(page)).length).toBe(1);
      expect(await overlay(page).count()).toBe(0);
      await page.close();
    });
  });
}

describe('reply boxes that appear after load', () => {
  it('Google Business: "Reply" on another review opens a guarded box', async () => {
    const page = await open(CASES[0]!);
    await page.locator('[data-action="open-reply"]').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.locator('[data-review-id]').nth(1).locator('button[jsname="hrGhad"]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Yelp: a private message opened later is guarded', async () => {
    const page = await open(CASES[2]!);
    await page.locator('[data-review-id]').nth(1).locator('[data-action="private"]').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.locator('[data-review-id]').nth(1).locator('button[type="submit"]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Outlook: a new mail is guarded, Ctrl+Enter and "More send options" included', async () => {
    const page = await open(CASES[7]!);
    await page.locator('#new-mail').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator('.fullCompose button[aria-haspopup="true"]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await page.locator('.fullCompose .menu').count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });
});

describe('every submit path', () => {
  it('Trustpilot: a programmatic form submit is held; "Send anyway" then posts exactly once', async () => {
    const page = await open(CASES[3]!);
    await write(page, CASES[3]!, ANGRY);
    await page.evaluate(() => document.querySelector<HTMLFormElement>('[data-reply-form]')!.requestSubmit());
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    const sendAnyway = dlg.getByRole('button', { name: /send anyway/i });
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await page.waitForTimeout(300);
    const sent = await sends(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(ANGRY);
    await page.close();
  });

  it('Play Console: Enter and Space on the focused Send button are held', async () => {
    const page = await open(CASES[5]!);
    await write(page, CASES[5]!, ANGRY);
    for (const key of ['Enter', ' ']) {
      await page.locator(CASES[5]!.send).focus();
      await page.keyboard.press(key);
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => overlay(page).count()).toBe(0);
    }
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Outlook: Ctrl+Enter in the inline reply is held; Send anyway repeats it once', async () => {
    const page = await open(CASES[7]!);
    await write(page, CASES[7]!, ANGRY);
    await page.keyboard.press('Control+Enter');
    const sendAnyway = overlay(page).getByRole('button', { name: /send anyway/i });
    await expect.poll(() => sendAnyway.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    const sent = (await sends(page))[0]!;
    expect(sent.how).toBe('ctrl-enter');
    expect(sent.text).toBe(ANGRY);
    await page.close();
  });
});

describe('narrowing', () => {
  it('stays off an ordinary Google search', async () => {
    const page = await s.open('https://www.google.com/search?q=cats');
    await page.waitForTimeout(1000);
    expect(await badge(page).count()).toBe(0);
    await page.close();
  });
});
