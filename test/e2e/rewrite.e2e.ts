/**
 * Suggestions, the one-click calm rewrite, Undo and "Draft a calm reply", end to end on the Gmail
 * fixture: edits go through the editor (Gmail sees input events and saves the draft), Undo restores
 * the exact original, HTML we put back is sanitized, and Gmail's own send then sends the new text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badge, overlay, sends, sharedSession, GMAIL, openInbox } from './harness';

const BODY = '[g_editable="true"]';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM3ZmYAZS0wNjFiLTRmZDUtMDACLTAwCgAQAGd1';
const OUTLOOK_BODY = '.compose [role="textbox"][contenteditable="true"]';
const s = sharedSession([GMAIL, { pattern: 'https://outlook.office.com/**', fixture: 'sites/outlook.html' }], { delaySeconds: 30 });

const inbox = (query = ''): Promise<Page> => openInbox(s, query);

async function setDraftHtml(page: Page, html: string): Promise<void> {
  await page.locator(BODY).first().evaluate((el, h) => {
    el.innerHTML = h;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, html);
}

/** HTML pasted into the first box through the editor's own paste path (what Ctrl+V of rich text runs). */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.locator(BODY).first().click();
  await page.evaluate((h) => document.execCommand('insertHTML', false, h), html);
}

const ANGRY_HTML =
  '<div dir="ltr">Hi Dana,</div><div><br></div><div>Did you even <b>READ</b> the listing?! Order #48213 shipped on 3 May, it is <i>your fault</i> you picked the slow option. Stop wasting my time!!!</div><div><br></div><div>Sam</div>';

