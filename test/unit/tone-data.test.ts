import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { PHRASES } from '../../src/core/tone/data/phrases';
import { EMOJI_SARCASM } from '../../src/core/tone/data/emoji';
import { analyze } from '../../src/core/tone/analyze';
import { ACRONYMS, MASKED, STOPWORDS, VALENCE_OVERRIDES, WORD_CLASSES, WORDS } from '../../src/core/tone/data/words';
import { tokenize } from '../../src/core/tone/text';
import { shippedModel } from '../../src/core/tone/data/model';
import { extract } from '../../src/core/tone/features';
import { HOSTILE_KINDS } from '../../src/core/tone/types';

const MODEL = shippedModel();

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

describe('emoji sarcasm table', () => {
  // "Great job 👏 ruining my day." passed as calm: the tokenizer reads words only, so the scorer saw the praise alone.
  it('every example gives its sarcasm reason (and the draft is held); no counter-example does', () => {
    const ids = new Set<string>();
    for (const e of EMOJI_SARCASM) {
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(KINDS.has(e.kind), `${e.id}: kind`).toBe(true);
      expect(e.source.trim().length, `${e.id}: source`).toBeGreaterThan(3);
      expect(e.examples.length, `${e.id}: examples`).toBeGreaterThan(0);
      expect(e.counterExamples.length, `${e.id}: counter-examples`).toBeGreaterThan(0);
      const mine = (t: string) => analyze(t).reasons.filter((r) => r.why === e.why);
      for (const ex of e.examples) {
        expect(mine(ex).length, `${e.id} should find: ${ex}`).toBe(1);
        expect(e.markers.some((m) => mine(ex)[0]!.text.includes(m)), `${e.id}: the reason spans the emoji in ${ex}`).toBe(true);
        expect(analyze(ex).flagged, `held: ${ex}`).toBe(true);
      }
      for (const ex of e.counterExamples) expect(mine(ex), `${e.id} should not find: ${ex}`).toEqual([]);
    }
  });

  it('an emoji in quoted text, or far from the praise, is not read as the writer\'s sarcasm', () => {
    const whys = new Set(EMOJI_SARCASM.map((e) => e.why));
    const found = (t: string) => analyze(t).reasons.filter((r) => whys.has(r.why));
    expect(found('You wrote "great job 🙄" in your review; we are sorry the order was late.')).toEqual([]);
    expect(found('Thanks for your order, it ships on Monday with tracking and a note 🙄')).toEqual([]);
    expect(found('🙄')).toEqual([]);
  });
});

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

  it('word classes: each word is one token as the tokenizer reads it, listed once, with a use and a source', () => {
    for (const [name, c] of Object.entries(WORD_CLASSES)) {
      expect(c.use.length, name).toBeGreaterThan(10);
      expect(c.source.length, name).toBeGreaterThan(3);
      expect(new Set(c.words).size, `${name}: a word listed twice`).toBe(c.words.length);
      for (const w of c.words) {
        // an entry the tokenizer never produces ("p.s" is two tokens) would never match anything
        const tokens = tokenize(w, () => false, []);
        expect(tokens.map((t) => t.word), `${name}: ${w}`).toEqual([w]);
      }
    }
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
      expect(/^(kind:[a-z-]+|shout:(word|punct|double)|afinn:(neg|pos)|directed:neg|curt:sentence|you:uncalmed)$/.test(f), f).toBe(true);
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
    // hostile evidence (hostile kinds, shouting) may weigh nothing, but never calms a draft
    for (const [f, w] of Object.entries(MODEL.features)) {
      if (f.startsWith('shout:') || (f.startsWith('kind:') && (HOSTILE_KINDS as readonly string[]).includes(f.slice(5)))) expect(w, f).toBeGreaterThanOrEqual(0);
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

describe('business-reply data files (training and held-out)', () => {
  const dir = new URL('./fixtures/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /^(tone-business-.*|business-replies)\.jsonl$/.test(f)).sort();
  const isTraining = (f: string): boolean => f.startsWith('tone-business-train');
  /** Lowercase words only: a copy that differs in case, punctuation or spacing still counts as the same text. */
  const norm = (t: string): string => t.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
  const read = (f: string): Array<Record<string, unknown>> =>
    readFileSync(new URL(f, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      try { return JSON.parse(l) as Record<string, unknown>; } catch { throw new Error(`${f} line ${i + 1} is not JSON`); }
    });

  it('finds the training files and the held-out sets', () => {
    expect(files.filter(isTraining).length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('tone-business-set4.jsonl');
    expect(files).toContain('tone-business-set5.jsonl');
  });

  it('every line has a unique id, a slice, a label angry|calm and a non-empty text, with both labels present', () => {
    const ids = new Set<string>();
    for (const f of files) {
      const labels = new Set<string>();
      for (const r of read(f)) {
        expect(typeof r.id === 'string' && !ids.has(r.id), `${f}: id ${String(r.id)} missing or repeated`).toBe(true);
        ids.add(r.id as string);
        expect(typeof r.slice === 'string' && (r.slice as string).length > 0, `${f} ${String(r.id)}: slice`).toBe(true);
        expect(['angry', 'calm'], `${f} ${String(r.id)}: label`).toContain(r.label);
        labels.add(r.label as string);
        expect(typeof r.text === 'string' && (r.text as string).trim().length > 0, `${f} ${String(r.id)}: text`).toBe(true);
      }
      expect([...labels].sort(), `${f}: both labels`).toEqual(['angry', 'calm']);
    }
  });

  it('no held-out text appears in any training file, and no file repeats a text', () => {
    // separate writers may each write the same short line ("Grow up."): across training files that is
    // allowed (it only weighs twice), but a held-out line that is also training text is removed from training
    const trained = new Map<string, string>();
    for (const f of files) {
      const seen = new Set<string>();
      for (const r of read(f)) {
        const k = norm(r.text as string);
        expect(seen.has(k), `${f} ${String(r.id)} repeated`).toBe(false);
        seen.add(k);
        if (isTraining(f)) trained.set(k, `${f} ${String(r.id)}`);
      }
    }
    for (const f of files.filter((x) => !isTraining(x))) {
      for (const r of read(f)) expect(trained.get(norm(r.text as string)), `${f} ${String(r.id)} is also training text`).toBeUndefined();
    }
  });
});
