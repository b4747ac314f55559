/**
 * Gmail, end to end: the built extension in Debian's Chromium on the Gmail fixture served at
 * https://mail.google.com/ (see test/fixtures/gmail/inbox.html for where its structure comes from).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, overlay, sends, sharedSession, GMAIL, openInbox } from './harness';

const ANGRY = 'Did you even READ my email?! Stop wasting my time. This is your fault, not ours.';
const CALM = "I'm so sorry your order arrived damaged; we'll replace it today.";
const BODY = '[g_editable="true"]';

const s = sharedSession([GMAIL], { delaySeconds: 3 });

const inbox = (query = ''): Promise<Page> => openInbox(s, query);

async function write(page: Page, text: string, nth = 0): Promise<void> {
  const body = page.locator(BODY).nth(nth);
  await body.click();
  await page.keyboard.type(text);
}

describe('holding an angry Gmail reply', () => {
  it('holds a click on Send: overlay shown with the flagged phrases, nothing sent', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await dlg.getAttribute('aria-modal')).toBe('true');
    const dialogText = await dlg.innerText();
    expect(dialogText).toMatch(/READ|wasting my time|your fault/);
    expect(await sends(page)).toEqual([]);
    // A second press while held is held too.
    await page.keyboard.press('Escape');
    await page.locator('.aoO').first().click();
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('holds Ctrl+Enter in the body', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it("holds Ctrl+Enter in the Subject field (Gmail sends from there too; the subject form sits beside the compose's body and toolbar)", async () => {
    const page = await inbox();
    const c1 = page.locator('[data-compose-id=c1]');
    await c1.locator(BODY).click();
    await page.keyboard.type(ANGRY);
    await c1.locator('input[name=subjectbox]').click();
    await page.keyboard.type('Re: your order');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('a calm reply still sends at once on Ctrl+Enter from the Subject field', async () => {
    const page = await inbox();
    const c1 = page.locator('[data-compose-id=c1]');
    await c1.locator(BODY).click();
    await page.keyboard.type(CALM);
    await c1.locator('input[name=subjectbox]').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.text).toBe(CALM);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  // QA: the badge stayed "Calm" when the page put a draft in without an input event (as Gmail restores a saved draft).
  it('the badge follows a draft the page puts into the box without an input event', async () => {
    const page = await inbox();
    const c1 = page.locator('[data-compose-id=c1]');
    const pill = badge(page).first().locator('.co-badge-btn');
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('calm');
    await c1.locator(BODY).evaluate((b, text) => { b.innerHTML = `<div>${text}</div>`; }, ANGRY);
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('angry');
    await c1.locator(BODY).evaluate((b, text) => { b.innerHTML = `<div>${text}</div>`; }, CALM);
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('calm');
    await page.close();
  });

  it('holds Enter and Space on a focused Send button', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.locator('.aoO').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator('.aoO').first().focus();
    await page.keyboard.press(' ');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('a press on Send dragged off before release is no send: no hold opens; a real click is still held', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    const sendBox = (await page.locator('.aoO').first().boundingBox())!;
    await page.mouse.move(sendBox.x + sendBox.width / 2, sendBox.y + sendBox.height / 2);
    await page.mouse.down();
    // a long press (QA: the hold opened 600 ms into the press, before the release was known)
    await page.waitForTimeout(900);
    expect(await overlay(page).count()).toBe(0);
    await page.mouse.move(sendBox.x + sendBox.width / 2, sendBox.y - 150, { steps: 5 });
    await page.mouse.up();
    // the fallback for a click that never comes waits 300 ms after the release; give it well over that
    await page.waitForTimeout(1000);
    expect(await overlay(page).count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('holds schedule send ("More send options") too', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    const more = page.locator('.IZ [aria-haspopup="true"]').first();
    await more.click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await page.locator('.J-M').count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    // going on opens the menu (that is all the press would have done) and says so; focus is on its button
    const go = overlay(page).getByRole('button', { name: /^Open send options/ });
    expect(await go.innerText()).toMatch(/^Open send options \(0:0\d\)$/);
    await expect.poll(() => go.isEnabled(), { timeout: 6000 }).toBe(true);
    expect(await go.innerText()).toBe('Open send options');
    await go.click();
    await expect.poll(() => page.locator('.J-M').count()).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.locator('.J-M [role=menuitem]').click();
    await expect.poll(async () => (await sends(page)).map((x) => x.how)).toEqual(['schedule']);
    await page.close();
  });

  // QA: a send-options menu opened while the draft read calm, left open while the user typed it angry, let its
  // "Schedule send" through unheld: the item is judged on the draft as it is at the click.
  it('holds "Schedule send" in a menu opened while the draft was calm and left open while it turned angry', async () => {
    const page = await inbox();
    await write(page, CALM);
    const more = page.locator('.IZ [aria-haspopup="true"]').first();
    await more.click();
    await expect.poll(() => page.locator('.J-M').count()).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    // back into the body with the keyboard (no press outside the menu, so it stays open), and the draft turns angry
    await page.locator(BODY).first().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ANGRY);
    expect(await page.locator('.J-M').count()).toBe(1);
    // at once, before the badge's pause in typing: the click is judged on the draft as it is now
    await page.locator('.J-M [role=menuitem]').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    // going on opens the menu again (it closed under the overlay), and its item then schedules this draft, once
    const go = overlay(page).getByRole('button', { name: /^Open send options/ });
    await expect.poll(() => go.isEnabled(), { timeout: 6000 }).toBe(true);
    await go.click();
    await expect.poll(() => page.locator('.J-M').count()).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    await page.locator('.J-M [role=menuitem]').click();
    await expect.poll(async () => (await sends(page)).map((x) => x.how)).toEqual(['schedule']);
    expect((await sends(page))[0]!.text).toBe(ANGRY);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('a calm draft schedules at once from the send-options menu, and Enter or Space on the menu item of an angry one is held', async () => {
    const page = await inbox();
    await write(page, CALM);
    const more = page.locator('.IZ [aria-haspopup="true"]').first();
    await more.click();
    await page.locator('.J-M [role=menuitem]').click();
    await expect.poll(async () => (await sends(page)).map((x) => x.how)).toEqual(['schedule']);
    expect(await overlay(page).count()).toBe(0);
    // a fresh compose: the menu opened calm, then the draft turns angry and the item is chosen with the keyboard
    await page.locator('#compose-button').click();
    await page.keyboard.type(CALM);
    await page.locator('.IZ [aria-haspopup="true"]').first().click();
    await page.locator(BODY).first().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ANGRY);
    for (const key of ['Enter', ' ']) {
      await page.locator('.J-M [role=menuitem]').focus();
      await page.keyboard.press(key);
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => overlay(page).count()).toBe(0);
    }
    expect((await sends(page)).length).toBe(1);
    await page.close();
  });

  it('once the user edits the draft to calm, Send goes straight through', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CALM);
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.text).toBe(CALM);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  it('Esc returns to editing with the caret where it was and the draft unchanged', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    // Focus is back in the body and typing continues at the end, where the caret was.
    await page.keyboard.type(' XYZ');
    expect(await page.locator(BODY).first().innerText()).toBe(`${ANGRY} XYZ`);
    await page.close();
  });

  it('counts down the configured delay; "Send anyway" then sends exactly once, text as typed', async () => {
    await s.setSettings({ delaySeconds: 90 });
    let page = await inbox();
    await write(page, ANGRY);
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).innerText()).toContain('1:30');
    await page.close();

    await s.setSettings({ delaySeconds: 3 });
    page = await inbox();
    await write(page, ANGRY);
    await page.locator('.aoO').first().click();
    const sendAnyway = overlay(page).getByRole('button', { name: /send anyway/i });
    expect(await sendAnyway.isDisabled()).toBe(true);
    await sendAnyway.click({ force: true }).catch(() => undefined); // a disabled button does nothing
    expect(await sends(page)).toEqual([]);
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    // Repeated clicks (the overlay is gone) cannot send twice.
    await page.waitForTimeout(300);
    const sent = await sends(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(ANGRY);
    expect(sent[0]!.how).toBe('click');
    await page.close();
  });

  // QA: with an input method's composition open (Japanese, Chinese, Korean typing), Ctrl+Enter arrives
  // as Enter with isComposing set, and the guard let it through: the angry draft was sent unchecked.
  it('holds Ctrl+Enter pressed while an input method is composing', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'かな', selectionStart: 2, selectionEnd: 2 });
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await cdp.detach();
    await page.close();
  });

  // QA: text typed inside an element with a hyphen in its name (a web app's <x-card> pasted in) was read
  // as another extension's widget, not the user's words: the badge said calm and Send went out unheld.
  it('holds an angry reply typed inside a custom element pasted into the body', async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await body.click();
    await page.evaluate(() => document.execCommand('insertHTML', false, '<div><x-card id="t">Hi Dana,&nbsp;</x-card></div>'));
    await page.locator('#t').click();
    await page.keyboard.press('End');
    await page.keyboard.type(ANGRY);
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // QA: text pasted from a web page or a word processor can hold a soft hyphen or a zero-width space; inside
  // "idiot" it showed nothing to the customer but split the word for the scorer, and the reply was sent unheld.
  it('holds an insult pasted with a soft hyphen or a zero-width space inside it, and the overlay quotes it', async () => {
    for (const hidden of ['\u00AD', '\u200B']) {
      const page = await inbox();
      await page.locator(BODY).first().click();
      await page.keyboard.insertText(`The parcel left on Monday. You are an id${hidden}iot.`);
      await page.locator('.aoO').first().click();
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      expect(await overlay(page).innerText()).toContain('"idiot" is insulting.');
      await page.close();
    }
  });

  it('"Send anyway" after Ctrl+Enter repeats the keyboard send once', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await page.keyboard.press('Control+Enter');
    const sendAnyway = overlay(page).getByRole('button', { name: /send anyway/i });
    await expect.poll(() => sendAnyway.isEnabled(), { timeout: 6000 }).toBe(true);
    await sendAnyway.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.text).toBe(ANGRY);
    await page.close();
  });
});

describe('calm drafts and several composes', () => {
  it('a calm draft sends at once, with no overlay', async () => {
    const page = await inbox();
    await write(page, CALM);
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect((await sends(page))[0]!.text).toBe(CALM);
    await page.close();
  });

  it('two composes: the calm one sends, the angry one is held', async () => {
    const page = await inbox();
    await page.locator('#compose-button').click(); // opened after load
    await expect.poll(() => badge(page).count()).toBe(2);
    await write(page, ANGRY, 0);
    await write(page, CALM, 1);
    await page.locator('.aoO').nth(1).click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.text).toBe(CALM);
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toHaveLength(1);
    await page.close();
  });

  it('inline reply and full-screen composes are guarded', async () => {
    const page = await s.open('https://mail.google.com/mail/u/0/?compose=0#inbox');
    await page.locator('#reply-button').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    await page.keyboard.type(ANGRY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('#fullscreen-button').click();
    await expect.poll(() => badge(page).count()).toBe(2);
    await page.keyboard.type(ANGRY);
    await page.locator('.aSt .aoO').click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('works in Gmail in another UI language (Vietnamese, Korean)', async () => {
    for (const hl of ['vi', 'ko']) {
      const page = await inbox(`?hl=${hl}`);
      expect(await page.locator('.aoO').first().innerText()).not.toBe('Send');
      await write(page, ANGRY);
      await page.locator('.aoO').first().click();
      await expect.poll(() => overlay(page).isVisible()).toBe(true);
      expect(await sends(page)).toEqual([]);
      await page.close();
    }
  });
});

// QA: an answer typed inside the quoted history ("see my answers below") was never checked.
describe('inline answers inside the quoted history', () => {
  const QUOTE =
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Dana wrote:<br></div><blockquote class="gmail_quote">' +
    '<div>I ordered the lamp two weeks ago.</div><div>This is the worst shop ever, you are all useless idiots!!!</div></blockquote></div>';

  /** A reply with the quoted history below it, as Gmail loads it with the compose. */
  async function reply(own = '<div><br></div>'): Promise<Page> {
    const page = await inbox();
    await page.locator(BODY).first().evaluate((el, html) => {
      el.innerHTML = html;
    }, `${own}<br>${QUOTE}`);
    return page;
  }

  /** Click into the quoted line and answer under it. */
  async function answerInQuote(page: Page, text: string): Promise<void> {
    await page.locator(`${BODY} blockquote div`).first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }

  const quoted = (page: Page) => page.locator(`${BODY} blockquote`).first().innerText();

  it('a hostile answer typed inside the quote is held: the badge and the overlay say so, no rewrite is offered', async () => {
    const page = await reply();
    await answerInQuote(page, 'Read the tracking page yourself, you idiot. Stop wasting my time.');
    await expect.poll(() => badge(page).first().locator('.co-badge').innerText(), { timeout: 3000 }).toMatch(/angry/i);
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    expect(await dlg.locator('.co-desc').innerText()).toMatch(/answers inside the quoted message read as hostile/);
    expect(await dlg.getByRole('button', { name: /use calm rewrite/i }).count()).toBe(0);
    // the quote still holds the customer's words and the user's answer, nothing of ours
    const q = await quoted(page);
    expect(q).toContain('I ordered the lamp two weeks ago.');
    expect(q).toContain('you idiot');
    expect(await page.locator(`${BODY} cool-off-badge, ${BODY} cool-off-overlay`).count()).toBe(0);
    await page.close();
  });

  it('a calm answer typed inside the quote sends at once', async () => {
    const page = await reply();
    await answerInQuote(page, 'It shipped on Monday; the tracking number is 1Z999AA1.');
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect((await sends(page))[0]!.text).toContain('1Z999AA1');
    await page.close();
  });

  it("the customer's angry words in the quote, untouched, do not hold a calm reply", async () => {
    const page = await reply();
    await page.locator(BODY).first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(CALM);
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    expect((await sends(page))[0]!.text).toContain('useless idiots');
    await page.close();
  });
});

