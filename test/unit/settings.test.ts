import { describe, expect, it } from 'vitest';
import {
  cloneDefaults,
  DEFAULT_SETTINGS,
  SITE_IDS,
  isPaused,
  parseSettings,
  resetSettings,
  saveErrorMessage,
  sizeProblem,
  storedSize,
  SYNC_ITEM_MAX_BYTES,
  validateForm,
  WORD_LIST_MAX,
  WORD_LISTS_ABOUT,
  type SettingsForm,
} from '../../src/core/settings';

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

  it('refuses a one-character word (it would hold, or excuse, almost every draft), names it, saves nothing', () => {
    const a = validateForm(form({ alwaysFlag: 'idiot, a' }), current);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors.alwaysFlag).toBe('"a" is too short: a single character is in almost every draft. Use a word of two or more characters.');
    const n = validateForm(form({ neverFlag: 'damn\nI' }), current);
    expect(n.ok).toBe(false);
    if (!n.ok) expect(n.errors.neverFlag).toMatch(/^"i" is too short/);
    expect(validateForm(form({ alwaysFlag: '.' }), current).ok).toBe(false);
    // two characters, an emoji of one code point and the usual words are fine
    const ok = validateForm(form({ alwaysFlag: 'ok, 🙄, per my last email', neverFlag: 'hm' }), current);
    expect(ok.ok && ok.settings.alwaysFlag).toEqual(['ok', '🙄', 'per my last email']);
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

describe('what storage.sync can hold (one item, 8,192 bytes)', () => {
  // The QA case: 200 always-flag phrases of 60 characters, each within the per-list limits.
  const phrases = Array.from({ length: WORD_LIST_MAX }, (_, i) => `${i}`.padStart(4, '0') + ' overdue invoice reminder phrase number x and then some');

  it('counts the item as Chrome does: key plus its JSON', () => {
    const d = cloneDefaults();
    expect(storedSize(d)).toBe('settings'.length + JSON.stringify(d).length);
    // UTF-8 bytes, "<" escaped as \u003C, an epoch time written as a double with an exponent
    const s = { ...d, alwaysFlag: ['שלום', '<b>', '😡'], pausedUntil: 1760000123456 };
    const plain = 'settings'.length + JSON.stringify({ ...s, alwaysFlag: ['', '', ''], pausedUntil: 0 }).length - 1;
    expect(storedSize(s)).toBe(plain + 8 + 8 + 4 + '1.760000123456e+12'.length);
  });

  it('a form within the per-list limits that would not fit is refused before saving, with how much to remove', () => {
    const form200 = validateForm(form({ alwaysFlag: phrases.join('\n') }), cloneDefaults());
    expect(form200.ok).toBe(true);
    if (!form200.ok) return;
    const over = storedSize(form200.settings) - SYNC_ITEM_MAX_BYTES;
    expect(over).toBeGreaterThan(0);
    expect(sizeProblem(form200.settings)).toBe(
      `Your word lists are too long to save: ${over.toLocaleString('en-US')} characters over the limit. Remove some words.`,
    );
    // removing that many characters' worth of phrases makes it fit
    const keep = phrases.slice(0, phrases.length - Math.ceil(over / (phrases[0]!.length + 3)));
    expect(sizeProblem({ ...form200.settings, alwaysFlag: keep })).toBeNull();
  });

  it('everyday settings fit, and so do lists as long as the options page says they can be', () => {
    expect(sizeProblem(cloneDefaults())).toBeNull();
    const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`.padEnd(40, 'x'));
    // stated: about WORD_LISTS_ABOUT characters for both lists, with both names at their longest
    const perWord = 40 + 3;
    const n = Math.floor(WORD_LISTS_ABOUT / perWord / 2);
    const s = { ...cloneDefaults(), alwaysFlag: words(n, 'a'), neverFlag: words(n, 'n'), signatureName: 'x'.repeat(80), businessName: 'y'.repeat(80), pausedUntil: Date.now() + 3_600_000 };
    expect(sizeProblem(s)).toBeNull();
  });

  it('too long without the word lists: says what else to remove', () => {
    const sites = Array.from({ length: 400 }, (_, i) => `https://help${i}.example.com`);
    expect(sizeProblem({ ...cloneDefaults(), customSites: sites, alwaysFlag: ['a'] })).toMatch(/too long to save: .* over the limit\. Remove some words, or some of the other sites/);
  });

  it("Chrome's storage errors in plain words, never its internal names", () => {
    for (const raw of ['Resource::kQuotaBytesPerItem quota exceeded', 'QUOTA_BYTES_PER_ITEM quota exceeded', 'Resource::kQuotaBytes quota exceeded', 'Resource::kMaxWriteOperationsPerMinute quota exceeded', 'something else', '']) {
      const msg = saveErrorMessage(new Error(raw));
      expect(msg).toMatch(/^Not saved: /);
      expect(msg).not.toMatch(/kQuota|QUOTA_|Resource::|kMax/);
    }
    expect(saveErrorMessage(new Error('Resource::kMaxWriteOperationsPerMinute quota exceeded'))).toMatch(/Wait a minute/);
    expect(saveErrorMessage(new Error('Resource::kQuotaBytesPerItem quota exceeded'))).toMatch(/Remove some words/);
    expect(saveErrorMessage(undefined)).toMatch(/^Not saved: /);
  });
});