describe('calm rewrite and undo', () => {
  it('rewrites in one click, undoes to the exact original, and sends the rewrite', async () => {
    const page = await inbox();
    await setDraftHtml(page, ANGRY_HTML);
    const original = await page.locator(BODY).first().innerHTML();
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    const savesBefore = await page.evaluate(() => (window as unknown as { __draftSaves: number }).__draftSaves);

    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    const rewritten = await page.locator(BODY).first().innerText();
    expect(rewritten).not.toMatch(/READ|your fault|wasting my time|!!!/);
    // Facts, greeting and signature kept.
    for (const fact of ['#48213', '3 May', 'Hi Dana', 'Sam']) expect(rewritten).toContain(fact);
    // Gmail registered the change (input event → draft saved).
    expect(await page.evaluate(() => (window as unknown as { __draftSaves: number }).__draftSaves)).toBeGreaterThan(savesBefore);
    // Calm now: no wait needed.
    const send = dlg.getByRole('button', { name: /^send/i });
    await expect.poll(() => send.isEnabled()).toBe(true);

    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await page.locator(BODY).first().innerHTML()).toBe(original);

    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    const again = await page.locator(BODY).first().innerText();
    await send.click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect((await sends(page))[0]!.text.trim()).toBe(again.trim());
    await page.close();
  });

  // Text pasted in bold (from another page) at the start of the reply: the rewrite came out all bold,
  // as the browser typed it in the style of the text it replaced.
  it('a rewrite of pasted bold text does not make the whole draft bold; Undo brings back the exact original', async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    // the editor's paste path (what Ctrl+V of rich text runs), with the bold markup another page gives
    await pasteHtml(page, '<b style="font-weight: 700">Did you even READ the listing?!</b>');
    await page.keyboard.type(' It is your fault you picked the slow option. Stop wasting my time!!!');
    const original = await body.innerHTML();
    expect(original).toMatch(/<b\b|font-weight: 700/);
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/READ/);
    // no character of the rewritten draft is bold (by markup or by style)
    const boldChars = await body.evaluate((b) => {
      let n = 0;
      const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const w = Number(getComputedStyle(t.parentElement!).fontWeight);
        if (w >= 600) n += (t.nodeValue ?? '').trim().length;
      }
      return n;
    });
    expect(boldChars).toBe(0);
    expect(await body.innerHTML()).not.toMatch(/<(b|strong)\b|font-weight/);
    expect((await body.innerText()).length).toBeGreaterThan(20);
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // QA: rich HTML pasted into the compose (a link, a numbered list, an image) came out of the rewrite as
  // one paragraph of plain lines: the link's address, the lists and the image were gone.
  it('keeps the links, lists, image and bold of a pasted draft; only the hostile words change; Undo brings back the exact original', async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await pasteHtml(
      page,
      '<p>Hi Dana,</p><p>See <a href="https://shop.example/returns">our returns page</a>. Steps:</p><ol><li>Print the label</li><li>Drop it at the post office</li></ol>' +
        '<p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" alt="label sample" width="20"></p>' +
        '<p><b>Honestly, you are an idiot</b> if you could not figure that out. Stop whining.</p><ul><li>Refund: 5 days</li></ul>',
    );
    const original = await body.innerHTML();
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/idiot|whining/);
    const after = await body.evaluate((b) => ({
      links: [...b.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      ol: [...b.querySelectorAll('ol > li')].map((li) => li.textContent),
      ul: b.querySelectorAll('ul > li').length,
      img: b.querySelector('img')?.getAttribute('alt'),
      bold: b.querySelector('b')?.textContent,
    }));
    expect(after.links).toEqual([['https://shop.example/returns', 'our returns page']]);
    expect(after.ol).toEqual(['Print the label', 'Drop it at the post office']);
    expect(after.ul).toBe(1);
    expect(after.img).toBe('label sample');
    // edited in place: still nothing of ours inside the box
    expect(await body.evaluate((b) => b.querySelectorAll('[class^="co-"], cool-off-badge, cool-off-overlay, [data-cool-off]').length)).toBe(0);
    // the insult's sentence is taken out whole (it reads hostile however it is softened), bold and all
    expect(after.bold ?? '').not.toMatch(/idiot/);
    const text = await body.innerText();
    expect(text).toContain('Hi Dana,');
    expect(text).toContain('See our returns page. Steps:');
    expect(text).not.toContain('figure that out');
    // kept in place: nothing to warn about
    expect(await dlg.locator('.co-status').innerText()).not.toMatch(/formatting/);
    expect(await body.evaluate((b) => b.querySelector('ul > li')?.textContent ?? '')).toMatch(/^Refund: 5 days/);
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('a formatted draft the rewrite must replace whole (mostly reworded) says its formatting is gone, and Undo brings it back', async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await pasteHtml(
      page,
      '<p>See <a href="https://shop.example/faq">the FAQ</a>.</p><p><b>You idiots are useless, stop whining and learn to read, this is pathetic and you are all morons who cannot follow one simple instruction.</b></p>',
    );
    const original = await body.innerHTML();
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/idiots|morons/);
    await expect.poll(() => dlg.locator('.co-status').innerText()).toMatch(/formatting \(links, lists, images\) could not be kept/);
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('Outlook: a link in the reply above the quoted original keeps its address after the rewrite; the quote is untouched', async () => {
    const page = await s.open(OUTLOOK_URL);
    await badge(page).first().waitFor({ state: 'attached' });
    const body = page.locator(OUTLOOK_BODY).first();
    const quoteBefore = await body.evaluate((b) => b.querySelector('#divRplyFwdMsg')!.outerHTML);
    await body.evaluate((b) => {
      b.firstElementChild!.innerHTML =
        'Track it on <a href="https://shop.example/track/48213">the tracking page</a>, you idiot. Stop wasting my time.';
      b.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const original = await body.innerHTML();
    await body.click();
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/idiot|wasting/);
    const after = await body.evaluate((b) => ({
      link: [...b.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]),
      marker: !!b.querySelector(':scope > #appendonsend + hr + #divRplyFwdMsg'),
      quote: b.querySelector('#divRplyFwdMsg')!.outerHTML,
      above: b.firstElementChild!.textContent,
    }));
    expect(after.link).toEqual([['https://shop.example/track/48213', 'the tracking page']]);
    expect(after.marker).toBe(true);
    expect(after.quote).toBe(quoteBefore);
    expect(after.above).toContain('Track it on the tracking page');
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('does not offer the rewrite again on what it left (it used to answer only "Nothing to rewrite.")', async () => {
    const page = await inbox();
    await page.locator(BODY).first().click();
    await page.keyboard.type('Your parcel was delivered on March 3 at 2pm, so stop lying about it, you idiot. We are not a charity.');
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => dlg.getByRole('status').innerText()).toContain('One sentence is left for you to reword.');
    // still held (the kept sentence still reads hostile), but one more click would change nothing
    expect(await dlg.innerText()).toContain('still has a sentence that reads as hostile');
    expect(await dlg.getByRole('button', { name: /use calm rewrite/i }).count()).toBe(0);
    expect(await dlg.getByRole('button', { name: /undo/i }).count()).toBe(1);
    // once the user edits the draft, the rewrite is offered again
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' You idiot.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).getByRole('button', { name: /use calm rewrite/i }).count()).toBe(1);
    await page.close();
  });

  it('rewrites a reply above quoted history without touching the quote', async () => {
    const page = await inbox();
    const quote =
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Dana wrote:<br></div><blockquote class="gmail_quote">Where is my lamp? Order #48213.</blockquote></div>';
    await setDraftHtml(page, `${ANGRY_HTML}<br>${quote}`);
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    const body = page.locator(BODY).first();
    await expect.poll(() => body.innerText()).not.toMatch(/READ/);
    // The quote is exactly as it was, still the body's own child, and the rewrite is above it.
    expect(await body.evaluate((b) => b.querySelector(':scope > .gmail_quote')?.outerHTML)).toBe(quote);
    const text = await body.innerText();
    expect(text.indexOf('Sam')).toBeLessThan(text.indexOf('On Mon, Dana wrote:'));
    expect(text).toContain('Hi Dana');
    await page.close();
  });

  it('takes out a sentence no phrase can soften, names it, and the draft is calm without our framing doing it', async () => {
    const page = await inbox();
    await page.locator(BODY).first().click();
    const original = 'The lamp shipped on 3 May with tracking 1Z999AA1. Next time maybe read the listing before you order.';
    await page.keyboard.type(original);
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    const text = await page.locator(BODY).first().innerText();
    expect(text).toContain('The lamp shipped on 3 May with tracking 1Z999AA1.');
    expect(text).not.toContain('read the listing');
    // the user is told what went, and can have it back
    await expect.poll(() => dlg.getByRole('status').innerText()).toContain('took out one sentence');
    const taken = dlg.getByRole('region', { name: 'Taken out by the rewrite' });
    expect(await taken.getByRole('listitem').innerText()).toContain('Next time maybe read the listing before you order.');
    await expect.poll(() => dlg.getByRole('button', { name: /^send/i }).isEnabled()).toBe(true);
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await page.locator(BODY).first().innerText()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('keeps holding when the rewrite had to keep a hostile sentence with a detail in it, and says which, on the overlay and the badge', async () => {
    const page = await inbox();
    await page.locator(BODY).first().click();
    await page.keyboard.type('If a 10-minute wait on a Saturday night is too much for you, maybe stick to cooking at home.');
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    const text = await page.locator(BODY).first().innerText();
    expect(text).toContain('10-minute');
    // our acknowledgment and next step alone would score it calm; the hold stays until the user rewords it
    await expect.poll(() => dlg.getByRole('status').innerText()).toContain('One sentence is left for you to reword.');
    // the badge beside the box tells the same truth at once: held, not the scorer's "Calm"
    const pill = badge(page).first().locator('.co-badge-btn');
    expect(await pill.getAttribute('data-co-level')).toBe('held');
    expect(await pill.innerText()).toMatch(/held: reword 1 sentence/i);
    expect(await pill.innerText()).not.toMatch(/calm/i);
    // Undo puts the exact original back, and with it the scorer's verdict (no wait for the typing debounce)
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await pill.getAttribute('data-co-level')).toMatch(/^(tense|angry)$/);
    expect(await pill.innerText()).not.toMatch(/reword/i);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    expect(await pill.getAttribute('data-co-level')).toBe('held');
    const reword = dlg.getByRole('region', { name: 'Still to reword' });
    expect(await reword.getByRole('listitem').innerText()).toContain('If a 10-minute wait on a Saturday night is too much for you');
    expect(await dlg.getAttribute('aria-describedby')).toBeTruthy();
    expect(await dlg.innerText()).toContain('still has a sentence that reads as hostile');
    const send = dlg.getByRole('button', { name: /^send/i });
    expect(await send.isEnabled()).toBe(false);
    expect(await send.innerText()).toMatch(/send anyway/i);
    // back to editing and Send again, unchanged: held again, with the same sentence to reword
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => overlay(page).isVisible()).toBe(true);
    expect(await overlay(page).getByRole('region', { name: 'Still to reword' }).getByRole('listitem').innerText()).toContain('If a 10-minute wait');
    expect(await sends(page)).toEqual([]);
    // back in the reply box, the badge still reads held and, on focus, names the sentence to reword
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(await pill.getAttribute('data-co-level')).toBe('held');
    await pill.focus();
    const tip = badge(page).first().locator('[role="tooltip"]');
    expect(await pill.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('If a 10-minute wait on a Saturday night is too much for you');
    // once the user rewords it themselves, the score decides again, on the badge as for the hold
    await page.locator(BODY).first().evaluate((el) => {
      el.textContent = 'Thank you for your patience. Saturday nights are busy; we are sorry about the 10-minute wait.';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('calm');
    expect(await pill.innerText()).toMatch(/calm/i);
    expect(await pill.innerText()).not.toMatch(/reword/i);
    expect(await tip.innerText()).not.toContain('10-minute wait on a Saturday');
    await page.locator(BODY).first().click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    await page.close();
  });

  it('applies one suggestion to its phrase only', async () => {
    const page = await inbox();
    await page.locator(BODY).first().click();
    await page.keyboard.type('Calm down. Per my last email, the refund for invoice 7781 was sent on Monday.');
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    const apply = dlg.getByRole('button', { name: /apply/i }).first();
    await apply.click();
    const text = await page.locator(BODY).first().innerText();
    expect(text).toContain('invoice 7781');
    expect(text).toContain('Monday');
    expect(text).not.toBe('Calm down. Per my last email, the refund for invoice 7781 was sent on Monday.');
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await page.locator(BODY).first().innerText()).toBe(
      'Calm down. Per my last email, the refund for invoice 7781 was sent on Monday.',
    );
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('does not offer an Undo that would throw away edits made after the rewrite', async () => {
    const page = await inbox();
    await setDraftHtml(page, ANGRY_HTML);
    await page.locator('.aoO').first().click();
    let dlg = overlay(page);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    // back to editing (Esc), then the user adds a line of their own to the rewrite
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator(BODY).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' PS: This is YOUR fault, you idiot. Stop wasting my time!!!');
    const edited = await page.locator(BODY).first().innerText();
    await page.locator('.aoO').first().click();
    dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    // the earlier undo step would drop the PS: it is not offered
    expect(await dlg.getByRole('button', { name: /undo/i }).count()).toBe(0);
    expect(await page.locator(BODY).first().innerText()).toBe(edited);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('sanitizes the HTML it puts back on undo', async () => {
    const page = await inbox();
    // A pasted fragment with an inline handler: it runs once when the page itself inserts it…
    await setDraftHtml(
      page,
      '<div>You people are idiots!!! <img src="data:image/png;base64,AAAA" onerror="window.__pwn=(window.__pwn||0)+1"></div>',
    );
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwn?: number }).__pwn)).toBe(1);
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await dlg.getByRole('button', { name: /undo/i }).click();
    // …but what Cool-Off inserts is sanitized: the handler is gone and never runs again.
    const html = await page.locator(BODY).first().innerHTML();
    expect(html).toContain('idiots');
    expect(html).not.toMatch(/onerror/);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwn?: number }).__pwn)).toBe(1);
    await page.close();
  });
});

