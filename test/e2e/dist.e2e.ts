/**
 * The built extension, as shipped: no code path that could talk to the network, and only the
 * permissions the README lists. (The browser suites check the same promise at run time.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('dist/', () => {
  const js = files(DIST).filter((f) => /\.(js|html)$/.test(f));

  it('contains no network API anywhere in the shipped code', () => {
    expect(js.length).toBeGreaterThan(3);
    for (const f of js) {
      const code = readFileSync(f, 'utf8');
      expect(code, f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/);
      expect(code, f).not.toMatch(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'`\s]*\.(js|css|json)/i);
    }
  });

  it("carries sentiment's word list in the content script as one JSON string, not a getter per word", () => {
    const code = readFileSync(join(DIST, 'src/content/main.js'), 'utf8');
    // the bundler's form for a require()d JSON file: `abandon: () => -2` for each of 3,382 words
    expect(code).not.toMatch(/\babandon:\s*\(\)\s*=>/);
    expect(code).not.toMatch(/\babandon:\s*-2\b/);
    // inside a string (the minifier writes object keys unquoted: `abandon:-2`)
    expect(code).toMatch(/\\?"abandon\\?":\s*-2/);
  });

  it('carries the trained model as JSON text (parsed on first use), not as an object literal', () => {
    const code = readFileSync(join(DIST, 'src/content/main.js'), 'utf8');
    expect(code).toMatch(/"ngrams":\{\n"/);
    // the minifier's form of the object literal: `ngrams:{"0 0":-0.4…`
    expect(code).not.toMatch(/\bngrams:\{/);
  });

  it('is one self-contained content script: the import() that defers DOMPurify was inlined, nothing is loaded at run time', () => {
    const code = readFileSync(join(DIST, 'src/content/main.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).toMatch(/\bsanitize\b/);
  });

  it('asks only for storage, scripting, the clicked tab and its sites; anything broader is optional', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    // activeTab: the tab's address, and only when the user clicks our toolbar button (no install warning)
    expect(m.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    const matches: string[] = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).not.toContain('<all_urls>');
    expect(matches.some((p) => /^\*:\/\/\*|^https?:\/\/\*\//.test(p))).toBe(false);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The content script is one standalone file: nothing of ours is web-accessible to pages.
    expect(m.web_accessible_resources ?? []).toEqual([]);
    for (const size of ['16', '32', '48', '128']) expect(statSync(join(DIST, m.icons[size])).size).toBeGreaterThan(100);
  });
});
