/**
 * Review sites and Outlook, end to end: the built extension in Debian's Chromium on each site's
 * fixture served at the site's real URL (see test/fixtures/sites/*.html for where each structure comes
 * from). Per site: an angry reply is held (overlay, nothing posted), a calm reply is posted at once,
 * the calm rewrite is applied and posted, and "Draft a calm reply" reads the review it answers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { badge, overlay, popupFor, popupStatus, ROOT, sends, type Site, sharedSession } from './harness';

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
  /** The reply box lives in a frame of the page, at a URL like this (the manifest injects us there). */
  frame?: RegExp;
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
    // The owner's reviews screen in Search is an iframe from www.google.com/local/business/…, here
    // with a Spanish interface (hl=es): labels differ, the structure does not.
    name: 'Google Search, the owner\'s reviews frame (Spanish UI)',
    url: 'https://www.google.com/search?q=my+business&hl=es',
    frame: /^https:\/\/www\.google\.com\/local\/business\/\d+\/customers\/reviews\/reply\?/,
    body: '.FkJOzc textarea[jsname="YPqjbf"]',
    send: '.FkJOzc button[jsname="hrGhad"]',
    draft: [/Lucía/, /hour late|seated|wait/i],
  },
  {
    name: 'Yelp for Business',
    url: 'https://biz.yelp.com/r2r/sunny-side-cafe',
    body: 'textarea[name="comment_text"]',
    send: '[data-review-id] form button[type="submit"]',
    // the review: cold eggs and a 40-minute wait for the check; the reply answers both, the food as a meal (kitchen), not goods
    draft: [/Karen/, /meal|kitchen/i, /waiting|long wait/i],
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
    // an app that crashes after an update: the app's problem, not "the website"
    draft: [/Jamal/, /the app is not working|an app that crashes/i],
  },
  {
    name: 'App Store Connect',
    url: 'https://appstoreconnect.apple.com/apps/1234567890/distribution/activity/ios/ratingsResponses',
    body: '[role="dialog"] textarea[name="responseBody"]',
    send: '[role="dialog"] button[type="submit"]',
    // folders gone after an update: the lost data is the problem named (drafts round 7: it was 'the app is not working')
    draft: [/frustrated_user_42/, /files have gone missing|the app is not working/i, /hearing back|chas(?:e|ing) us/i],
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
  { pattern: 'https://www.google.com/search**', fixture: 'sites/google-search-merchant.html' },
  { pattern: 'https://www.google.com/local/business/**', fixture: 'sites/google-merchant-reviews.html' },
  { pattern: 'https://biz.yelp.com/**', fixture: 'sites/yelp.html' },
  { pattern: 'https://businessapp.b2b.trustpilot.com/**', fixture: 'sites/trustpilot.html' },
  { pattern: 'https://www.tripadvisor.co.uk/**', fixture: 'sites/tripadvisor.html' },
  { pattern: 'https://play.google.com/console/**', fixture: 'sites/play-console.html' },
  { pattern: 'https://appstoreconnect.apple.com/**', fixture: 'sites/app-store-connect.html' },
  { pattern: 'https://outlook.office.com/**', fixture: 'sites/outlook.html' },
  { pattern: 'https://outlook.office365.com/**', fixture: 'sites/outlook.html' },
];

const s = sharedSession(SITES, { delaySeconds: 2 });

const site = (name: string): Case => {
  const c = CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
};

/** Where the reply box is: the page, or the frame of the page that holds it. */
async function where(page: Page, c: Case): Promise<Page | Frame> {
  const frame = c.frame;
  if (!frame) return page;
  await expect.poll(() => page.frames().some((f) => frame.test(f.url()))).toBe(true);
  return page.frames().find((f) => frame.test(f.url()))!;
}

async function open(c: Case): Promise<Page> {
  const page = await s.open(c.url);
  // The content script found the reply box present at load: its badge is there.
  await badge(await where(page, c)).first().waitFor({ state: 'attached' });
  return page;
}

async function write(page: Page, c: Case, text: string): Promise<void> {
  const body = (await where(page, c)).locator(c.body).first();
  if (c.rich) {
    // Caret at the very start, above Outlook's reply header and the quoted original.
    await body.focus();
    await page.keyboard.press('Control+Home');
  } else {
    await body.click();
  }
  await page.keyboard.type(text);
}

/** Types `text` into the site's box, presses its Send and waits for the hold dialog. */
async function held(page: Page, c: Case, text: string): Promise<ReturnType<typeof overlay>> {
  await write(page, c, text);
  await page.locator(c.send).first().click();
  const dlg = overlay(page);
  await expect.poll(() => dlg.isVisible()).toBe(true);
  return dlg;
}

/** Held, then "Use calm rewrite" and back to editing (Esc): the plain text box and the rewritten draft in it. */
async function rewrittenThenBack(page: Page, c: Case): Promise<{ box: ReturnType<Page['locator']>; rewritten: string }> {
  const dlg = await held(page, c, ANGRY);
  await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
  const box = page.locator(c.body).first();
  await expect.poll(() => box.inputValue()).not.toBe(ANGRY);
  const rewritten = await box.inputValue();
  await page.keyboard.press('Escape');
  await expect.poll(() => overlay(page).count()).toBe(0);
  return { box, rewritten };
}