// QA: Chrome's Undo (Ctrl/Cmd+Z) acts on the page's whole editing history, and it recorded our rewrite as
// two steps (the old text deleted, then the new text typed): one press left the reply box empty.
// QA: "Back to editing" after the calm rewrite, or after its Undo (which puts back new nodes), left the caret
// at the very start of a rich-text box: the next words typed went before the greeting.
describe('back to editing after the calm rewrite or its Undo', () => {
  const ANGRY = "Did you even read the menu? This is your fault. Stop wasting my time.";
  for (const where of ['Gmail', 'Outlook'] as const) {
    for (const undo of [false, true]) {
      it(`${where}: typing goes on at the end of the reply${undo ? ' after Undo' : ''}, where the caret was, above any quote`, async () => {
        const page = where === 'Gmail' ? await inbox() : await s.open(OUTLOOK_URL);
        const sel = where === 'Gmail' ? BODY : OUTLOOK_BODY;
        const body = page.locator(sel).first();
        await badge(page).first().waitFor({ state: 'attached' });
        await body.focus();
        await page.keyboard.press('Control+Home');
        await page.keyboard.type(ANGRY);
        await page.keyboard.press('Control+Enter');
        const dlg = overlay(page);
        await expect.poll(() => dlg.isVisible()).toBe(true);
        await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
        await expect.poll(() => body.innerText()).not.toContain('your fault');
        if (undo) {
          await dlg.getByRole('button', { name: /^undo$/i }).click();
          await expect.poll(() => body.innerText()).toContain('your fault');
        }
        const mine = (await body.innerText()).split(/\n(?:From|Von):/)[0]!.trimEnd();
        await page.keyboard.press('Escape');
        await expect.poll(() => dlg.count()).toBe(0);
        await page.keyboard.type(' Sam');
        expect((await body.innerText()).split(/\n(?:From|Von):/)[0]!.trimEnd()).toBe(`${mine} Sam`);
        await page.close();
      });
    }
  }
});

