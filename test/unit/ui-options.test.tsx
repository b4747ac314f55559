// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPoint } from './helpers/mount';
import { Options } from '../../src/ui/Options';
import type { OptionsActions, OptionsData } from '../../src/ui/types';
import {
  cloneDefaults,
  DEFAULT_SETTINGS,
  saveErrorMessage,
  SITE_IDS,
  sizeProblem,
  validateForm,
  type Settings,
  type SettingsForm,
} from '../../src/core/settings';

const siteLabels: Record<string, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  'google-business': 'Google Business Profile',
  yelp: 'Yelp',
  trustpilot: 'Trustpilot',
  tripadvisor: 'Tripadvisor',
  'play-console': 'Google Play Console',
  'app-store-connect': 'App Store Connect',
};

function settings(over: Partial<Settings> = {}): Settings {
  return { ...cloneDefaults(), ...over };
}

function data(over: Partial<OptionsData> = {}): OptionsData {
  return {
    settings: settings(),
    errors: {},
    savedAt: null,
    problems: [],
    guidelines: [
      { id: 'no-blame', title: 'No blame', why: 'Blame escalates.' },
      { id: 'own-it', title: 'Own the next step', why: 'Say what you will do.' },
    ],
    siteLabels,
    ...over,
  };
}

const mp = mountPoint();
let save: Mock<OptionsActions['save']>;
let resetDefaults: Mock<OptionsActions['resetDefaults']>;
let acts: OptionsActions;

function show(d: OptionsData) {
  mp.mount(<Options data={d} actions={acts} />);
}