async function boxText(page: Page, c: Case): Promise<string> {
  const body = (await where(page, c)).locator(c.body).first();
  return c.rich ? body.innerText() : body.inputValue();
}

for (const c of CASES) {
  describe(c.name, () => {
    it('holds an angry reply: overlay shown, nothing posted', async () => {
      const page = await open(c);
      const f = await where(page, c);
      await write(page, c, ANGRY);
      await f.locator(c.send).first().click();
      const dlg = overlay(f);
      await expect.poll(() => dlg.isVisible()).toBe(true);
      expect(await dlg.innerText()).toMatch(/READ|wasting my time|your fault/);
      expect(await sends(f)).toEqual([]);
      // Pressing Send again while held is held too.
      await page.keyboard.press('Escape');
      await expect.poll(() => dlg.count()).toBe(0);
      await f.locator(c.send).first().click();
      await expect.poll(() => dlg.isVisible()).toBe(true);
      expect(await sends(f)).toEqual([]);
      await page.close();
    });

    it('posts a calm reply at once', async () => {
      const page = await open(c);
      const f = await where(page, c);
      await write(page, c, CALM);
      await f.locator(c.send).first().click();
      await expect.poll(async () => (await sends(f)).length).toBe(1);
      expect(await overlay(f).count()).toBe(0);
      expect((await sends(f))[0]!.text).toContain(CALM);
      await page.close();
    });

    it('applies the calm rewrite and posts it', async () => {
      const page = await open(c);
      const f = await where(page, c);
      await write(page, c, ANGRY);
      await f.locator(c.send).first().click();
      const dlg = overlay(f);
      await expect.poll(() => dlg.isVisible()).toBe(true);
      await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
      const sendBtn = dlg.locator('[data-co-send]');
      // The rewritten draft is calm: the overlay offers a plain "Send".
      await expect.poll(() => sendBtn.innerText(), { timeout: 6000 }).toBe('Send');
      await expect.poll(() => sendBtn.isEnabled(), { timeout: 6000 }).toBe(true);
      const rewritten = await boxText(page, c);
      expect(rewritten).not.toContain(ANGRY);
      await sendBtn.click();
      await expect.poll(async () => (await sends(f)).length).toBe(1);
      const sent = (await sends(f))[0]!;
      expect(sent.text).not.toContain('READ my email');
      expect(sent.text.replace(/\s+/g, ' ').trim()).toContain(
        (c.rich ? rewritten.split(/\n\s*\n?[-_]{2,}|\n(From|Von):/)[0]! : rewritten).replace(/\s+/g, ' ').trim().slice(0, 40),
      );
      await page.close();
    });

    it('reads the review: "Draft a calm reply" answers its problem, by name', async () => {
      const page = await open(c);
      const f = await where(page, c);
      await badge(f).first().getByRole('button', { name: /draft a calm reply/i }).click();
      await expect.poll(() => boxText(page, c)).toMatch(c.draft[0]!);
      const drafted = await boxText(page, c);
      for (const re of c.draft) expect(drafted).toMatch(re);
      // a screen reader hears that it was drafted (focus has moved into the box)
      await expect.poll(() => badge(f).first().locator('[role=status]').innerText()).toMatch(/A calm reply was drafted into the box/);
      // The drafted reply is calm: it posts at once.
      await f.locator(c.send).first().click();
      await expect.poll(async () => (await sends(f)).length).toBe(1);
      expect(await overlay(f).count()).toBe(0);
      await page.close();
    });
  });
}

