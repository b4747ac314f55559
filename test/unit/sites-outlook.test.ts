// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites';
import { outlook } from '../../src/sites/outlook';
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

describe('Outlook: English fallback when Fluent classes change', () => {
  it('finds Send by its aria-label', () => {
    loadFixture('outlook.html');
    for (const b of document.querySelectorAll('.ms-Button--primary')) b.classList.remove('ms-Button--primary');
    const root = composeRoot(a, findBodies(a)[0]!)!;
    expect(root.classList.contains('compose')).toBe(true);
    expect(unmatched([a.send[1]!], root)).toEqual([]);
    expect(sendControls(a, root).map((b) => b.getAttribute('aria-label'))).toEqual(['Send']);
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
