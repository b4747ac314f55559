/**
 * Settings: one defaults object, the type derived from it, every stored value validated on read.
 * Stored under one key in storage.sync. `version` exists from day one so later shapes can migrate.
 */
import type { Sensitivity } from './tone/types';

export const SETTINGS_VERSION = 1 as const;
export const SETTINGS_KEY = 'settings';

export const SITE_IDS = [
  'gmail',
  'outlook',
  'google-business',
  'yelp',
  'trustpilot',
  'tripadvisor',
  'play-console',
  'app-store-connect',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'normal', 'strict'];

export const DELAY_MIN = 0;
export const DELAY_MAX = 1800;
export const WORD_LIST_MAX = 200;
export const NAME_MAX = 80;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION as number,
  /** Seconds an angry draft is held. 0 = flag without holding. */
  delaySeconds: 60,
  /** Sensitivity for private replies (email). */
  sensitivity: 'normal' as Sensitivity,
  /** Sensitivity for public replies (review sites): stricter by default, since they stay up for years. */
  publicSensitivity: 'strict' as Sensitivity,
  /** On/off per built-in site. */
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>,
  /** Other origins the user turned on from the popup (e.g. "https://help.example.com"). */
  customSites: [] as string[],
  /** Epoch ms until which Cool-Off is paused everywhere; 0 = not paused. */
  pausedUntil: 0,
  /** The user's own words: always count as hostile / never count. */
  alwaysFlag: [] as string[],
  neverFlag: [] as string[],
  /** For sign-offs in drafted replies. */
  signatureName: '',
  businessName: '',
  /** Guideline ids the user does not want suggested. */
  disabledGuidelines: [] as string[],
};

export type Settings = typeof DEFAULT_SETTINGS;

export interface ParsedSettings {
  settings: Settings;
  /** Human-readable notes about stored values that were invalid and replaced by defaults. */
  problems: string[];
}

/**
 * What "Reset defaults" leaves: every setting at its default, except the sites the user turned on
 * themselves from the popup. Each of those carries a permission Chrome granted for that one site, and
 * has its own Remove button; a reset of preferences should not quietly switch them off.
 */
export function resetSettings(current: Settings): Settings {
  return { ...cloneDefaults(), customSites: [...current.customSites] };
}

/** A fresh copy of the defaults (no array or object shared with DEFAULT_SETTINGS). */
export function cloneDefaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    sites: { ...DEFAULT_SETTINGS.sites },
    customSites: [],
    alwaysFlag: [],
    neverFlag: [],
    disabledGuidelines: [],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSensitivity(v: unknown): v is Sensitivity {
  return typeof v === 'string' && (SENSITIVITIES as readonly string[]).includes(v);
}

function isDelay(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= DELAY_MIN && v <= DELAY_MAX;
}

function cleanWordList(v: unknown): string[] | null {
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const w of v) {
    if (typeof w !== 'string') return null;
    const t = w.trim().toLowerCase();
    if (t && t.length <= 60 && !out.includes(t)) out.push(t);
  }
  return out.slice(0, WORD_LIST_MAX);
}

const ORIGIN_RE = /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i;

/** Validate whatever storage returned. Never throws; invalid fields fall back to defaults. */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = cloneDefaults();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    return { settings, problems: ['Stored settings were not an object; using defaults.'] };
  }
  if (raw.version !== undefined && raw.version !== SETTINGS_VERSION) {
    // Only version 1 exists. A newer version (downgrade) keeps whatever still validates.
    problems.push(`Stored settings are version ${String(raw.version)}; reading what this version understands.`);
  }
  const field = <K extends keyof Settings>(key: K, ok: boolean, value: Settings[K]) => {
    if (raw[key] === undefined) return;
    if (ok) settings[key] = value;
    else problems.push(`Stored "${key}" was invalid; using the default.`);
  };
  field('delaySeconds', isDelay(raw.delaySeconds), raw.delaySeconds as number);
  field('sensitivity', isSensitivity(raw.sensitivity), raw.sensitivity as Sensitivity);
  field('publicSensitivity', isSensitivity(raw.publicSensitivity), raw.publicSensitivity as Sensitivity);
  field(
    'pausedUntil',
    typeof raw.pausedUntil === 'number' && Number.isFinite(raw.pausedUntil) && raw.pausedUntil >= 0,
    raw.pausedUntil as number,
  );
  for (const key of ['alwaysFlag', 'neverFlag', 'disabledGuidelines'] as const) {
    const list = cleanWordList(raw[key]);
    field(key, list !== null, list ?? []);
  }
  if (raw.customSites !== undefined) {
    const list = Array.isArray(raw.customSites)
      ? raw.customSites.filter((s): s is string => typeof s === 'string' && ORIGIN_RE.test(s))
      : null;
    field('customSites', list !== null, [...new Set(list ?? [])]);
  }
  for (const key of ['signatureName', 'businessName'] as const) {
    const v = raw[key];
    field(key, typeof v === 'string' && v.length <= NAME_MAX, typeof v === 'string' ? v.trim() : '');
  }
  if (raw.sites !== undefined) {
    if (!isRecord(raw.sites)) problems.push('Stored "sites" was invalid; using the default.');
    else {
      for (const id of SITE_IDS) {
        const v = raw.sites[id];
        if (v === undefined) continue;
        if (typeof v === 'boolean') settings.sites[id] = v;
        else problems.push(`Stored "sites.${id}" was invalid; using the default.`);
      }
    }
  }
  return { settings, problems };
}