// Every "Draft a calm reply" on a page of reviews was named the same, so a screen reader's list of
// buttons could not tell them apart.
describe('several reviews on one page', () => {
  const names = async (page: Page): Promise<string[]> => {
    const out: string[] = [];
    for (const b of await badge(page).all()) {
      const btn = b.getByRole('button', { name: /^draft a calm reply/i });
      out.push((await btn.getAttribute('aria-label')) ?? (await btn.innerText()));
      expect(await btn.innerText()).toBe('Draft a calm reply');
    }
    return out;
  };

  it('Trustpilot: each "Draft a calm reply" is named after the reviewer it answers', async () => {
    const c = site('Trustpilot');
    const page = await open(c);
    await page.locator('[data-action="open-reply"]').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await expect.poll(() => names(page)).toEqual(["Draft a calm reply to Oliver Grant's review", "Draft a calm reply to Sofia Hansen's review"]);
    // the name leads to the right box: the second one drafts a reply to Sofia
    await page.getByRole('button', { name: "Draft a calm reply to Sofia Hansen's review" }).click();
    await expect.poll(() => page.locator(c.body).nth(1).inputValue()).toMatch(/Sofia/);
    expect(await page.locator(c.body).first().inputValue()).toBe('');
    await page.close();
  });

  // A single-page app can show another review in the same card and keep its reply box (a list
  // re-sorted or paged in place): the button used to keep the first reviewer's name, and the drafted
  // reply greeted them and answered their complaint.
  it('Trustpilot: a card that now shows another review is answered as that review, by its name', async () => {
    const c = site('Trustpilot');
    const page = await open(c);
    await page.locator('[data-action="open-reply"]').click();
    await expect.poll(() => names(page)).toEqual(["Draft a calm reply to Oliver Grant's review", "Draft a calm reply to Sofia Hansen's review"]);
    await page.evaluate(() => {
      const card = document.querySelector('[data-service-review-card-paper]')!;
      card.querySelector('[data-consumer-name-typography]')!.textContent = 'Priya Nair';
      card.querySelector('[data-service-review-text-typography]')!.textContent =
        'The blender stopped working after two days and nobody answered my emails about it.';
    });
    await expect.poll(() => names(page)).toEqual(["Draft a calm reply to Priya Nair's review", "Draft a calm reply to Sofia Hansen's review"]);
    await page.getByRole('button', { name: "Draft a calm reply to Priya Nair's review" }).click();
    await expect.poll(() => page.locator(c.body).first().inputValue()).toMatch(/Priya/);
    expect(await page.locator(c.body).first().inputValue()).not.toMatch(/Oliver/);
    await page.close();
  });

  it('Trustpilot without reviewer names: the buttons are numbered in page order', async () => {
    const url = 'https://businessapp.b2b.trustpilot.com/reviews?names=none';
    const html = readFileSync(join(ROOT, 'test/fixtures/sites/trustpilot.html'), 'utf8').replace(/<aside class="styles_consumerInfo[^]*?<\/aside>/g, '');
    const serve = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    await s.context.route(url, serve);
    try {
      const page = await s.open(url);
      await badge(page).first().waitFor({ state: 'attached' });
      await page.locator('[data-action="open-reply"]').click();
      await expect.poll(() => badge(page).count()).toBe(2);
      await expect.poll(() => names(page)).toEqual(['Draft a calm reply to review 1', 'Draft a calm reply to review 2']);
      await page.close();
    } finally {
      await s.context.unroute(url, serve);
    }
  });
});

describe('reply boxes that appear after load', () => {
  it('Google Business: "Reply" on another review opens a guarded box', async () => {
    const page = await open(site('Google Business Profile'));
    await page.locator('[data-action="open-reply"]').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.locator('[data-review-id]').nth(1).locator('button[jsname="hrGhad"]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Google reviews frame: once a reply is posted, the next review\'s new box is guarded', async () => {
    const c = site("Google Search, the owner's reviews frame (Spanish UI)");
    const page = await open(c);
    const f = await where(page, c);
    // The results page around the frame has no reply box of its own (its search box is not one).
    expect(await badge(page).count()).toBe(0);
    await write(page, c, CALM);
    await f.locator(c.send).first().click();
    await expect.poll(async () => (await sends(f)).length).toBe(1);
    // Google's frame shows the next review in the same document, with a new reply box.
    await expect.poll(() => f.locator('.gyKkFe').innerText()).toMatch(/two drinks/);
    await expect.poll(() => badge(f).count()).toBe(1);
    await write(page, c, ANGRY);
    await f.locator(c.send).first().click();
    await expect.poll(() => overlay(f).isVisible()).toBe(true);
    expect(await sends(f)).toHaveLength(1);
    await page.keyboard.press('Escape');
    // "Draft a calm reply" answers the review now on screen, by name.
    await f.locator(c.body).fill('');
    await badge(f).first().getByRole('button', { name: /draft a calm reply/i }).click();
    await expect.poll(() => f.locator(c.body).inputValue()).toMatch(/Ben/);
    expect(await f.locator(c.body).inputValue()).not.toMatch(/Lucía/);
    await page.close();
  });

  it('Yelp: a private message opened later is guarded', async () => {
    const page = await open(site('Yelp for Business'));
    await page.locator('[data-review-id]').nth(1).locator('[data-action="private"]').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.locator('[data-review-id]').nth(1).locator('button[type="submit"]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Outlook: a new mail is guarded, Ctrl+Enter and "More send options" included', async () => {
    const page = await open(site('Outlook'));
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

describe('Undo and Redo of the calm rewrite in a plain text box', () => {
  it('Trustpilot: Ctrl+Z in the box brings back the original, Ctrl+Shift+Z the rewrite, exactly; not after the user typed', async () => {
    const c = site('Trustpilot');
    const page = await open(c);
    const { box, rewritten } = await rewrittenThenBack(page, c);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => box.inputValue()).toBe(ANGRY);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => box.inputValue()).toBe(rewritten);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => box.inputValue()).toBe(ANGRY);
    await page.keyboard.press('End');
    await page.keyboard.type(' Sam');
    await page.keyboard.press('Control+Y');
    await page.waitForTimeout(400);
    expect(await box.inputValue()).toBe(`${ANGRY} Sam`);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });
});

// QA: "Back to editing" after the calm rewrite put the caret back at its old offset, now in the middle of
// the rewritten text: the next words typed landed inside it ("Thank you for your XYZ questions").
describe('back to editing after the calm rewrite', () => {
  it('Trustpilot: typing goes on at the end of the rewritten reply, where the caret was at the end of the draft', async () => {
    const c = site('Trustpilot');
    const page = await open(c);
    const { box, rewritten } = await rewrittenThenBack(page, c);
    await page.keyboard.type(' Sam');
    expect(await box.inputValue()).toBe(`${rewritten} Sam`);
    await page.close();
  });

  // QA: the site re-rendering its reply box under the open hold dialog took the dialog away with the old box,
  // and focus fell to the page's <body>: a keyboard user lost their place, and what they typed went nowhere.
  it('Trustpilot: when the site re-renders the box under the hold dialog, focus goes to the new box, at the caret', async () => {
    const c = site('Trustpilot');
    const page = await open(c);
    await held(page, c, ANGRY);
    await page.locator(c.body).first().evaluate((el) => {
      const box = el as HTMLTextAreaElement;
      const next = box.cloneNode(true) as HTMLTextAreaElement;
      next.value = box.value;
      box.replaceWith(next);
    });
    await expect.poll(() => overlay(page).count()).toBe(0);
    const box = page.locator(c.body).first();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' Sam');
    expect(await box.inputValue()).toBe(`${ANGRY} Sam`);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });
});

describe('Outlook: the send-options menu', () => {
  it('"Schedule send" in a menu opened while the draft was calm is held once the draft turns angry; a calm one goes at once', async () => {
    const page = await open(site('Outlook'));
    await page.locator('#new-mail').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(CALM);
    const more = page.locator('.fullCompose button[aria-haspopup="true"]');
    const item = page.locator('.fullCompose .menu [role=menuitem]');
    await more.click();
    await expect.poll(() => item.count()).toBe(1);
    await page.locator('.fullCompose [role=textbox]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ANGRY);
    await item.click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    // calm again (Back to editing, the draft reworded; the menu is still open): its item sends at once
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator('.fullCompose [role=textbox]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CALM);
    expect(await item.count()).toBe(1);
    await item.click();
    await expect.poll(async () => (await sends(page)).map((x) => x.how)).toEqual(['schedule']);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });
});

describe('every submit path', () => {
  it('Trustpilot: a programmatic form submit is held; "Send anyway" then posts exactly once', async () => {
    const page = await open(site('Trustpilot'));
    await write(page, site('Trustpilot'), ANGRY);
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
    const page = await open(site('Google Play Console'));
    await write(page, site('Google Play Console'), ANGRY);
    for (const key of ['Enter', ' ']) {
      await page.locator(site('Google Play Console').send).focus();
      await page.keyboard.press(key);
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => overlay(page).count()).toBe(0);
    }
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Outlook: Ctrl+Enter in the inline reply is held; Send anyway repeats it once', async () => {
    const page = await open(site('Outlook'));
    await write(page, site('Outlook'), ANGRY);
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

  it("Outlook with the desktop app's keyboard shortcuts: Alt+S on an angry reply is held, on a calm one it sends at once", async () => {
    const c = site('Outlook');
    const page = await open(c);
    // Settings › Accessibility › Keyboard shortcuts › "Outlook": Alt+S sends, as in the desktop app.
    await page.evaluate(() => { document.body.dataset.shortcuts = 'outlook'; });
    await write(page, c, ANGRY);
    await page.keyboard.press('Alt+KeyS');
    const sendAnyway = overlay(page).getByRole('button', { name: /send anyway/i });
    await expect.poll(() => sendAnyway.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    // released through Outlook's own Send button, which sends whatever the shortcut setting
    expect((await sends(page))[0]).toMatchObject({ how: 'click', text: ANGRY });
    await page.close();

    // QA: with Outlook's default shortcuts Alt+S does nothing, yet an angry draft was held, and "Send anyway" then
    // repeated a key that sends nothing
    const plain = await open(c);
    await write(plain, c, ANGRY);
    await plain.keyboard.press('Alt+KeyS');
    const again = overlay(plain).getByRole('button', { name: /send anyway/i });
    await expect.poll(() => again.isEnabled(), { timeout: 6000 }).toBe(true);
    await again.click();
    await expect.poll(async () => (await sends(plain)).length).toBe(1);
    expect((await sends(plain))[0]).toMatchObject({ how: 'click', text: ANGRY });
    await plain.close();

    const calm = await open(c);
    await calm.evaluate(() => { document.body.dataset.shortcuts = 'outlook'; });
    await write(calm, c, CALM);
    await calm.keyboard.press('Alt+KeyS');
    await expect.poll(async () => (await sends(calm)).length).toBe(1);
    expect((await sends(calm))[0]).toMatchObject({ how: 'alt-s', text: CALM });
    expect(await overlay(calm).count()).toBe(0);
    await calm.close();
  });

  /** Outlook's reply structure below the user's part: the marker, the separator, then the quoted header. */
  async function quoteIntact(page: Page): Promise<{ marker: boolean; hr: boolean; header: string; headers: number }> {
    return page.locator(site('Outlook').body).first().evaluate((b) => ({
      marker: !!b.querySelector(':scope > #appendonsend + hr + #divRplyFwdMsg'),
      hr: !!b.querySelector('hr'),
      header: (b.querySelector('#divRplyFwdMsg') as HTMLElement | null)?.innerText.split('\n')[0] ?? '',
      headers: b.querySelectorAll('#divRplyFwdMsg').length,
    }));
  }

  it('Outlook: a calm rewrite of a two-line reply stays above the quoted original, which keeps its marker and header', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await write(page, c, 'You clearly did not read my email, you idiot.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Order #48213 shipped on Monday. Stop wasting my time.');
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => boxText(page, c)).not.toMatch(/idiot/);
    // Before the fix the rewrite landed inside the quoted "From:" header: the marker and <hr> were gone.
    expect(await quoteIntact(page)).toEqual({ marker: true, hr: true, header: 'From: Dana Whitfield <dana@example.org>', headers: 1 });
    const rewritten = (await boxText(page, c)).split(/\n\s*From:/)[0]!.trim();
    expect(rewritten).toContain('#48213');
    const send = dlg.locator('[data-co-send]');
    await expect.poll(() => send.innerText()).toBe('Send');
    await send.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    // What Outlook sends as the reply is exactly the rewrite, the quote not mixed into it.
    expect((await sends(page))[0]!.text.replace(/\s+/g, ' ').trim()).toBe(rewritten.replace(/\s+/g, ' '));
    await page.close();
  });

  // QA: an inline answer typed inside the quoted original was never checked; Send went out at once.
  it('Outlook: a hostile line typed inside the quoted original is held, said to be in the quote, never rewritten; Send anyway sends it once', async () => {
    const c = site('Outlook');
    const page = await open(c);
    const body = page.locator(c.body).first();
    const quoted = body.locator(':scope > #divRplyFwdMsg + div');
    const before = await quoted.innerText();
    // the user clicks into the quoted message and answers there
    await quoted.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const HOSTILE = 'You clearly did not read my email, you idiot. Stop wasting my time.';
    await page.keyboard.type(HOSTILE);
    await page.locator(c.send).first().click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    expect(await dlg.locator('.co-desc').innerText()).toMatch(/answers inside the quoted message read as hostile/);
    expect(await dlg.innerText()).toMatch(/idiot|wasting my time/);
    expect(await dlg.getByRole('button', { name: /use calm rewrite/i }).count()).toBe(0);
    expect(await dlg.getByRole('button', { name: /^apply/i }).count()).toBe(0);
    // the quote is as it was, with the user's answer in it; nothing of ours is in the box
    expect(await quoteIntact(page)).toEqual({ marker: true, hr: true, header: 'From: Dana Whitfield <dana@example.org>', headers: 1 });
    expect(await quoted.innerText()).toContain(before.trim());
    expect(await body.innerText()).toContain(HOSTILE);
    expect(await body.evaluate((b) => b.querySelectorAll('[class^="co-"], cool-off-badge, cool-off-overlay').length)).toBe(0);
    const sendAnyway = dlg.getByRole('button', { name: /send anyway/i });
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await page.waitForTimeout(300);
    const sent = await sends(page);
    expect(sent).toHaveLength(1);
    expect((sent[0] as { full?: string }).full).toContain(HOSTILE);
    await page.close();
  });

  it('Outlook: a click that lands in the quoted "From:" header, then an angry line, is held too', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await page.locator(c.body).first().locator('#divRplyFwdMsg b').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' You clearly did not read my email, you idiot.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    expect(await overlay(page).locator('.co-desc').innerText()).toMatch(/inside the quoted message/);
    await page.close();
  });

  it('Outlook: a calm line typed inside the quoted original sends at once', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await page.locator(c.body).first().locator(':scope > #divRplyFwdMsg + div').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(CALM);
    await page.locator(c.send).first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('Outlook: "Draft a calm reply" goes above the quoted original, and what is typed into it afterwards is still checked', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).click();
    await expect.poll(() => boxText(page, c)).toMatch(/Dana/);
    expect(await quoteIntact(page)).toEqual({ marker: true, hr: true, header: 'From: Dana Whitfield <dana@example.org>', headers: 1 });
    // The drafted reply is the user's own part now: an angry line added to it is held.
    await page.locator(c.body).first().focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(`${ANGRY} `);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });
});

// The badge had a z-index of 2147483000 all the time: it was painted over the site's own menus, pop-ups
// and sticky headers wherever they crossed it (on six of the eight demo sites).
describe("the badge stays under the site's own pop-ups", () => {
  for (const name of ['Yelp for Business', 'Trustpilot', 'Outlook']) {
    it(`${name}: a site menu over the badge is on top, and the badge's own tooltip, once open, is above the page`, async () => {
      const c = site(name);
      const page = await open(c);
      const pill = badge(page).first().locator('.co-badge-btn');
      const box = (await pill.boundingBox())!;
      const onTop = () =>
        page.evaluate(({ x, y }) => {
          const el = document.elementFromPoint(x, y);
          return el?.id === 'site-menu' ? 'site menu' : (el?.tagName.toLowerCase() ?? 'none');
        }, { x: box.x + 5, y: box.y + 5 });
      await page.evaluate(({ x, y }) => {
        const m = document.createElement('div');
        m.id = 'site-menu';
        m.style.cssText = `position:fixed;left:${x - 10}px;top:${y - 10}px;width:60px;height:40px;z-index:1000;background:#ffd`;
        document.body.append(m);
      }, { x: box.x, y: box.y });
      expect(await onTop()).toBe('site menu');
      // keyboard focus opens the tooltip: then the badge is raised over the page, tooltip and all
      await pill.focus();
      const tip = badge(page).first().locator('[role="tooltip"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await onTop()).toBe('cool-off-badge');
      await page.close();
    });
  }
});

describe('Google Play: replies are capped at 350 characters', () => {
  const c = site('Google Play Console');
  const note = (page: Page) => badge(page).first().locator('.co-badge-note');

  // The drafted reply was 474 characters in a box that takes 350: the user had to cut a public reply by hand.
  it('"Draft a calm reply" fits the box: at most 350 characters, no "Too long" warning, and Undo restores the exact original', async () => {
    const page = await open(c);
    // the user had started a reply of their own (line break and trailing space included)
    const mine = 'Jamal, we  know.\nIt is being fixed ';
    await write(page, c, mine);
    expect(await boxText(page, c)).toBe(mine);
    page.once('dialog', (d) => void d.accept());
    await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).click();
    await expect.poll(() => boxText(page, c)).toMatch(/^(?:Hi|Dear) Jamal,/);
    const drafted = await boxText(page, c);
    expect(drafted.length).toBeLessThanOrEqual(350);
    // it still answers the crash, with what happens next and how to reach us
    expect(drafted).toMatch(/the app is not working|an app that crashes/i);
    expect(drafted).toMatch(/contact us|private message/i);
    // the site's own counter agrees, and nothing says it is too long
    expect(await page.locator('[debug-id="review"]').first().locator('.counter').innerText()).toBe(`${drafted.length}/350`);
    await page.waitForTimeout(300);
    expect(await note(page).count()).toBe(0);
    expect(await badge(page).first().locator('[role="status"]').innerText()).not.toContain('Too long');
    // Undo puts back exactly what the user had typed
    await badge(page).first().getByRole('button', { name: /undo drafted reply/i }).click();
    await expect.poll(() => boxText(page, c)).toBe(mine);
    await page.close();
  });

  it('the calm rewrite leaves out the framing sentences that would not fit, keeps the user\'s words, and Undo restores them', async () => {
    const page = await open(c);
    const facts =
      'Version 4.2.0 fixed the photo crash on Pixel 8 two weeks ago, and version 4.2.1 fixed sync on tablets last Friday. Update the app from the Play Store, then open Settings, tap Storage, tap Clear cache, and restart the phone.';
    const mine = `${facts} Honestly, this is the dumbest review we have had all year.`;
    await write(page, c, mine);
    await page.locator(c.send).first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => boxText(page, c)).not.toBe(mine);
    const rewritten = await boxText(page, c);
    expect(rewritten.length).toBeLessThanOrEqual(350);
    expect(rewritten).toContain(facts);
    expect(rewritten).not.toMatch(/dumbest/);
    expect(await dlg.getByRole('status').innerText()).not.toContain('this box takes 350');
    expect(await note(page).count()).toBe(0);
    await dlg.getByRole('button', { name: /^undo/i }).click();
    await expect.poll(() => boxText(page, c)).toBe(mine);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // Hovering "Draft a calm reply" opened the tone tooltip over the reply box.
  it('hovering "Draft a calm reply" does not open the tone tooltip; hovering the badge does', async () => {
    const page = await open(c);
    const tip = badge(page).first().locator('[role="tooltip"]');
    await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).hover();
    await page.waitForTimeout(100);
    expect(await tip.isVisible()).toBe(false);
    await badge(page).first().locator('.co-badge-btn').hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.close();
  });
});

describe('single-page navigation: the site is decided again when the address changes', () => {
  // Outlook's Mail and Calendar are one app: the app bar switches them with history.pushState, no
  // reload (see the fixture's header). The Outlook adapter runs in Mail only.
  const CALENDAR = 'https://outlook.office.com/calendar/view/week';
  const appBar = (page: Page, name: 'Mail' | 'Calendar') => page.locator(`.appBar button[aria-label="${name}"]`);
  const eventBody = '.eventCompose [role="textbox"]';

  it('opened in Calendar, then Mail from the app bar: the reply box gets its badge and an angry reply is held', async () => {
    const c = site('Outlook');
    const page = await s.open(CALENDAR);
    await page.locator(eventBody).waitFor();
    await page.waitForTimeout(1000);
    expect(await badge(page).count()).toBe(0);
    await appBar(page, 'Mail').click();
    expect(new URL(page.url()).pathname).toMatch(/^\/mail\//);
    await badge(page).first().waitFor({ state: 'attached' });
    await write(page, c, ANGRY);
    await page.locator(c.send).first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // QA: the answer typed inside the quote read calm after the round trip, and Send posted it at once.
  it('an angry answer typed inside the quoted original is still held after Mail → Calendar → Mail', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await page.locator(c.body).first().locator(':scope > #divRplyFwdMsg + div').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('You clearly did not read my email, you idiot. Stop wasting my time.');
    const pill = badge(page).first().locator('.co-badge-btn');
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('angry');
    await appBar(page, 'Calendar').click();
    await page.locator(eventBody).waitFor();
    await appBar(page, 'Mail').click();
    await expect.poll(() => badge(page).first().locator('.co-badge-btn').getAttribute('data-co-level')).toBe('angry');
    await page.locator(c.send).first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('from Mail to Calendar: badge and overlay go, the new-event form is left alone; Back to Mail guards again', async () => {
    const c = site('Outlook');
    const page = await open(c);
    await write(page, c, ANGRY);
    await page.locator(c.send).first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    // The page routes to Calendar while the hold is open (the overlay covers the app bar, so the
    // page's own navigation is started from its script, as a shortcut or a link would).
    await page.evaluate(() => document.querySelector<HTMLElement>('.appBar button[aria-label="Calendar"]')!.click());
    expect(new URL(page.url()).pathname).toBe('/calendar/view/week');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator(eventBody).waitFor();
    await page.waitForTimeout(500); // what a running engine would need to find the event form
    expect(await badge(page).count()).toBe(0);
    expect(await page.locator('[data-cool-off]').count()).toBe(0);
    // An angry line in an event's description is not a reply: Save goes through at once.
    await page.locator(eventBody).click();
    await page.keyboard.type(ANGRY);
    await page.locator('.eventCompose button[aria-label="Save"]').click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]).toMatchObject({ kind: 'event', text: ANGRY });
    expect(await overlay(page).count()).toBe(0);
    // Back (popstate) to Mail: the draft is still there, guarded again; the held send never went out.
    await page.goBack();
    expect(new URL(page.url()).pathname).toMatch(/^\/mail\//);
    await badge(page).first().waitFor({ state: 'attached' });
    await page.locator(c.send).first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toHaveLength(1);
    await page.close();
  });
});

describe('the toolbar popup tells the truth about this tab', () => {
  it("the owner's reviews frame on Google Search: checking 1 reply box; once the frame is closed, none (open popup and new one alike)", async () => {
    const c = site("Google Search, the owner's reviews frame (Spanish UI)");
    const page = await open(c);
    const popup = await popupFor(s, page);
    // The reply box is in the frame, not the results page: the frames' answers are summed.
    await expect.poll(() => popupStatus(popup)).toBe('On Checking 1 reply box on Google Business Profile.');
    // Google's close button removes the dialog and its frame; the results page is still the owner's.
    // The open popup hears the frame leave; a popup opened afterwards finds no box either.
    await page.locator('.Y4Zgof button[aria-label="Cerrar"]').click();
    await expect.poll(() => page.frames().length).toBe(1);
    await expect.poll(() => popupStatus(popup)).toBe('On On for Google Business Profile — no reply box on this page yet.');
    await popup.close();
    const again = await popupFor(s, page);
    await expect.poll(() => popupStatus(again)).toBe('On On for Google Business Profile — no reply box on this page yet.');
    await again.close();
    await page.close();
  });

  it('an ordinary Google search: Cool-Off does not run here (it used to say "Active on Google Business Profile")', async () => {
    const page = await s.open('https://www.google.com/search?q=pizza');
    await page.waitForTimeout(500);
    const popup = await popupFor(s, page);
    await expect.poll(() => popupStatus(popup)).toBe('Not here Cool-Off does not run on this page.');
    // the site switch is still there: Google Business Profile is this host's site
    expect(await popup.getByRole('switch', { name: /Google Business Profile/ }).isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('an open popup follows the tab: a new mail opened, then Calendar (no reload)', async () => {
    const c = site('Outlook');
    const page = await open(c);
    const popup = await popupFor(s, page);
    await expect.poll(() => popupStatus(popup)).toBe('On Checking 1 reply box on Outlook.');
    await page.locator('#new-mail').click();
    await expect.poll(() => popupStatus(popup)).toBe('On Checking 2 reply boxes on Outlook.');
    await page.locator('.appBar button[aria-label="Calendar"]').click();
    await expect.poll(() => popupStatus(popup)).toBe('Not here Cool-Off does not run on this page.');
    await popup.close();
    await page.close();
  });
});

/** Serve a modified copy of a fixture at these URL patterns while `run` runs (a redesign, another domain). */
async function serving(routes: Array<[string, string]>, run: () => Promise<void>): Promise<void> {
  const handlers = routes.map(([pattern, html]) => {
    const serve = (route: Route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fallback();
    return [pattern, serve] as const;
  });
  for (const [pattern, serve] of handlers) await s.context.route(pattern, serve);
  try {
    await run();
  } finally {
    for (const [pattern, serve] of handlers) await s.context.unroute(pattern, serve);
  }
}

const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/sites', name), 'utf8');

describe('a review site whose Send is not a submit button', () => {
  const POST = '<button class="styles_button__Zx9Yw styles_primary__Kk2Lm" type="submit">Post reply</button>';
  /** Trustpilot after a redesign: "Post reply" is a div role=button; `how` is what its click does. */
  const redesigned = (control: string, how: 'requestSubmit' | 'direct'): string => {
    const html = fixture('trustpilot.html').replaceAll(POST, control);
    expect(html).not.toContain(POST);
    const onClick = how === 'requestSubmit'
      ? 'd.closest("form").requestSubmit();'
      // posts straight from the click handler, no form submission
      : 'const f = d.closest("form"); window.__sent.push({ id: "direct", how: "direct", text: f.querySelector("textarea").value }); f.remove();';
    return html.replace('</body>', `<script>document.addEventListener('click', (e) => { const d = e.target.closest('[data-post]'); if (d) { ${onClick} } });</script></body>`);
  };
  const ICON = '<div class="styles_iconBtn__Q1" role="button" tabindex="0" data-post><svg width="16" height="16" aria-hidden="true"><path d="M2 8l12-6-4 14z"/></svg></div>';
  const NAMED = '<div class="styles_button__Zx9Yw" role="button" tabindex="0" data-post>Post reply</div>';
  /** Open the redesigned page, type the angry reply and press its post control. */
  const postAngry = async (url: string): Promise<Page> => {
    const page = await s.open(url);
    await badge(page).first().waitFor({ state: 'attached' });
    await page.locator('textarea[name="replyText"]').first().click();
    await page.keyboard.type(ANGRY);
    await page.locator('[data-post]').first().click();
    return page;
  };

  it('an icon-only div that submits the form: the box has its badge, an angry reply is held, "Send anyway" posts it once', async () => {
    const url = 'https://businessapp.b2b.trustpilot.com/reviews?variant=icon';
    await serving([[url, redesigned(ICON, 'requestSubmit')]], async () => {
      const page = await postAngry(url);
      const dlg = overlay(page);
      await expect.poll(() => dlg.isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      const sendAnyway = dlg.getByRole('button', { name: /send anyway/i });
      await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
      await sendAnyway.click();
      await expect.poll(async () => (await sends(page)).length).toBe(1);
      expect((await sends(page))[0]!.text).toBe(ANGRY);
      await page.close();
    });
  });

  it('a div named "Post reply" that posts from its click handler: held by its name; a calm reply posts at once', async () => {
    const url = 'https://businessapp.b2b.trustpilot.com/reviews?variant=named';
    await serving([[url, redesigned(NAMED, 'direct')]], async () => {
      const page = await postAngry(url);
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => overlay(page).count()).toBe(0);
      await page.locator('textarea[name="replyText"]').first().fill(CALM);
      await page.locator('[data-post]').first().click();
      await expect.poll(async () => (await sends(page)).length).toBe(1);
      expect(await overlay(page).count()).toBe(0);
      await page.close();
    });
  });
});

describe('Outlook after a Fluent redesign (Send loses its primary-button class), German UI', () => {
  const redesigned = (): string =>
    fixture('outlook.html')
      .split('ms-Button ms-Button--primary root-104').join('fui-Button r1alrhcs root-104')
      .split('ms-Button ms-Button--primary splitButtonMenuButton root-106').join('fui-Button r1alrhcs splitButtonMenuButton root-106')
      .replace("if (btn.classList.contains('ms-Button--primary')) return send(compose, 'click');", "if (btn.getAttribute('name') === __t('Send')) return send(compose, 'click');");
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkADAw?hl=de&variant=fluent9';

  it('"Senden" on an angry reply is held; "Neue E-Mail" opens a new mail without a hold', async () => {
    await serving([[url, redesigned()]], async () => {
      const page = await s.open(url);
      await badge(page).first().waitFor({ state: 'attached' });
      const body = page.locator('.compose [role="textbox"][contenteditable="true"]').first();
      await body.focus();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(ANGRY);
      // "Neue E-Mail" is not this compose's Send: it opens a new mail, nothing held, nothing sent
      await page.locator('#new-mail').click();
      await expect.poll(() => page.locator('.compose').count()).toBe(2);
      await page.waitForTimeout(300);
      expect(await overlay(page).count()).toBe(0);
      await expect.poll(() => badge(page).count()).toBe(2);
      // "Senden" in the reply is held
      await page.locator('.inlineReply button[aria-label="Senden"]').click();
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      await page.close();
    });
  });
});

describe("Google's country sites", () => {
  // (QA: www.google.co.kr, .com.tw, .com.hk and .ru were not among the first 26)
  it.each(['de', 'co.kr'])('www.google.%s: the owner\'s reviews frame opened from a search is guarded', async (tld) => {
    const host = `www.google.${tld}`;
    const url = `https://${host}/search?q=my+business&hl=de`;
    await serving(
      [
        [`https://${host}/search**`, fixture('google-search-merchant.html')],
        [`https://${host}/local/business/**`, fixture('google-merchant-reviews.html')],
      ],
      async () => {
        const page = await s.open(url);
        const frameUrl = new RegExp(`^https://${host.replace(/\./g, '\\.')}/local/business/`);
        await expect.poll(() => page.frames().some((f) => frameUrl.test(f.url()))).toBe(true);
        const f = page.frames().find((x) => frameUrl.test(x.url()))!;
        await badge(f).first().waitFor({ state: 'attached' });
        await f.locator('.FkJOzc textarea[jsname="YPqjbf"]').first().click();
        await page.keyboard.type(ANGRY);
        await f.locator('.FkJOzc button[jsname="hrGhad"]').first().click();
        await expect.poll(() => overlay(f).isVisible()).toBe(true);
        expect(await sends(f)).toEqual([]);
        await page.close();
      },
    );
  });
});

describe('narrowing', () => {
  it('stays off an ordinary Google search', async () => {
    const page = await s.open('https://www.google.com/search?q=cats');
    await page.waitForTimeout(1000);
    expect(await badge(page).count()).toBe(0);
    // no owner's panel, so no reviews frame either
    expect(page.frames()).toHaveLength(1);
    await page.close();
  });
});
