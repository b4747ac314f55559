import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, matchesPattern } from '../../src/sites';
import { generic } from '../../src/sites/generic';
import { GOOGLE_HOSTS } from '../../src/sites/google-business';
import { TRIPADVISOR_DOMAINS } from '../../src/sites/tripadvisor';
import { SITE_IDS } from '../../src/core/settings';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')) as {
  content_scripts: Array<{ matches: string[]; js: string[]; all_frames?: boolean }>;
  host_permissions?: string[];
  optional_host_permissions?: string[];
  permissions?: string[];
};
const contentMatches = manifest.content_scripts.flatMap((c) => c.matches);

describe('manifest ↔ site adapters', () => {
  it('carries every adapter match pattern in content_scripts', () => {
    for (const a of ADAPTERS) for (const p of a.matches) expect(contentMatches, `${a.id}: ${p}`).toContain(p);
  });

  it('runs in frames only where the reply box lives in one: the owner\'s Google reviews frame', () => {
    // Search and Maps load the owner's reviews screen in an iframe from these hosts; every other site
    // has its reply box in the top page, and Gmail's or Outlook's many frames must not each load us.
    const framed = manifest.content_scripts.filter((c) => c.all_frames).flatMap((c) => c.matches);
    expect(framed.sort()).toEqual(['https://business.google.com/*', ...GOOGLE_HOSTS.map((h) => `https://${h}/local/business/*`)].sort());
    expect(new Set(manifest.content_scripts.map((c) => c.js.join()))).toEqual(new Set(['src/content/main.ts']));
    expect(new Set(contentMatches).size).toBe(contentMatches.length);
  });

  it('asks for nothing broad at install: no <all_urls>, no wildcard hosts outside the optional permission', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    for (const p of [...contentMatches, ...(manifest.host_permissions ?? [])]) {
      expect(p, p).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
  });

  it('the generic adapter is runtime-only: no patterns, reached through the optional host permission', () => {
    expect(generic.matches).toEqual([]);
    expect(ADAPTERS).not.toContain(generic);
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
  });

  it('has one adapter per built-in site id, valid patterns, and review sites are public', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...SITE_IDS].sort());
    for (const a of ADAPTERS) {
      expect(a.matches.length, a.id).toBeGreaterThan(0);
      for (const p of a.matches) expect(p, p).toMatch(/^https:\/\/[^/*]+\/.*$/);
      expect(a.audience, a.id).toBe(a.id === 'gmail' || a.id === 'outlook' ? 'private' : 'public');
    }
  });

  it('no content-script pattern is left without an adapter (every page we are injected in can be claimed)', () => {
    for (const p of contentMatches) expect(ADAPTERS.some((a) => a.matches.includes(p)), p).toBe(true);
  });

  it("Google's country sites: the same three paths as www.google.com, the reviews frame in frames, the rest in the top page only", () => {
    const top = manifest.content_scripts.filter((c) => !c.all_frames).flatMap((c) => c.matches);
    const framed = manifest.content_scripts.filter((c) => c.all_frames).flatMap((c) => c.matches);
    for (const cc of ['com', 'de', 'co.uk', 'fr', 'es', 'it', 'nl', 'pl', 'ca', 'com.au', 'co.in', 'com.br', 'com.mx', 'co.jp', 'com.tr', 'ch', 'at', 'be', 'se', 'ie', 'co.nz', 'co.za', 'pt', 'dk', 'no', 'fi']) {
      const h = `www.google.${cc}`;
      expect(GOOGLE_HOSTS, h).toContain(h);
      expect(top, h).toEqual(expect.arrayContaining([`https://${h}/maps*`, `https://${h}/search*`]));
      expect(framed, h).toContain(`https://${h}/local/business/*`);
      expect(top, h).not.toContain(`https://${h}/*`);
    }
  });

  it('Tripadvisor: every country site on its www. host, the newer ones included', () => {
    for (const d of ['co.nz', 'com.sg', 'co.za', 'com.ar', 'co.kr', 'com.tw', 'com.hk', 'ru']) {
      expect(TRIPADVISOR_DOMAINS as readonly string[]).toContain(`tripadvisor.${d}`);
      expect(contentMatches).toContain(`https://www.tripadvisor.${d}/*`);
    }
    // www. only: no bare-domain pattern
    expect(contentMatches.filter((p) => /^https:\/\/tripadvisor\./.test(p))).toEqual([]);
  });

  it('matchesPattern agrees with Chrome on the patterns we use', () => {
    expect(matchesPattern('https://www.google.com/maps*', new URL('https://www.google.com/maps/place/x'))).toBe(true);
    expect(matchesPattern('https://www.google.com/search*', new URL('https://www.google.com/search?q=a'))).toBe(true);
    expect(matchesPattern('https://play.google.com/console/*', new URL('https://play.google.com/store/apps'))).toBe(false);
  });
});
