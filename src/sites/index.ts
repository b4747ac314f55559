/** Every site adapter Cool-Off ships, and how a URL picks one. */
import { gmail } from './gmail';
import { googleBusiness } from './google-business';
import { outlook } from './outlook';
import { yelp } from './yelp';
import { trustpilot } from './trustpilot';
import { tripadvisor } from './tripadvisor';
import { playConsole } from './play-console';
import { appStoreConnect } from './app-store-connect';
import { generic } from './generic';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  gmail,
  outlook,
  googleBusiness,
  yelp,
  trustpilot,
  tripadvisor,
  playConsole,
  appStoreConnect,
];

/** Match a manifest pattern like "https://*.example.com/*" against a URL. */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== url.hostname) return false;
  const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(url.pathname + url.search);
}

function urlOf(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

const covers = (a: SiteAdapter, url: URL): boolean => a.matches.some((p) => matchesPattern(p, url));
const adapterAt = (url: URL): SiteAdapter | null => ADAPTERS.find((a) => covers(a, url) && (a.urlTest?.(url) ?? true)) ?? null;

export function adapterFor(href: string): SiteAdapter | null {
  const url = urlOf(href);
  return url ? adapterAt(url) : null;
}

/**
 * The adapter the content script runs at this address: the built-in site's, or the generic one on
 * an origin the user turned on from the popup (`customSites`), or none. Asked again whenever the
 * page changes its address without reloading, since a single-page app can move between pages we
 * guard and pages we must leave alone (Outlook's Mail and Calendar).
 */
export function pickAdapter(href: string, customSites: readonly string[]): SiteAdapter | null {
  const url = urlOf(href);
  if (!url) return null;
  return adapterAt(url) ?? (customSites.includes(url.origin) ? generic : null);
}

/**
 * The built-in site a tab belongs to, for the popup: the adapter for the page itself, or else the
 * one whose manifest patterns cover the page even though its narrower URL test finds no reply box
 * there. A search for one's own business by name is such a page: its results hold no reply box, but
 * the owner's reviews frame opened from it does, and Cool-Off guards that frame. Offering to turn
 * Cool-Off on for the whole host there would be wrong.
 */
export function siteFor(href: string): SiteAdapter | null {
  const url = urlOf(href);
  return url ? (adapterAt(url) ?? ADAPTERS.find((a) => covers(a, url)) ?? null) : null;
}