describe('the live badge', () => {
  it('updates as the user types, explains on focus, and is never inside the editable body', async () => {
    const page = await inbox();
    const b = badge(page).first();
    await expect.poll(() => b.locator('.co-badge').innerText()).toMatch(/calm/i);
    await write(page, ANGRY);
    await expect.poll(() => b.locator('.co-badge').innerText(), { timeout: 3000 }).toMatch(/angry/i);
    // Nothing of ours inside the body, so nothing of ours can be sent.
    expect(await page.locator(`${BODY} cool-off-badge, ${BODY} cool-off-overlay, ${BODY} [data-cool-off]`).count()).toBe(0);
    expect(await b.evaluate((el) => el.closest('[contenteditable="true"]'))).toBeNull();
    // Reasons on keyboard focus.
    await b.locator('[tabindex="0"], button').first().focus();
    await expect.poll(() => b.locator('.co-badge').innerText()).toMatch(/READ|wasting|fault/);
    // The text that reaches Gmail is only what the user typed.
    await s.setSettings({ delaySeconds: 0 }); // 0 = flag without holding
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.html).not.toMatch(/cool-off/i);
    await s.setSettings({ delaySeconds: 3 });
    await page.close();
  });
});

describe('bad input never breaks the page or the send', () => {
  it('a 100,000-character draft with odd markup is scored and held promptly; a calm huge one sends', async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await body.evaluate((el, angry) => {
      const calmLine = '<div>Thanks for your patience while we look into order 4471 &#x1F600; <img alt=""> <table><tr><td>cell</td></tr></table></div>';
      el.innerHTML = calmLine.repeat(1500) + `<div>${angry}</div>`;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, ANGRY);
    expect((await body.innerText()).length).toBeGreaterThan(50_000);
    const t0 = Date.now();
    await page.locator('.aoO').first().click();
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(await sends(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await body.evaluate((el) => {
      el.innerHTML = "<div>Thanks for your patience while we look into order 4471.</div>".repeat(1800);
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await page.close();
  });
});

describe('settings reach open tabs', () => {
  it('pausing from storage lets sends through without a reload; site off does too', async () => {
    const page = await inbox();
    await write(page, ANGRY);
    await s.setSettings({ pausedUntil: Date.now() + 3600_000 });
    await expect.poll(() => badge(page).first().locator('.co-badge').innerText()).toMatch(/paused/i);
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await s.setSettings({ pausedUntil: 0, sites: { gmail: false } });
    await page.locator('#compose-button').click();
    await write(page, ANGRY, 0);
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(2);
    await s.setSettings({ sites: { gmail: true } });
    await page.close();
  });
});