describe("the browser's Undo after a calm rewrite", () => {
  const ANGRY = "This is ridiculous. You clearly didn't read my email, and frankly your stupid complaint is a waste of my time. Stop whining.";

  /** An angry draft typed in Gmail's compose, held, and calmly rewritten from the overlay. */
  async function rewritten(): Promise<{ page: Page; original: string; after: string }> {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await body.click();
    await page.keyboard.type(ANGRY);
    const original = await body.innerHTML();
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toContain('stupid');
    return { page, original, after: await body.innerHTML() };
  }

  it('Ctrl+Z in the hold dialog is its Undo (the exact original, announced), never the page history; an emptied draft is not offered for sending', async () => {
    const { page, original } = await rewritten();
    const body = page.locator(BODY).first();
    const dlg = overlay(page);
    // focus is in the dialog ("Back to editing")
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    expect(await dlg.locator('.co-status').innerText()).toMatch(/original draft is back/i);
    // nothing left of ours to undo: the key does nothing to the draft (no page Undo behind the dialog; Redo: below)
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(400);
    expect(await body.innerHTML()).toBe(original);
    expect(await dlg.getByRole('button', { name: /^send/i }).isDisabled()).toBe(true);

    // rewritten again (calm: Send is on), then the site empties the box while the dialog is open
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    const send = dlg.getByRole('button', { name: /^send/i });
    await expect.poll(() => send.isEnabled()).toBe(true);
    await body.evaluate((el) => {
      el.innerHTML = '<br>';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await expect.poll(() => dlg.locator('.co-desc').innerText()).toMatch(/empty/i);
    expect(await dlg.innerText()).not.toMatch(/reads calm/i);
    expect(await send.isDisabled()).toBe(true);
    await send.click({ force: true });
    await page.waitForTimeout(200);
    expect(await sends(page)).toEqual([]);
    // its Undo still brings the draft before the rewrite back
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.close();
  });

  it('one Ctrl+Z in the box right after the rewrite brings back the exact original; after the user types, Ctrl+Z is the browser’s again', async () => {
    const { page, original, after } = await rewritten();
    const body = page.locator(BODY).first();
    await page.keyboard.press('Escape'); // back to editing: the caret is in the box
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    // the hold's Undo follows: nothing left to undo, the rewrite is offered again
    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    expect(await dlg.getByRole('button', { name: /^undo/i }).count()).toBe(0);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerHTML()).toBe(after);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    // the user edits the rewrite: their Ctrl+Z undoes their typing, not our rewrite
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerText()).not.toContain('Thanks');
    expect(await body.innerText()).not.toContain('stupid');
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // QA: Redo after our Undo did nothing. It brings the rewrite back exactly, as any editor would, and a second
  // Undo the original again; never over what the user typed after the Undo.
  it('Ctrl+Shift+Z or Ctrl+Y in the box after that Undo brings the rewrite back exactly; never once the user has typed', async () => {
    const { page, original, after } = await rewritten();
    const body = page.locator(BODY).first();
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => body.innerHTML()).toBe(after);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => body.innerHTML()).toBe(after);
    // the badge follows each at once
    const pill = badge(page).first().locator('.co-badge-btn');
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('calm');
    // undone once more, then the user types: Redo leaves their words alone
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Sam');
    await expect.poll(() => pill.getAttribute('data-co-level')).toBe('angry');
    const typed = await body.innerHTML();
    expect(await body.innerText()).toContain('Stop whining. Sam');
    for (const key of ['Control+Shift+Z', 'Control+Y']) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    expect(await body.innerHTML()).toBe(typed);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('in the hold dialog, Ctrl+Shift+Z and Ctrl+Y redo its Undo (announced), and nothing more', async () => {
    const { page, original, after } = await rewritten();
    const body = page.locator(BODY).first();
    const dlg = overlay(page);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => body.innerHTML()).toBe(after);
    expect(await dlg.locator('.co-status').innerText()).toMatch(/calm rewrite applied/i);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => body.innerHTML()).toBe(after);
    // nothing left to redo: the keys change nothing (no page Redo behind the dialog)
    for (const key of ['Control+Y', 'Control+Shift+Z']) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    expect(await body.innerHTML()).toBe(after);
    await page.close();
  });

  // QA: with the focus outside the box (the page clicked, Gmail's Send focused), the browser's Undo still
  // reversed the last half of the rewrite: the box was left empty, and Send sent the empty reply unheld.
  it('Ctrl+Z with the focus outside the box, right after the rewrite, brings back the exact original too', async () => {
    const { page, original } = await rewritten();
    const body = page.locator(BODY).first();
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    // somewhere that is no text field: the page's heading area
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.isContentEditable ?? false)).toBe(false);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerHTML()).toBe(original);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  // QA: the rewrite's closing sentence landed after the signature's phone number (and with a longer draft the
  // signature block went, its text joined to the reply); "Draft a calm reply" over an empty reply threw it away.
  it('the signature block Gmail puts in the box stays as it is, below the rewritten reply; Undo is exact', async () => {
    const page = await inbox();
    await setDraftHtml(
      page,
      '<div>This is ridiculous. You clearly did not read my email, and your stupid complaint is a waste of my time.</div>' +
        '<div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Sam Ortiz<br>Lamp &amp; Co · +44 20 7946 0000</div>',
    );
    const body = page.locator(BODY).first();
    const original = await body.innerHTML();
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /use calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/ridiculous/);
    const sig = await body.evaluate((b) => {
      const s = b.querySelector('.gmail_signature');
      return { html: s?.innerHTML, last: b.lastElementChild === s, before: s ? (b.textContent ?? '').indexOf(s.textContent ?? '') : -1, textLength: (b.textContent ?? '').length - (s?.textContent ?? '').length };
    });
    expect(sig.html).toBe('-- <br>Sam Ortiz<br>Lamp &amp; Co · +44 20 7946 0000');
    expect(sig.last).toBe(true);
    // everything of the reply is above the signature: it ends the box
    expect(sig.before).toBe(sig.textLength);
    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    await page.close();
  });

  it('keeps the way back when the site replaces the reply box while the rewrite is applied: the new box offers "Undo calm rewrite"', async () => {
    const { page, original } = await rewritten();
    // the site re-mounts the editable (a new element with the same content) under the open hold
    await page.locator(BODY).first().evaluate((b) => b.replaceWith(b.cloneNode(true)));
    await expect.poll(() => overlay(page).count()).toBe(0);
    const undo = badge(page).getByRole('button', { name: /undo calm rewrite/i });
    await expect.poll(() => undo.count()).toBe(1);
    await undo.click();
    await expect.poll(() => page.locator(BODY).first().innerHTML()).toBe(original);
    await expect.poll(() => undo.count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });

  it('never offers that Undo in a replacing box holding other text', async () => {
    const { page } = await rewritten();
    await page.locator(BODY).first().evaluate((b) => {
      const c = b.cloneNode(true) as HTMLElement;
      c.append(' PS: see you soon.');
      b.replaceWith(c);
    });
    await expect.poll(() => overlay(page).count()).toBe(0);
    await expect.poll(() => page.locator(BODY).first().innerText()).toContain('PS: see you soon.');
    await page.waitForTimeout(500);
    expect(await badge(page).getByRole('button', { name: /undo/i }).count()).toBe(0);
    await page.close();
  });
});

