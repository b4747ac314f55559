// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { OUTLOOK_SEND_NAMES, outlook } from '../../src/sites/outlook';
import { composeRoot, findBodies, loadFixture, openTemplate, sendControlAt, sendControls, unmatched } from './helpers/compose-root';

const a = outlook;

describe('Outlook on the web: URLs', () => {
  it('runs on the three Outlook hosts, in mail', () => {
    for (const url of [
      'https://outlook.office.com/mail/inbox/id/AAQkADAw',
      'https://outlook.office365.com/mail/',
      'https://outlook.live.com/mail/0/inbox',
      'https://outlook.office.com/mail/deeplink/compose',
    ]) expect(adapterFor(url)?.id, url).toBe('outlook');
  });
  it('not the calendar, not look-alike hosts', () => {
    for (const url of [
      'https://outlook.office.com/calendar/view/week',
      'https://outlook.live.com/people/0/',
      'https://outlook.office.com.evil.example/mail/',
      'https://www.office.com/',
    ]) expect(adapterFor(url), url).toBeNull();
  });
});

for (const [file, search, labels] of [
  ['outlook.html', '', { send: 'Send', more: 'More send options', discard: 'Discard', body: 'Message body, press Alt+F10 to exit' }],
  ['outlook.html', '?hl=de', { send: 'Senden', more: 'Weitere Sendeoptionen', discard: 'Verwerfen', body: 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden' }],
] as const) {
  describe(`Outlook fixture ${file}${search}`, () => {
    it('finds the inline reply body only (not the reading pane message, search, subject)', () => {
      loadFixture(file, search);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(1);
      expect(bodies[0]!.getAttribute('aria-label')).toBe(labels.body);
      expect(bodies[0]!.parentElement!.id).toBe('editorParent_1');
    });

    it('compose root holds Send (+ More send options), not "New mail" nor Discard', () => {
      loadFixture(file, search);
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.classList.contains('compose')).toBe(true);
      const sends = sendControls(a, root);
      expect(sends.map((b) => b.getAttribute('aria-label'))).toEqual([labels.send, labels.more]);
      expect(unmatched([a.send[0]!, ...a.alsoSend!], root)).toEqual([]);
      expect(sendControlAt(a, root.querySelector('[data-action=discard]')!, root)).toBeNull();
      // Clicking the label span inside Send resolves to Send.
      expect(sendControlAt(a, root.querySelector('.ms-Button-label')!, root)?.getAttribute('aria-label')).toBe(labels.send);
      expect(root.contains(document.getElementById('new-mail'))).toBe(false);
      expect(a.keys.ctrlEnter).toBe(true);
    });

    it('reads the message being answered (reading pane) with its sender', () => {
      loadFixture(file, search);
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(a.incoming!(root, document)).toEqual({
        text: 'Hi, I ordered the ceramic lamp (order #48213) two weeks ago. It arrived late and the base was cracked. I emailed twice and nobody answered. This is ridiculous, I want a refund. Dana',
        author: 'Dana Whitfield',
      });
    });

    it('a new mail opened after load is found; it answers nothing', () => {
      loadFixture(file, search);
      document.querySelector('.conversation')!.remove();
      const compose = openTemplate('new-compose', document.getElementById('main')!);
      const bodies = findBodies(a);
      expect(bodies).toHaveLength(1);
      expect(composeRoot(a, bodies[0]!)).toBe(compose);
      expect(a.incoming!(compose, document)).toBeNull();
    });

    it('a pop-out reply (no reading pane) reads the quoted original under #divRplyFwdMsg', () => {
      loadFixture(file, search);
      document.querySelector('.conversation')!.remove();
      const compose = openTemplate('reply-compose', document.getElementById('main')!);
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root).toBe(compose);
      expect(a.incoming!(root, document)).toEqual({
        text: 'Hi, I ordered the ceramic lamp (order #48213) two weeks ago. It arrived late and the base was cracked.',
        author: 'Dana Whitfield',
      });
    });
  });
}

describe('Outlook: localized fallback when Fluent classes change', () => {
  /** A Fluent redesign: the compose's Send and its split half lose `ms-Button--primary`; "New mail" keeps it. */
  const redesign = (): void => {
    for (const b of document.querySelectorAll('.compose .ms-Button--primary')) b.classList.remove('ms-Button--primary');
  };

  it('finds Send by its aria-label in English and German, rooted on the compose, not the mail area', () => {
    for (const [search, send] of [['', 'Send'], ['?hl=de', 'Senden']] as const) {
      loadFixture('outlook.html', search);
      redesign();
      const root = composeRoot(a, findBodies(a)[0]!)!;
      expect(root.classList.contains('compose'), search).toBe(true);
      expect(unmatched([a.send[1]!], root)).toEqual([]);
      expect(sendControls(a, root).map((b) => b.getAttribute('aria-label'))).toEqual([send]);
      expect(root.contains(document.getElementById('new-mail'))).toBe(false);
    }
  });

  it('every language in the table: the compose\'s Send is found by its name', () => {
    expect(Object.keys(OUTLOOK_SEND_NAMES).sort()).toEqual(
      ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'tr', 'ru', 'ja', 'zh-Hans', 'zh-Hant', 'ko'].sort(),
    );
    for (const [lang, names] of Object.entries(OUTLOOK_SEND_NAMES)) {
      for (const name of names) {
        loadFixture('outlook.html');
        redesign();
        const send = document.querySelector('.compose button[name="Send"]')!;
        send.setAttribute('aria-label', name);
        const root = composeRoot(a, findBodies(a)[0]!);
        expect(root?.classList.contains('compose'), `${lang}: ${name}`).toBe(true);
        expect(sendControls(a, root!), `${lang}: ${name}`).toEqual([send]);
      }
    }
  });

  it('"New mail" / "Neue E-Mail" is never a compose\'s Send, even when the compose\'s Send is not recognised', () => {
    for (const search of ['', '?hl=de']) {
      loadFixture('outlook.html', search);
      redesign();
      // a language outside the table: nothing names the compose's Send
      for (const b of document.querySelectorAll('.compose button[name]')) b.setAttribute('aria-label', 'Αποστολή');
      const root = composeRoot(a, findBodies(a)[0]!);
      expect(root, search).toBeNull();
      // and from the whole page, "New mail" is no send control
      const newMail = document.getElementById('new-mail')!;
      expect(sendControlAt(a, newMail, document.body), search).toBeNull();
    }
  });
});

describe("Outlook: Calendar's new-event form is kept off by the address alone", () => {
  it('its markup would pass for a compose (rich body, primary Save), so only the URL test tells it apart', () => {
    loadFixture('outlook.html');
    document.getElementById('mail-module')!.remove();
    openTemplate('calendar-module', document.getElementById('app')!);
    const bodies = findBodies(a);
    expect(bodies.map((b) => b.getAttribute('aria-label'))).toEqual(['Add a description or attach documents']);
    const root = composeRoot(a, bodies[0]!)!;
    expect(root.classList.contains('eventCompose')).toBe(true);
    expect(sendControls(a, root).map((b) => b.getAttribute('aria-label'))).toEqual(['Save']);
    // Hence the single-page navigation to /calendar must stop Cool-Off (src/content/main.ts).
    expect(adapterFor('https://outlook.office.com/calendar/view/week')).toBeNull();
  });
});
