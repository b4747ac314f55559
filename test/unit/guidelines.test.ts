import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDELINES, guidelineById, guidelinesForReason } from '../../src/core/guidelines';
import { PHRASES } from '../../src/core/rewrite/phrases';
import { TOPICS } from '../../src/core/draft/templates';
import * as T from '../../src/core/draft/templates';
import { HOSTILE_KINDS, type ReasonKind } from '../../src/core/tone/types';

const SEED_DIR = join(__dirname, '../../../shared/seeds');
const ALL_KINDS: ReasonKind[] = [...HOSTILE_KINDS, 'apology', 'empathy', 'thanks', 'action'];

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .filter((w) => w !== '');
}

function ngrams(s: string, n: number): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

function collectStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => collectStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collectStrings(x, out));
  return out;
}

describe('guideline catalogue', () => {
  it('has the required guidelines with title, why and a source', () => {
    const required = [
      'acknowledge-empathize', 'not-personal', 'avoid-clapback', 'no-buck-passing', 'next-steps',
      'explain-policy-patiently', 'easy-fix', 'stay-calm', 'cooperate', 'thank-feedback', 'take-private', 'close-politely',
    ];
    for (const id of required) {
      const g = guidelineById(id);
      expect(g, id).toBeDefined();
      expect(g?.title.length).toBeGreaterThan(3);
      expect(g?.why.length).toBeGreaterThan(10);
    }
    const ids = GUIDELINES.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a seed file that exists, or "own"', () => {
    const files = new Set(readdirSync(SEED_DIR));
    for (const g of GUIDELINES) {
      if (g.source === 'own') continue;
      expect(g.source).toMatch(/^shared\/seeds\/.+\.txt$/);
      expect(files.has(g.source.replace('shared/seeds/', '')), g.source).toBe(true);
    }
    for (const p of PHRASES) {
      if (p.source === 'own') continue;
      expect(files.has(p.source.replace('shared/seeds/', '')), p.source).toBe(true);
    }
  });

  it('maps every hostile reason kind to at least one guideline, calming kinds to none', () => {
    for (const kind of ALL_KINDS) {
      const gs = guidelinesForReason(kind);
      if (HOSTILE_KINDS.includes(kind)) expect(gs.length, kind).toBeGreaterThan(0);
      else expect(gs).toEqual([]);
    }
  });

  it('quotes no 8-word run from any seed article (guidelines, phrase table, reply templates)', () => {
    const seedGrams = new Set<string>();
    for (const f of readdirSync(SEED_DIR)) {
      for (const g of ngrams(readFileSync(join(SEED_DIR, f), 'utf8'), 8)) seedGrams.add(g);
    }
    expect(seedGrams.size).toBeGreaterThan(100);
    const ours = [
      ...collectStrings(GUIDELINES),
      ...collectStrings(PHRASES.map((p) => ({ a: p.alternatives, e: p.examples }))),
      ...collectStrings(TOPICS),
      ...collectStrings(T),
    ];
    const hits: string[] = [];
    for (const s of ours) for (const g of ngrams(s, 8)) if (seedGrams.has(g)) hits.push(`${g}  ←  ${s}`);
    expect(hits).toEqual([]);
  });
});
