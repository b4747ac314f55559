// @vitest-environment happy-dom
import { describe, expect, it, vi, type Mock } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPoint } from './helpers/mount';
import { Popup } from '../../src/ui/Popup';
import type { PopupActions, PopupData } from '../../src/ui/types';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

function data(over: Partial<PopupData> = {}): PopupData {
  return {
    siteLabel: 'Gmail',
    siteEnabled: true,
    tab: { kind: 'guarding', boxes: 1 },
    pausedUntil: 0,
    now: NOW,
    canEnableHere: false,
    host: 'mail.google.com',
    locale: 'en-US',
    ...over,
  };
}

type MockActions = { [K in keyof PopupActions]-?: Mock<NonNullable<PopupActions[K]>> };

function actions(): MockActions {
  return {
    setSiteEnabled: vi.fn<PopupActions['setSiteEnabled']>(),
    pauseOneHour: vi.fn<PopupActions['pauseOneHour']>(),
    resume: vi.fn<PopupActions['resume']>(),
    openOptions: vi.fn<PopupActions['openOptions']>(),
    enableHere: vi.fn<() => void>(),
  };
}

const mp = mountPoint();
function show(d: PopupData, a: PopupActions) {
  mp.mount(<Popup data={d} actions={a} />);
}
const button = (text: string | RegExp) =>
  Array.from(mp.container.querySelectorAll('button')).find((b) =>
    typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? ''),
  );

