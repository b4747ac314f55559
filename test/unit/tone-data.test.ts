import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { PHRASES } from '../../src/core/tone/data/phrases';
import { ACRONYMS, MASKED, STOPWORDS, VALENCE_OVERRIDES, WORDS } from '../../src/core/tone/data/words';
import { MODEL } from '../../src/core/tone/data/model';
import { extract } from '../../src/core/tone/features';
import { HOSTILE_KINDS } from '../../src/core/tone/types';

const KINDS = new Set<string>([...HOSTILE_KINDS, 'apology', 'empathy', 'thanks', 'action']);

/** Finds a match of an entry the way features.ts does: sticky, at a word whose lowercase form is an anchor. */
function phraseMatches(entry: (typeof PHRASES)[number], text: string): boolean {
  const re = new RegExp(`(?:${entry.pattern})(?![A-Za-z0-9])`, 'iy');
  const word = /[\p{L}\p{N}@][\p{L}\p{N}'’*!@#$%-]*/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[0].toLowerCase().replace(/’/g, "'").replace(/[!'’#$%@*-]+$/u, '');
    if (!entry.anchors.includes(w) && !entry.anchors.includes(m[0].toLowerCase().replace(/[!#$%@*-]+$/u, ''))) continue;
    re.lastIndex = m.index;
    if (re.test(text)) return true;
  }
  return false;
}

describe('phrase table', () => {
  it('has unique ids and a source, kind, why and examples on every entry', () => {
    const ids = new Set<string>();
    for (const e of PHRASES) {
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(KINDS.has(e.kind), `${e.id}: kind ${e.kind}`).toBe(true);
      expect(e.source.trim().length, `${e.id}: source`).toBeGreaterThan(3);
      expect(e.why.trim().length, `${e.id}: why`).toBeGreaterThan(5);
      expect(e.examples.length, `${e.id}: examples`).toBeGreaterThan(0);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.anchors.length).toBeGreaterThan(0);
      for (const a of e.anchors) expect(a, `${e.id}: anchor ${a} must be lowercase`).toBe(a.toLowerCase());
    }
  });

  it('compiles every pattern and matches every example, and no counter-example', () => {
    for (const e of PHRASES) {
      expect(() => new RegExp(e.pattern, 'iy'), e.id).not.toThrow();
      for (const ex of e.examples) expect(phraseMatches(e, ex), `${e.id} should match: ${ex}`).toBe(true);
      for (const ex of e.counterExamples ?? []) expect(phraseMatches(e, ex), `${e.id} should not match: ${ex}`).toBe(false);
    }
  });

  it('keeps patterns free of nested unbounded quantifiers (backtracking risk)', () => {
    for (const e of PHRASES) {
      expect(/\([^()]*[+*]\)[+*{]/.test(e.pattern), `${e.id}: nested quantifier`).toBe(false);
      expect(/[+*](?: \?)?\)(?:[+*]|\{)/.test(e.pattern), `${e.id}: repeated group ending in an unbounded quantifier`).toBe(false);
      expect(/\.\*|\.\+/.test(e.pattern), `${e.id}: unbounded wildcard`).toBe(false);
    }
  });
});

describe('word tables', () => {
  it('has no duplicate words, valid kinds and sources', () => {
    const seen = new Set<string>();
    for (const w of WORDS) {
      expect(seen.has(w.word), `duplicate word ${w.word}`).toBe(false);
      seen.add(w.word);
      expect(KINDS.has(w.kind)).toBe(true);
      expect(w.word).toBe(w.word.toLowerCase());
      expect(w.source.length).toBeGreaterThan(3);
    }
    for (const list of [ACRONYMS, STOPWORDS]) {
      const s = new Set(list.map((x) => x.word));
      expect(s.size, 'duplicates').toBe(list.length);
      for (const x of list) expect(x.source.length).toBeGreaterThan(3);
    }
    const ov = new Set(VALENCE_OVERRIDES.map((o) => o.word));
    expect(ov.size, 'duplicate overrides').toBe(VALENCE_OVERRIDES.length);
    for (const o of VALENCE_OVERRIDES) expect(Number.isFinite(o.valence)).toBe(true);
  });

  it('masked-profanity patterns compile, catch their examples and spare their counter-examples', () => {
    const ids = new Set<string>();
    for (const m of MASKED) {
      expect(ids.has(m.id)).toBe(false);
      ids.add(m.id);
      const re = new RegExp(m.pattern);
      for (const ex of m.examples) expect(re.test(ex), `${m.id} should match ${ex}`).toBe(true);
      for (const ex of m.counterExamples ?? []) expect(re.test(ex), `${m.id} should not match ${ex}`).toBe(false);
      expect(m.source.length).toBeGreaterThan(3);
    }
  });
});

describe('trained model data', () => {
  it('names only known features, has ordered thresholds, and stays under 150 KB gzipped', () => {
    for (const f of Object.keys(MODEL.features)) {
      expect(/^(kind:[a-z-]+|shout:(word|punct)|afinn:(neg|pos)|directed:neg|curt:sentence|you:uncalmed)$/.test(f), f).toBe(true);
      if (f.startsWith('kind:')) expect(KINDS.has(f.slice(5)), f).toBe(true);
    }
    for (const s of ['gentle', 'normal', 'strict'] as const) {
      const t = MODEL.thresholds[s];
      expect(t.tense).toBeLessThan(t.angry);
      expect(t.angry).toBeLessThan(1);
    }
    expect(MODEL.thresholds.strict.angry).toBeLessThanOrEqual(MODEL.thresholds.normal.angry);
    expect(MODEL.thresholds.normal.angry).toBeLessThanOrEqual(MODEL.thresholds.gentle.angry);
    for (const [g, w] of Object.entries(MODEL.ngrams)) {
      expect(g).toBe(g.toLowerCase());
      expect(Number.isFinite(w)).toBe(true);
    }
    const src = readFileSync(new URL('../../src/core/tone/data/model.ts', import.meta.url));
    expect(gzipSync(src).length).toBeLessThan(150 * 1024);
    expect(MODEL.source.length).toBeGreaterThan(10);
  });
});

describe('phrase table through the scorer', () => {
  it('every example yields a hit of its entry\'s kind in extract() (anchors, filters and all)', () => {
    for (const e of PHRASES) {
      for (const ex of e.examples) {
        const kinds = extract(ex).hits.map((h) => h.kind);
        expect(kinds, `${e.id}: ${ex}`).toContain(e.kind);
      }
    }
  });
});
