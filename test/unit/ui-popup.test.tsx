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

describe('Popup', () => {
  it('says Cool-Off is active on a supported, enabled site', () => {
    show(data(), actions());
    expect(mp.container.textContent).toContain('Active on Gmail');
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
    show(data({ siteLabel: null, siteEnabled: false, canEnableHere: true, host: 'help.example.com' }), a);
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
