import { describe, expect, it } from 'vitest';
import {
  badgeCss,
  CONTRAST_PAIRS,
  darkPalette,
  lightPalette,
  overlayCss,
  pageCss,
  UI_CONTRAST_PAIRS,
  type Palette,
} from '../../src/ui/styles';
import { formatCountdown, countdownAnnouncement, kindLabel, levelLabel, capList, spanContext, excerpt } from '../../src/ui/format';

const SHEETS = { overlayCss, badgeCss, pageCss };

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('stylesheets', () => {
  it.each(Object.entries(SHEETS))('%s supports dark mode, reduced motion and visible focus', (_name, css) => {
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*(transition: none|animation: none)/);
    expect(css).toContain(':focus-visible');
    expect(css).toMatch(/font-family: system-ui/);
  });

  it.each(Object.entries(SHEETS))('%s loads nothing from the network', (_name, css) => {
    expect(css).not.toMatch(/url\(/i);
    expect(css).not.toMatch(/@import/i);
    expect(css).not.toMatch(/@font-face/i);
    expect(css).not.toMatch(/https?:/i);
  });

  it.each(Object.entries(SHEETS))('%s prefixes every class with co-', (_name, css) => {
    const classes = css.match(/\.[a-zA-Z_][\w-]*/g) ?? [];
    expect(classes.length).toBeGreaterThan(5);
    // Ignore decimals like ".45" (not matched) and keep only class selectors.
    const bad = classes.filter((c) => !c.startsWith('.co-'));
    expect(bad).toEqual([]);
  });

  it('the overlay backdrop is fixed, covers the viewport and sits on top', () => {
    const rule = /\.co-backdrop\s*\{([^}]*)\}/.exec(overlayCss)?.[1] ?? '';
    expect(rule).toContain('position: fixed');
    expect(rule).toContain('inset: 0');
    const z = Number(/z-index:\s*(\d+)/.exec(rule)?.[1]);
    expect(z).toBeGreaterThanOrEqual(2147483000);
  });

  it("the badge's shape dot stays visible in forced colours (Windows high contrast)", () => {
    // `background: currentColor` is repainted as the button's background there: the dot must opt out and use a system colour.
    const block = /@media \(forced-colors: active\)\s*\{((?:[^{}]*\{[^}]*\})*)\s*\}/g;
    const rules = [...badgeCss.matchAll(block)].map((m) => m[1]!).join('\n');
    const dot = /\.co-dot\s*\{([^}]*)\}/.exec(rules)?.[1] ?? '';
    expect(dot).toContain('forced-color-adjust: none');
    expect(dot).toMatch(/background: (ButtonText|CanvasText)/);
    // the outlined shapes (off, held) stay outlines: their borders take the same system colour
    expect(dot).toMatch(/border-color: (ButtonText|CanvasText)/);
    expect(rules).toMatch(/\.co-dot-off, \.co-dot-held\s*\{[^}]*background: transparent/);
  });

  it('shadow-root sheets reset inherited page styles at :host', () => {
    expect(overlayCss).toMatch(/:host\s*\{[^}]*all: initial/);
    expect(badgeCss).toMatch(/:host\s*\{[^}]*all: initial/);
  });

  it.each([
    ['light', lightPalette],
    ['dark', darkPalette],
  ] as const)('%s palette meets WCAG AA contrast', (_name, p: Palette) => {
    for (const [fg, bg] of CONTRAST_PAIRS) {
      expect(contrast(p[fg], p[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of UI_CONTRAST_PAIRS) {
      expect(contrast(p[fg], p[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('contrast helper is sane', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('format helpers', () => {
  it('formatCountdown gives m:ss', () => {
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(1800)).toBe('30:00');
    expect(formatCountdown(0.2)).toBe('0:01');
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(NaN)).toBe('0:00');
    expect(formatCountdown(Infinity)).toBe('0:00');
  });

  it('labels kinds and levels', () => {
    expect(kindLabel('blame')).toBe('Blame');
    expect(kindLabel('buck-passing')).toBe('Passing the buck');
    expect(kindLabel('nonsense')).toBe('Flagged');
    expect(levelLabel('angry')).toBe('Angry');
  });

  it('countdownAnnouncement changes only at steps', () => {
    const at = (s: number) => countdownAnnouncement(s, false);
    expect(at(90)).toBe(at(31));
    expect(at(30)).not.toBe(at(31));
    expect(at(10)).not.toBe(at(11));
    expect(at(149)).toBe(at(91));
    expect(at(150)).not.toBe(at(149));
    expect(countdownAnnouncement(0, true)).toMatch(/send/i);
    // minutes are rounded, not rounded up: 65 s is about a minute, and one minute is singular
    expect(at(65)).toBe('About a minute left.');
    expect(at(91)).toBe('About 2 minutes left.');
    expect(at(600)).toBe('About 10 minutes left.');
  });

  it('countdownAnnouncement says each step once in the first seconds of a hold', () => {
    // what the live region reads during the first ten seconds of the usual delays (QA: a 65 s hold said
    // "about 2 minutes", "about a minute" and "less than a minute" within five seconds)
    for (const delay of [30, 45, 60, 65, 90, 120, 300]) {
      const said = new Set<string>();
      for (let s = delay; s > delay - 10; s--) said.add(countdownAnnouncement(s, false));
      expect(said.size, `delay ${delay}`).toBeLessThanOrEqual(delay === 30 ? 1 : 2);
      if (delay === 60 || delay === 65) expect([...said]).toEqual(['About a minute left.']);
    }
  });

  it('capList, excerpt and spanContext', () => {
    expect(capList([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(capList(undefined)).toEqual({ shown: [], more: 0 });
    expect(excerpt('a'.repeat(100), 10)).toHaveLength(10);
    expect(spanContext('hello you idiot ok', 10, 15)).toEqual({ before: 'hello you ', span: 'idiot', after: ' ok' });
    expect(spanContext('short', 3, 99)).toBeNull();
  });
});