/** What the options form submits: raw strings from inputs. */
export interface SettingsForm {
  delaySeconds: string;
  sensitivity: string;
  publicSensitivity: string;
  sites: Partial<Record<SiteId, boolean>>;
  alwaysFlag: string;
  neverFlag: string;
  signatureName: string;
  businessName: string;
  disabledGuidelines: string[];
}

export type FormErrors = Partial<Record<keyof SettingsForm, string>>;

function splitWords(s: string): string[] {
  return s
    .split(/[,\n]/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Validate the options form. Returns either the settings to save or a clear message per bad field;
 * with any error, nothing is saved.
 */
export function validateForm(
  form: SettingsForm,
  current: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const delayText = form.delaySeconds.trim();
  const delay = /^\d+$/.test(delayText) ? Number(delayText) : NaN;
  if (!isDelay(delay)) {
    errors.delaySeconds = `Enter a whole number of seconds from ${DELAY_MIN} to ${DELAY_MAX} (0 flags without holding).`;
  }
  if (!isSensitivity(form.sensitivity)) errors.sensitivity = 'Choose gentle, normal or strict.';
  if (!isSensitivity(form.publicSensitivity)) errors.publicSensitivity = 'Choose gentle, normal or strict.';
  const always = splitWords(form.alwaysFlag);
  const never = splitWords(form.neverFlag);
  if (always.some((w) => w.length > 60) || always.length > WORD_LIST_MAX) {
    errors.alwaysFlag = `Up to ${WORD_LIST_MAX} words or phrases, each at most 60 characters.`;
  }
  if (never.some((w) => w.length > 60) || never.length > WORD_LIST_MAX) {
    errors.neverFlag = `Up to ${WORD_LIST_MAX} words or phrases, each at most 60 characters.`;
  }
  // A one-character entry ("a", "I", ".") is in almost every draft: always-flagged, every reply would be
  // held; never-flagged, it would excuse any phrase it is part of ("you're a joke"). A lone emoji ("🙄") is fine.
  const oneChar = (ws: string[]) => ws.find((w) => [...w].length < 2 && !/\p{Extended_Pictographic}/u.test(w));
  const shortAlways = oneChar(always);
  if (shortAlways !== undefined) errors.alwaysFlag = `"${shortAlways}" is too short: a single character is in almost every draft. Use a word of two or more characters.`;
  const shortNever = oneChar(never);
  if (shortNever !== undefined) errors.neverFlag = `"${shortNever}" is too short: a single character is in almost every draft. Use a word of two or more characters.`;
  const clash = always.find((w) => never.includes(w));
  if (clash) errors.neverFlag = `"${clash}" is in both lists; keep it in one.`;
  if (form.signatureName.trim().length > NAME_MAX) errors.signatureName = `At most ${NAME_MAX} characters.`;
  if (form.businessName.trim().length > NAME_MAX) errors.businessName = `At most ${NAME_MAX} characters.`;
  if (Object.keys(errors).length) return { ok: false, errors };
  const sites = { ...current.sites };
  for (const id of SITE_IDS) {
    const v = form.sites[id];
    if (typeof v === 'boolean') sites[id] = v;
  }
  return {
    ok: true,
    settings: {
      ...current,
      version: SETTINGS_VERSION,
      delaySeconds: delay,
      sensitivity: form.sensitivity as Sensitivity,
      publicSensitivity: form.publicSensitivity as Sensitivity,
      sites,
      alwaysFlag: [...new Set(always)],
      neverFlag: [...new Set(never)],
      signatureName: form.signatureName.trim(),
      businessName: form.businessName.trim(),
      disabledGuidelines: [...new Set(form.disabledGuidelines)],
    },
  };
}

export function isPaused(settings: Settings, now: number): boolean {
  return settings.pausedUntil > now;
}

/**
 * Chrome's limit for one item in storage.sync (`QUOTA_BYTES_PER_ITEM`). All settings are one item, so
 * the word lists, names and the user's own sites share these bytes.
 */
export const SYNC_ITEM_MAX_BYTES = 8192;

/** UTF-8 bytes of one code point. */
function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** A string as Chrome's JSON writer writes it, in bytes: quotes, escapes ("<" becomes \u003C), UTF-8. */
function jsonStringBytes(s: string): number {
  let n = 2;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if ('\b\f\n\r\t\\"'.includes(ch)) n += 2;
    else if (cp < 0x20 || ch === '<' || cp === 0x2028 || cp === 0x2029) n += 6;
    else if (cp >= 0xd800 && cp <= 0xdfff) n += 6; // a lone surrogate: counted at its largest
    else n += utf8Bytes(cp);
  }
  return n;
}

/**
 * A number as Chrome writes it: a 32-bit integer as is; anything else is a double, written in the
 * shortest form, in decimal from 1e-6 up to 1e12 (with ".0" added to a whole number) and with an
 * exponent outside that range: an epoch time such as `pausedUntil` becomes "1.760000123456e+12".
 */
function numberBytes(v: number): number {
  if (!Number.isFinite(v)) return 4;
  if (Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) return String(v).length;
  const exp = v.toExponential();
  const k = Number(exp.slice(exp.indexOf('e') + 1));
  if (v !== 0 && (k < -6 || k >= 12)) return exp.length;
  const s = String(v);
  return s.length + (/[.eE]/.test(s) ? 0 : 2);
}

/**
 * Bytes of a value as Chrome counts it against the storage quota: its JSON as Chrome's own writer
 * produces it (checked against Chromium: the largest item it accepts counts exactly 8,192 here).
 */
function jsonBytes(v: unknown): number {
  if (v === null) return 4;
  switch (typeof v) {
    case 'boolean':
      return v ? 4 : 5;
    case 'number':
      return numberBytes(v);
    case 'string':
      return jsonStringBytes(v);
    case 'object': {
      if (Array.isArray(v)) {
        return 2 + v.reduce<number>((n, x, i) => n + (i ? 1 : 0) + jsonBytes(x ?? null), 0);
      }
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== 'function');
      return 2 + entries.reduce((n, [k, x], i) => n + (i ? 1 : 0) + jsonStringBytes(k) + 1 + jsonBytes(x), 0);
    }
    default:
      return 0;
  }
}