describe('draft a calm reply', () => {
  it('fills an empty inline reply from the customer message, and Gmail sends it', async () => {
    await s.setSettings({ signatureName: 'Sam Ortiz', businessName: 'Lamp & Co' });
    const page = await s.open('https://mail.google.com/mail/u/0/?compose=0#inbox');
    await page.locator('#reply-button').click();
    await expect.poll(() => badge(page).count()).toBe(1);
    await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).click();
    const text = await page.locator(BODY).first().innerText();
    expect(text).toMatch(/Dana/);
    expect(text).toMatch(/damag|crack|broke|late|refund/i);
    // Signed with the name and business from the options page.
    expect(text).toContain('Sam Ortiz');
    expect(text).toContain('Lamp & Co');
    await page.locator('.aoO').first().click();
    await expect.poll(async () => (await sends(page)).length).toBe(1);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  /** An inline reply holding `typed`, replaced (the user confirms) by a drafted calm reply. */
  async function replyDraftedOver(typed: string): Promise<Page> {
    const page = await s.open('https://mail.google.com/mail/u/0/?compose=0#inbox');
    await page.locator('#reply-button').click();
    await page.keyboard.type(typed);
    page.once('dialog', (d) => void d.accept());
    await badge(page).first().getByRole('button', { name: /draft a calm reply/i }).click();
    await expect.poll(() => page.locator(BODY).first().innerText()).not.toBe(typed);
    return page;
  }

  it('offers to replace a non-empty draft, undoably', async () => {
    const page = await replyDraftedOver('whatever, not my problem');
    await badge(page).first().getByRole('button', { name: /undo/i }).click();
    await expect.poll(() => page.locator(BODY).first().innerText()).toBe('whatever, not my problem');
    await page.close();
  });

  // QA: one Ctrl+Z left the box empty (the browser's two steps), and the badge then still offered
  // "Undo drafted reply", warning that edits would be lost though none were made.
  it('one Ctrl+Z in the box right after "Draft a calm reply" brings back the earlier draft, and the badge stops offering Undo', async () => {
    const page = await replyDraftedOver('whatever, not my problem');
    const asked: string[] = [];
    page.on('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
    await page.locator(BODY).first().focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator(BODY).first().innerText()).toBe('whatever, not my problem');
    await expect.poll(() => badge(page).first().getByRole('button', { name: /undo drafted reply/i }).count()).toBe(0);
    expect(asked).toEqual([]);
    await page.close();
  });

  it('stops offering "Undo drafted reply" once the box holds the earlier draft again', async () => {
    const page = await replyDraftedOver('whatever, not my problem');
    const undo = badge(page).first().getByRole('button', { name: /undo drafted reply/i });
    expect(await undo.count()).toBe(1);
    // the earlier draft back by other means than our Undo (the page's own history, the user retyping it)
    await page.locator(BODY).first().evaluate((el) => {
      el.textContent = 'whatever, not my problem';
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await expect.poll(() => undo.count()).toBe(0);
    await page.close();
  });

  it('asks before an Undo that would discard edits made to the drafted reply', async () => {
    const page = await replyDraftedOver('whatever, not my problem');
    await page.locator(BODY).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Refund sent today.');
    const edited = await page.locator(BODY).first().innerText();
    // declined: the edited reply stays
    const asked: string[] = [];
    page.once('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
    await badge(page).first().getByRole('button', { name: /undo/i }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/edits/i);
    expect(await page.locator(BODY).first().innerText()).toBe(edited);
    // accepted: the earlier draft comes back exactly
    page.once('dialog', (d) => void d.accept());
    await badge(page).first().getByRole('button', { name: /undo/i }).click();
    await expect.poll(() => page.locator(BODY).first().innerText()).toBe('whatever, not my problem');
    await page.close();
  });
});

// Another extension's parts inside the reply (a mail tracker's widget, its signature element with a shadow
// root): the rewrite put the new text in front of the old and left the hostile original in place, rewrote
// the widget's own words, and Undo dropped contenteditable="false" and the signature element for good.
describe('a draft holding parts the user cannot edit', () => {
  const HOSTILE = "This is ridiculous. You clearly didn't read my email, and frankly your stupid complaint is a waste of my time. Stop whining.";

  it("the rewrite changes only the user's words, the widget stays as it was and not editable, and Undo is exact", async () => {
    const page = await inbox();
    const body = page.locator(BODY).first();
    await body.click();
    await page.keyboard.type(HOSTILE);
    await body.evaluate((b) => {
      const widget = document.createElement('div');
      widget.contentEditable = 'false';
      widget.className = 'ext-widget';
      widget.textContent = 'Stupid-simple tracking by MailTrackr';
      const sig = document.createElement('mailtrack-sig');
      sig.attachShadow({ mode: 'open' }).textContent = 'Sent with Mailtrack';
      b.append(widget, sig);
    });
    const original = await body.innerHTML();
    const widgetState = () =>
      body.evaluate((b) => {
        const w = b.querySelector('.ext-widget') as HTMLElement | null;
        return { text: w?.textContent, attr: w?.getAttribute('contenteditable'), editable: w?.isContentEditable, sig: b.querySelector('mailtrack-sig')?.shadowRoot?.textContent };
      });
    const intact = { text: 'Stupid-simple tracking by MailTrackr', attr: 'false', editable: false, sig: 'Sent with Mailtrack' };
    expect(await widgetState()).toEqual(intact);

    await page.keyboard.press('Control+Enter');
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/ridiculous/);
    const text = await body.evaluate((b) => Array.from(b.childNodes, (n) => (n instanceof Element && n.matches('.ext-widget, mailtrack-sig') ? '' : n.textContent)).join(''));
    // none of the hostile original is left, and the rewrite is not the old text with ours in front
    expect(text).not.toMatch(/ridiculous|stupid complaint|waste of my time|whining/i);
    expect(text.trim().length).toBeGreaterThan(20);
    // the widget's own words were not rewritten, and it is where it was: after the reply, not editable
    expect(await widgetState()).toEqual(intact);
    expect(await body.evaluate((b) => [b.children[b.children.length - 2]?.className, b.lastElementChild?.localName])).toEqual(['ext-widget', 'mailtrack-sig']);
    await expect.poll(() => dlg.getByRole('button', { name: /^send/i }).isEnabled()).toBe(true);

    await dlg.getByRole('button', { name: /undo/i }).click();
    expect(await body.innerHTML()).toBe(original);
    // the same signature element is back, with its shadow root; the widget is still not editable
    expect(await widgetState()).toEqual(intact);
    await page.close();
  });

  it('a pasted <img onerror> in such a draft does not run again through the rewrite or Undo', async () => {
    const page = await inbox();
    await setDraftHtml(
      page,
      '<div>You people are idiots!!! <img src="data:image/png;base64,AAAA" onerror="window.__pwn=(window.__pwn||0)+1"> Stop wasting my time.' +
        '<div contenteditable="false" class="ext-widget">Tracked by MailTrackr</div></div>',
    );
    const pwn = () => page.evaluate(() => (window as unknown as { __pwn?: number }).__pwn);
    await expect.poll(pwn).toBe(1);
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await expect.poll(() => page.locator(BODY).first().innerText()).not.toMatch(/idiots/);
    await dlg.getByRole('button', { name: /undo/i }).click();
    await expect.poll(() => page.locator(BODY).first().innerText()).toMatch(/idiots/);
    await page.waitForTimeout(300);
    expect(await pwn()).toBe(1);
    expect(await page.locator(`${BODY} .ext-widget`).getAttribute('contenteditable')).toBe('false');
    await page.close();
  });

  // The rewrite used to report "Calm rewrite applied" when it had refused to touch the draft (a widget
  // sat where its edits had to go): the draft was unchanged and still held, with nothing said.
  it('when a widget sits in the way, the rewrite says it could not change the draft, and the draft is exactly as it was', async () => {
    const page = await inbox();
    await setDraftHtml(
      page,
      '<div>You idiots lost my order and this is pathetic, <span contenteditable="false" class="ext-chip">📄 Order 48213.pdf</span> stop whining and learn to read.</div>',
    );
    const body = page.locator(BODY).first();
    const original = await body.innerHTML();
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await expect.poll(() => dlg.locator('.co-status').innerText()).toMatch(/could not change this draft in place/i);
    expect(await dlg.locator('.co-status').innerText()).not.toMatch(/rewrite applied/i);
    expect(await body.innerHTML()).toBe(original);
    // still held: the draft reads as it did
    expect(await dlg.getByRole('button', { name: /^send$/i }).count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    await page.close();
  });
});

// Undo puts the live widget back where its copy is in the sanitized HTML. DOMPurify drops comments, so
// the widget's child index in the draft as it was named the user's next line there: that line was lost
// and the widget shown twice.
describe('Undo next to a widget, with a comment before it', () => {
  it('every line of the draft comes back once, and the widget once, the same element', async () => {
    const page = await inbox();
    await setDraftHtml(
      page,
      '<!--gmail-draft-marker--><div contenteditable="false" class="ext-widget">Tracked by MailTrackr</div>' +
        '<div>Thanks for your note about order #48213, it shipped on 3 May and should reach you this week.</div>' +
        '<div>Stop whining, you idiot.</div>',
    );
    const body = page.locator(BODY).first();
    const original = await body.innerHTML();
    expect(original).toContain('<!--gmail-draft-marker-->');
    await body.evaluate((b) => ((b.querySelector('.ext-widget') as HTMLElement & { __same?: boolean }).__same = true));
    await page.locator('.aoO').first().click();
    const dlg = overlay(page);
    await expect.poll(() => dlg.isVisible()).toBe(true);
    await dlg.getByRole('button', { name: /calm rewrite/i }).click();
    await expect.poll(() => body.innerText()).not.toMatch(/idiot/);
    await dlg.getByRole('button', { name: /undo/i }).click();
    await expect.poll(() => body.innerText()).toMatch(/idiot/);
    // exact, but for the comment, which DOMPurify drops (it did so before islands were kept, too)
    expect(await body.innerHTML()).toBe(original.replace('<!--gmail-draft-marker-->', ''));
    expect(await body.evaluate((b) => Array.from(b.querySelectorAll('.ext-widget'), (w) => (w as HTMLElement & { __same?: boolean }).__same === true))).toEqual([true]);
    expect((await body.innerText()).match(/shipped on 3 May/g)).toHaveLength(1);
    await page.close();
  });
});
