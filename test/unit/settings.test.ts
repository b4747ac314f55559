import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SITE_IDS, isPaused, parseSettings, resetSettings, validateForm, type SettingsForm } from '../../src/core/settings';

const form = (over: Partial<SettingsForm> = {}): SettingsForm => ({
  delaySeconds: '60',
  sensitivity: 'normal',
  publicSensitivity: 'strict',
  sites: {},
  alwaysFlag: '',
  neverFlag: '',
  signatureName: '',
  businessName: '',
  disabledGuidelines: [],
  ...over,
});

describe('parseSettings', () => {
  it('gives defaults for nothing stored', () => {
    const { settings, problems } = parseSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
  });

  it('returns a fresh copy: changing it does not change the defaults', () => {
    const { settings } = parseSettings(undefined);
    settings.sites.gmail = false;
    settings.alwaysFlag.push('x');
    expect(DEFAULT_SETTINGS.sites.gmail).toBe(true);
    expect(DEFAULT_SETTINGS.alwaysFlag).toEqual([]);
  });

  it.each([null, 42, 'text', [1, 2], true])('garbage %j → defaults with a note, never a throw', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings.delaySeconds).toBe(60);
    if (raw !== null) expect(problems.length).toBeGreaterThan(0);
  });

  it('keeps valid fields and replaces each invalid one by its default', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      delaySeconds: 120,
      sensitivity: 'loud',
      publicSensitivity: 'gentle',
      sites: { gmail: false, yelp: 'yes', nosuchsite: true },
      alwaysFlag: ['  Idiot ', 'idiot', 'moron'],
      neverFlag: 'nope',
      pausedUntil: -5,
      signatureName: 'Sam',
      businessName: 'x'.repeat(500),
      customSites: ['https://help.example.com', 'javascript:alert(1)', 7],
    });
    expect(settings.delaySeconds).toBe(120);
    expect(settings.sensitivity).toBe('normal');
    expect(settings.publicSensitivity).toBe('gentle');
    expect(settings.sites.gmail).toBe(false);
    expect(settings.sites.yelp).toBe(true);
    expect(settings.alwaysFlag).toEqual(['idiot', 'moron']);
    expect(settings.neverFlag).toEqual([]);
    expect(settings.pausedUntil).toBe(0);
    expect(settings.signatureName).toBe('Sam');
    expect(settings.businessName).toBe('');
    expect(settings.customSites).toEqual(['https://help.example.com']);
    expect(problems.join(' ')).toMatch(/sensitivity/);
    expect(problems.join(' ')).toMatch(/sites\.yelp/);
    expect(problems.join(' ')).toMatch(/businessName/);
  });

  it.each([-1, 1801, 2.5, NaN, Infinity, '60'])('rejects delay %j', (d) => {
    expect(parseSettings({ delaySeconds: d }).settings.delaySeconds).toBe(60);
  });

  it('reads a future version without crashing, keeping what still validates', () => {
    const { settings, problems } = parseSettings({ version: 99, delaySeconds: 10, newThing: { a: 1 } });
    expect(settings.delaySeconds).toBe(10);
    expect(settings.version).toBe(1);
    expect(problems[0]).toMatch(/version 99/);
  });
});

describe('validateForm', () => {
  const current = parseSettings(undefined).settings;

  it.each(['-5', '1801', 'abc', '2.5', '', '1e3', ' '])('delay %j → a clear message, nothing to save', (d) => {
    const r = validateForm(form({ delaySeconds: d }), current);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.delaySeconds).toMatch(/0 to 1800/);
  });

  it('accepts 0 (flag without holding) and 1800', () => {
    for (const d of ['0', '1800']) {
      const r = validateForm(form({ delaySeconds: d }), current);
      expect(r.ok && r.settings.delaySeconds).toBe(Number(d));
    }
  });

  it('parses word lists, de-duplicates, and refuses a word in both lists', () => {
    const ok = validateForm(form({ alwaysFlag: 'Idiot, moron\nidiot', neverFlag: 'damn' }), current);
    expect(ok.ok && ok.settings.alwaysFlag).toEqual(['idiot', 'moron']);
    const clash = validateForm(form({ alwaysFlag: 'damn', neverFlag: 'damn' }), current);
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors.neverFlag).toMatch(/both lists/);
  });

  it('rejects unknown sensitivity and over-long names', () => {
    const r = validateForm(form({ sensitivity: 'max', businessName: 'b'.repeat(81) }), current);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.sensitivity).toBeTruthy();
      expect(r.errors.businessName).toBeTruthy();
    }
  });

  it('turns sites on and off and keeps the rest of the settings', () => {
    const base = { ...current, pausedUntil: 123 };
    const r = validateForm(form({ sites: { gmail: false } }), base);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.settings.sites.gmail).toBe(false);
      expect(SITE_IDS.filter((id) => id !== 'gmail').every((id) => r.settings.sites[id])).toBe(true);
      expect(r.settings.pausedUntil).toBe(123);
      // What was saved reads back identically.
      expect(parseSettings(JSON.parse(JSON.stringify(r.settings))).settings).toEqual(r.settings);
    }
  });
});

describe('isPaused', () => {
  it('is paused only until the given time', () => {
    const s = { ...parseSettings(undefined).settings, pausedUntil: 1000 };
    expect(isPaused(s, 999)).toBe(true);
    expect(isPaused(s, 1000)).toBe(false);
  });
});

describe('resetSettings', () => {
  it('puts every setting back to its default but keeps the sites the user turned on (each has its own Remove)', () => {
    const current = parseSettings({ ...DEFAULT_SETTINGS, delaySeconds: 600, alwaysFlag: ['asap'], customSites: ['https://help.example.com'] }).settings;
    const reset = resetSettings(current);
    expect(reset).toEqual({ ...parseSettings(undefined).settings, customSites: ['https://help.example.com'] });
    // a copy: changing the result leaves the current settings alone
    reset.customSites.push('https://other.example.com');
    expect(current.customSites).toEqual(['https://help.example.com']);
  });
});