/** What a screen reader hears from the status line (aria-hidden parts left out), and what is shown. */
const heard = (el: Element): string => [...el.childNodes].map((n) => (n instanceof Element ? (n.getAttribute('aria-hidden') === 'true' ? '' : heard(n)) : n.textContent ?? '')).join('');
const status = () => heard(mp.container.querySelector('[role="status"]')!).replace(/\s+/g, ' ').trim();
const shown = () => mp.container.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('Popup', () => {
  it('says how many reply boxes Cool-Off is checking in this tab', () => {
    show(data(), actions());
    expect(status()).toBe('Checking 1 reply box on Gmail.');
    show(data({ tab: { kind: 'guarding', boxes: 3 } }), actions());
    expect(status()).toBe('Checking 3 reply boxes on Gmail.');
  });

  it('on a page of the site with no reply box yet, says it is on and sees none', () => {
    show(data({ siteLabel: 'Google Business Profile', host: 'www.google.com', tab: { kind: 'ready' } }), actions());
    expect(status()).toBe('On for Google Business Profile — no reply box on this page yet.');
  });

  it('on a page of the site it does not run on (an ordinary Google search), says so; the site switch stays', () => {
    show(data({ siteLabel: 'Google Business Profile', host: 'www.google.com', tab: { kind: 'absent', reload: false } }), actions());
    expect(status()).toBe('Cool-Off does not run on this page.');
    expect(mp.container.textContent).not.toMatch(/Active|Checking|On for/);
    const sw = mp.container.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(sw.checked).toBe(true);
    expect(mp.container.querySelector(`label[for="${sw.id}"]`)?.textContent).toContain('Google Business Profile');
    expect(button(/Turn on/)).toBeUndefined();
  });

  it('where the page is one it runs on but nothing answered (opened before install or update), asks for a reload', () => {
    show(data({ tab: { kind: 'absent', reload: true } }), actions());
    expect(status()).toBe('Not running in this tab yet. Reload the page to start checking Gmail.');
  });

  it('typing in a box it does not check on a built-in site: says so in the status line, and what to do', () => {
    show(data({ tab: { kind: 'unchecked' } }), actions());
    expect(status()).toBe(
      "Not checking the box you're typing in. Gmail may have changed how its reply boxes look; replies sent from there get no cool-off. " +
        'Until Cool-Off is updated for this, read your reply again before you send it.',
    );
    expect(shown()).toMatch(/^Not checking Not checking the box/);
    expect(mp.container.querySelector('.co-pill')?.className).toContain('co-level-tense');
    // nothing offered that cannot work on a built-in site
    expect(button(/Turn on/)).toBeUndefined();
    // the site's switch is still there, still on
    expect(mp.container.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(true);
    // paused or off says that first: the pause is why nothing is checked
    show(data({ siteEnabled: false, tab: { kind: 'unchecked' } }), actions());
    expect(status()).toBe('Off on Gmail.');
  });

  it('paused or switched off says so, whatever the tab holds', () => {
    show(data({ siteEnabled: false, tab: { kind: 'guarding', boxes: 2 } }), actions());
    // QA: a screen reader heard "Off Off on Gmail."; the pill is for the eye, the sentence says it
    expect(status()).toBe('Off on Gmail.');
    expect(shown()).toBe('Off Off on Gmail.');
    show(data({ pausedUntil: NOW + 60_000, tab: { kind: 'ready' } }), actions());
    // not "Paused on Gmail": the pause is everywhere, as the row beside Resume says
    expect(status()).toMatch(/^Not checking replies on Gmail until .+: Cool-Off is paused everywhere\.$/);
  });

  it('has a labelled switch reflecting and toggling the site', () => {
    const a = actions();
    show(data({ siteEnabled: true }), a);
    const sw = mp.container.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(sw.checked).toBe(true);
    const label = mp.container.querySelector(`label[for="${sw.id}"]`);
    expect(label?.textContent).toContain('Gmail');
    act(() => sw.click());
    expect(a.setSiteEnabled).toHaveBeenCalledWith(false);

    show(data({ siteEnabled: false }), a);
    expect(mp.container.textContent).toContain('Off on Gmail');
    expect(mp.container.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false);
  });

  it('offers "Pause for 1 hour" when not paused', () => {
    const a = actions();
    show(data(), a);
    expect(button('Resume')).toBeUndefined();
    act(() => button('Pause for 1 hour')!.click());
    expect(a.pauseOneHour).toHaveBeenCalledTimes(1);
  });

  it('shows until when it is paused, and Resume', () => {
    const a = actions();
    const until = NOW + 60 * 60 * 1000;
    show(data({ pausedUntil: until }), a);
    const when = new Date(until).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
    expect(mp.container.textContent).toContain(`until ${when}`);
    expect(button('Pause for 1 hour')).toBeUndefined();
    act(() => button('Resume')!.click());
    expect(a.resume).toHaveBeenCalledTimes(1);
  });

  it('a past pausedUntil is not paused', () => {
    show(data({ pausedUntil: NOW - 1 }), actions());
    expect(button('Resume')).toBeUndefined();
    expect(button('Pause for 1 hour')).toBeDefined();
  });

  it('opens the options page', () => {
    const a = actions();
    show(data(), a);
    act(() => button('Options')!.click());
    expect(a.openOptions).toHaveBeenCalledTimes(1);
  });

  it('offers "Turn on for <host>" on unsupported sites when allowed', () => {
    const a = actions();
    show(data({ siteLabel: null, siteEnabled: false, tab: { kind: 'absent', reload: false }, canEnableHere: true, host: 'help.example.com' }), a);
    expect(mp.container.querySelector('input[role="switch"]')).toBeNull();
    expect(mp.container.textContent).toContain('does not run on help.example.com');
    act(() => button('Turn on for help.example.com')!.click());
    expect(a.enableHere).toHaveBeenCalledTimes(1);
  });

  it('does not offer to turn on when it cannot', () => {
    show(data({ siteLabel: null, siteEnabled: false, canEnableHere: false, host: 'chrome://extensions' }), actions());
    expect(button(/Turn on/)).toBeUndefined();
    const a = actions();
    delete (a as Partial<PopupActions>).enableHere;
    show(data({ siteLabel: null, siteEnabled: false, canEnableHere: true, host: 'x.example' }), a);
    expect(button(/Turn on/)).toBeUndefined();
  });
});
