import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/core/rewrite/phrases';
import { applyPhraseTable, compilePhrase, findPhrases } from '../../src/core/rewrite/table';
import { guidelineById } from '../../src/core/guidelines';

describe('phrase table', () => {
  it('entries are well formed', () => {
    const ids = new Set<string>();
    for (const p of PHRASES) {
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      expect(() => compilePhrase(p)).not.toThrow();
      expect(p.alternatives.length).toBeGreaterThan(0);
      expect(guidelineById(p.guideline), p.id).toBeDefined();
      expect(p.examples.length, p.id).toBeGreaterThan(0);
    }
  });

  for (const p of PHRASES) {
    for (const ex of p.examples) {
      it(`${p.id}: ${JSON.stringify(ex.before)}`, () => {
        expect(findPhrases(ex.before).some((m) => m.entry.id === p.id)).toBe(true);
        expect(applyPhraseTable(ex.before)).toBe(ex.after);
      });
    }
  }

  it('is case-insensitive and word-bounded', () => {
    expect(applyPhraseTable('PER MY LAST EMAIL, it shipped.')).toBe('To recap, it shipped.');
    // "hell" inside "hello", "ass" inside "pass" and "class" are not matched
    expect(applyPhraseTable('Hello, please pass the class notes.')).toBe('Hello, please pass the class notes.');
    expect(findPhrases('Michelle sent the assessment.')).toEqual([]);
  });

  it('covers the named hostile phrasings', () => {
    const cases = [
      "you clearly didn't read", 'your fault', 'learn to read', 'calm down', 'whatever.', 'as I already said',
      'per my last email', 'for the last time', 'obviously it is', 'as anyone can see', 'sorry not sorry',
      'wow, thanks for nothing', 'or else.', 'you always', 'you never listen', 'not my department.', 'not my problem.',
      'talk to the carrier', 'you idiot', 'f***', 'sh!t', 'fucking', 'damn.', "you'll regret this",
    ];
    for (const c of cases) expect(findPhrases(c).length, c).toBeGreaterThan(0);
  });

  it('removes masked profanity', () => {
    expect(applyPhraseTable('This is f***ing ridiculous, sh!t.')).not.toMatch(/f\*|sh!t/i);
  });
});