function labelled(text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = Array.from(mp.container.querySelectorAll('label')).find((l) => l.textContent?.trim().startsWith(text));
  if (!label) throw new Error(`no label ${text}`);
  const forId = label.getAttribute('for');
  const el = forId
    ? mp.container.querySelector<HTMLInputElement>(`[id="${forId}"]`)
    : label.querySelector<HTMLInputElement>('input, textarea');
  if (!el) throw new Error(`no control for ${text}`);
  return el;
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit() {
  act(() => {
    mp.container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

function saved(): SettingsForm {
  expect(save).toHaveBeenCalled();
  return save.mock.calls[save.mock.calls.length - 1]![0];
}

beforeEach(() => {
  save = vi.fn<OptionsActions['save']>();
  resetDefaults = vi.fn<OptionsActions['resetDefaults']>();
  acts = { save, resetDefaults };
});
describe('Options form', () => {
  it('labels every input', () => {
    show(data());
    for (const el of Array.from(mp.container.querySelectorAll('input, textarea'))) {
      const id = el.getAttribute('id');
      const hasFor = id && mp.container.querySelector(`label[for="${id}"]`);
      const wrapped = el.closest('label');
      expect(hasFor || wrapped, `input ${el.outerHTML} has no label`).toBeTruthy();
    }
  });

  it('shows the current settings', () => {
    show(
      data({
        settings: settings({
          delaySeconds: 120,
          alwaysFlag: ['refund', 'ridiculous'],
          signatureName: 'Ana',
          businessName: 'Ana’s Bakery',
        }),
      }),
    );
    expect(labelled('Cool-off delay').value).toBe('120');
    expect(labelled('Always flag').value).toBe('refund\nridiculous');
    expect(labelled('Your name').value).toBe('Ana');
    expect(labelled('Business name').value).toBe('Ana’s Bakery');
    expect(mp.container.textContent).toContain('0 flags without holding');
  });

  it('submit calls save with the form values', () => {
    show(data());
    type(labelled('Cool-off delay'), '90');
    type(labelled('Always flag'), 'refund, ridiculous');
    type(labelled('Never flag'), 'hell\nkitchen');
    type(labelled('Your name'), 'Ana');
    type(labelled('Business name'), 'Bakery');
    // Email sensitivity: gentle (first group); public: normal (second group).
    const groups = Array.from(mp.container.querySelectorAll('fieldset[role="radiogroup"]'));
    expect(groups).toHaveLength(2);
    act(() => groups[0]!.querySelector<HTMLInputElement>('input[value="gentle"]')!.click());
    act(() => groups[1]!.querySelector<HTMLInputElement>('input[value="normal"]')!.click());
    act(() => (labelled('Yelp') as HTMLInputElement).click());
    submit();
    expect(save).toHaveBeenCalledTimes(1);
    const form = saved();
    expect(form.delaySeconds).toBe('90');
    expect(form.sensitivity).toBe('gentle');
    expect(form.publicSensitivity).toBe('normal');
    expect(form.alwaysFlag).toBe('refund, ridiculous');
    expect(form.neverFlag).toBe('hell\nkitchen');
    expect(form.signatureName).toBe('Ana');
    expect(form.businessName).toBe('Bakery');
    expect(form.sites.yelp).toBe(false);
    expect(form.sites.gmail).toBe(true);
    expect(Object.keys(form.sites).sort()).toEqual([...SITE_IDS].sort());
    expect(form.disabledGuidelines).toEqual([]);
  });

  it('site checkboxes are labelled with siteLabels', () => {
    show(data());
    for (const id of SITE_IDS) expect(labelled(siteLabels[id]!)).toBeTruthy();
  });

  it('guideline checkboxes map unchecked ones to disabledGuidelines', () => {
    show(data({ settings: settings({ disabledGuidelines: ['own-it', 'retired-id'] }) }));
    const noBlame = labelled('No blame') as HTMLInputElement;
    const ownIt = labelled('Own the next step') as HTMLInputElement;
    expect(noBlame.checked).toBe(true);
    expect(ownIt.checked).toBe(false);
    act(() => noBlame.click());
    act(() => ownIt.click());
    submit();
    const form = saved();
    // Unknown stored ids are kept; visible unchecked → disabled; re-checked → enabled.
    expect([...form.disabledGuidelines].sort()).toEqual(['no-blame', 'retired-id']);
  });

  it('shows errors inline with aria-invalid and aria-describedby, and focuses the first invalid field', () => {
    show(data());
    type(labelled('Cool-off delay'), '5000');
    submit();
    show(
      data({
        errors: {
          delaySeconds: 'Enter a whole number of seconds from 0 to 1800 (0 flags without holding).',
          neverFlag: '"hell" is in both lists; keep it in one.',
        },
      }),
    );
    const delay = labelled('Cool-off delay');
    expect(delay.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (delay.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = describedBy.map((id) => mp.container.querySelector(`[id="${id}"]`)?.textContent ?? '');
    expect(texts.some((t) => t.startsWith('Enter a whole number'))).toBe(true);
    expect(document.activeElement).toBe(delay);
    // The user's input is kept after a failed save.
    expect(delay.value).toBe('5000');

    const never = labelled('Never flag');
    expect(never.getAttribute('aria-invalid')).toBe('true');
    expect(mp.container.textContent).toContain('"hell" is in both lists');
    expect(labelled('Always flag').getAttribute('aria-invalid')).toBeNull();
    expect(mp.container.querySelector('[role="status"]')?.textContent).toMatch(/Not saved/);
  });

  it('focuses a radio group when it is the first invalid field', () => {
    show(data());
    submit();
    show(data({ errors: { publicSensitivity: 'Choose gentle, normal or strict.' } }));
    const group = Array.from(mp.container.querySelectorAll('fieldset[role="radiogroup"]'))[1]!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.contains(document.activeElement)).toBe(true);
  });

  it('says "Saved." after a save', () => {
    show(data());
    expect(mp.container.textContent).not.toContain('Saved.');
    show(data({ savedAt: 1 }));
    expect(mp.container.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('lists sites turned on from the popup, each removable', () => {
    const removeCustomSite = vi.fn();
    acts = { ...acts, removeCustomSite };
    show(data({ settings: settings({ customSites: ['https://help.example.com', 'https://forum.example.org'] }) }));
    expect(mp.container.textContent).toContain('https://help.example.com');
    const btn = mp.container.querySelector<HTMLButtonElement>('button[aria-label="Turn Cool-Off off on https://forum.example.org"]');
    expect(btn).not.toBeNull();
    act(() => btn!.click());
    expect(removeCustomSite).toHaveBeenCalledWith('https://forum.example.org');
    expect(save).not.toHaveBeenCalled();
  });

  it('shows no custom-site list when there are none', () => {
    acts = { ...acts, removeCustomSite: vi.fn() };
    show(data());
    expect(mp.container.textContent).not.toContain('turned on from the toolbar popup');
  });

  it('word lists too long for storage: says so by Save, announced, with focus on it; not under "replaced by defaults"', () => {
    // wired as the options page does: validate, then check the size before saving
    let d = data();
    acts = {
      ...acts,
      save: (form) => {
        save(form);
        const r = validateForm(form, d.settings);
        if (!r.ok) return;
        d = { ...d, errors: {}, savedAt: null, saveError: sizeProblem(r.settings) ?? undefined };
        show(d);
      },
    };
    show(d);
    const phrases = Array.from({ length: 200 }, (_, i) => `${i}`.padStart(4, '0') + ' overdue invoice reminder phrase number x and then some!');
    const always = labelled('Always flag');
    type(always, phrases.join('\n'));
    submit();
    const alert = mp.container.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^Your word lists are too long to save: [\d,]+ characters over the limit\. Remove some words\.$/);
    // beside Save, and focused so it is read out
    expect(alert.closest('.co-buttons')?.querySelector('button[type="submit"]')).not.toBeNull();
    expect(document.activeElement).toBe(alert);
    expect(mp.container.querySelector('[role="note"]')).toBeNull();
    expect(mp.container.textContent).not.toMatch(/replaced by defaults/);
    expect(mp.container.querySelector('[role="status"]')?.textContent).not.toContain('Saved.');
    // what the user typed stays, to trim
    expect(always.value).toBe(phrases.join('\n'));
    // the same refusal again (focus elsewhere meanwhile): focus goes back to the message
    always.focus();
    submit();
    expect(document.activeElement).toBe(alert);
  });

  it("a storage error on save is shown by Save in plain words, never as stored settings replaced by defaults", () => {
    show(data());
    show(data({ saveError: saveErrorMessage(new Error('Resource::kQuotaBytesPerItem quota exceeded')) }));
    const alert = mp.container.querySelector<HTMLElement>('.co-buttons [role="alert"]')!;
    expect(alert.textContent).toBe('Not saved: your settings are too long for Chrome to store. Remove some words and save again.');
    expect(document.activeElement).toBe(alert);
    expect(mp.container.querySelector('[role="note"]')).toBeNull();
    expect(mp.container.textContent).not.toMatch(/kQuota|replaced by defaults/);
  });

  it('shows storage problems as a notice', () => {
    show(data({ problems: ['Stored "delaySeconds" was invalid; using the default.'] }));
    expect(mp.container.querySelector('[role="note"]')?.textContent).toContain('Stored "delaySeconds" was invalid');
  });

  it('Reset defaults asks first; "Yes, reset" resets and shows the defaults, Cancel changes nothing', () => {
    show(data({ settings: settings({ delaySeconds: 300 }) }));
    const button = (text: string) => Array.from(mp.container.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    const reset = button('Reset defaults')!;
    expect(reset.type).toBe('button');
    act(() => reset.click());
    // nothing saved yet: the question is shown, and focus is on its answer
    expect(resetDefaults).not.toHaveBeenCalled();
    expect(reset.getAttribute('aria-expanded')).toBe('true');
    const group = mp.container.querySelector('[role="group"][aria-labelledby]')!;
    expect(mp.container.querySelector(`[id="${group.getAttribute('aria-labelledby')}"]`)?.textContent).toMatch(/Sites you turned on yourself stay on/);
    expect(document.activeElement).toBe(button('Yes, reset'));
    act(() => button('Cancel')!.click());
    expect(resetDefaults).not.toHaveBeenCalled();
    expect(button('Yes, reset')).toBeUndefined();
    expect(labelled('Cool-off delay').value).toBe('300');
    expect(document.activeElement).toBe(reset);

    act(() => reset.click());
    act(() => button('Yes, reset')!.click());
    expect(resetDefaults).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();
    expect(labelled('Cool-off delay').value).toBe(String(DEFAULT_SETTINGS.delaySeconds));
  });

  it('follows new settings from storage', () => {
    show(data({ settings: settings({ delaySeconds: 30 }) }));
    show(data({ settings: settings({ delaySeconds: 600 }) }));
    expect(labelled('Cool-off delay').value).toBe('600');
  });
});