/** How many bytes these settings take in storage.sync (key and value, as Chrome counts them). */
export function storedSize(settings: Settings): number {
  return SETTINGS_KEY.length + jsonBytes(settings);
}

/**
 * Why these settings cannot be stored, in words the user can act on, or null when they fit. Checked
 * before saving: Chrome would refuse the whole item and nothing would be saved.
 */
export function sizeProblem(settings: Settings): string | null {
  const over = storedSize(settings) - SYNC_ITEM_MAX_BYTES;
  if (over <= 0) return null;
  const n = `${over.toLocaleString('en-US')} ${over === 1 ? 'character' : 'characters'}`;
  const wordBytes = jsonBytes(settings.alwaysFlag) + jsonBytes(settings.neverFlag) - 4;
  if (wordBytes >= over) return `Your word lists are too long to save: ${n} over the limit. Remove some words.`;
  return `Your settings are too long to save: ${n} over the limit. Remove some words, or some of the other sites you turned on.`;
}

/**
 * What the options page states the two word lists together can hold, in characters: what is left of
 * the item with every other setting at its default and both names at their longest, rounded down.
 */
export const WORD_LISTS_ABOUT =
  Math.floor((SYNC_ITEM_MAX_BYTES - storedSize(cloneDefaults()) - 2 * NAME_MAX) / 500) * 500;

/** A storage error on save, in plain words (Chrome's own message names internal quotas). */
export function saveErrorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  if (/per_?item/i.test(raw)) return 'Not saved: your settings are too long for Chrome to store. Remove some words and save again.';
  if (/write_?operations/i.test(raw)) return 'Not saved: Chrome allows only so many saves in a short time. Wait a minute, then save again.';
  if (/quota/i.test(raw)) return 'Not saved: Chrome’s storage for extension settings is full. Remove some words and save again.';
  return 'Not saved: Chrome could not store your settings. Your earlier settings are unchanged; try Save again.';
}
