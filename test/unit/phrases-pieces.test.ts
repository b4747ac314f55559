/**
 * The phrase table's expressions as compiled (table.ts): an entry may be several expressions that act
 * as one (insult-you-are), and the "no letter before" test is made apart from them. Both are only to
 * make compiling cheap: what an entry matches must be exactly what the one expression
 * `(?<![\p{L}\p{N}_])(?:p1|p2|…)(?![\p{L}\p{N}_])` matched before.
 */
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/core/rewrite/phrases';
import { applyPhraseTable, curlyApostrophes, execPhrase, findPhrases, phrasePieces } from '../../src/core/rewrite/table';

/** Every match of the entry as the single expression finds them (index and text). */
const ORACLES = new Map<string, RegExp>();
function oracle(entry: (typeof PHRASES)[number], text: string): [number, string][] {
  let re = ORACLES.get(entry.id);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${phrasePieces(entry).map(curlyApostrophes).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
    ORACLES.set(entry.id, re);
  }
  re.lastIndex = 0;
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

function found(entry: (typeof PHRASES)[number], text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (let m = execPhrase(entry, text, from); m; m = execPhrase(entry, text, from)) {
    if (m[0] === '') from = m.index + 1;
    else {
      out.push([m.index, m[0]]);
      from = m.index + m[0].length;
    }
  }
  return out;
}

const INSULT = PHRASES.find((e) => e.id === 'insult-you-are')!;

// Texts around insult-you-are's edges: lists of names and where they stop, "to/with" after, a word
// or letter just before (an accented one, one outside the BMP, a combining mark that folds to a
// letter), curly apostrophes, capitals and the letters that case-fold to k and s.
const PREFIXES = ['', 'So ', 'Honestly, ', 'x', 'é', '𝒜', '\u0345', '_', '1', '… ', '😀 '];
const HEADS = ["you're", 'You are', 'YOU WERE', 'you guys are', 'you people are', "you're being", 'you are being', 'you’re', 'what a', 'What such an', 'what an absolute', 'you are'];
const BODIES = [
  'an idiot', 'such a total idiot', 'a complete moron', 'stupid', 'rude', 'rude to my staff', 'rude with us', 'lazy, rude and incompetent',
  'an idiot and a liar', 'an idiot, a liar, a thief, a crook and a fraud', 'idiots', 'dumb ass', 'dumbass', 'dumb', 'douche', 'douchebag',
  'b***h', 'sh**ty people', 'idiotic', 'idiotically', 'joke of a company', 'farce', 'a stupid person', 'such an idiot to me',
  'really clueless or lazy', 'an idiot & a jerk about it', 'the biggest jerk ', 'ſtupid', 'jer\u212A', 'an idiot,', 'an idiot and', 'right',
];
const SUFFIXES = ['', '.', '!', ' to me.', ' with this', 'x', 'é', ' about', ' and you know it', ', and lazy.', '’s fault'];

function* battery(): Generator<string> {
  for (const p of PREFIXES) for (const h of HEADS) for (const b of BODIES) for (const s of SUFFIXES.slice(0, p === '' ? SUFFIXES.length : 3)) yield `${p}${h} ${b}${s}`;
}

describe('phrase table expressions compiled apart', () => {
  it('insult-you-are finds exactly what its single expression found, over a battery of edge texts', () => {
    let matched = 0;
    let refused = 0;
    const differ: string[] = [];
    for (const text of battery()) {
      const want = oracle(INSULT, text);
      if (JSON.stringify(found(INSULT, text)) !== JSON.stringify(want)) differ.push(text);
      if (want.length) matched++;
      else refused++;
    }
    expect(differ).toEqual([]);
    // the battery has both kinds in numbers
    expect(matched).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(500);
  });

  it('every entry finds exactly what its single expression found, on every example and its own mid-word', () => {
    const all = PHRASES.flatMap((e) => e.examples.map((x) => x.before));
    const differ: string[] = [];
    for (const entry of PHRASES) {
      const own = entry.examples.flatMap((x) => [x.after, `x${x.before}`, `${x.before}x`, `𝒜${x.before.toUpperCase()}`, `\u0345${x.before}`, x.before.replace(/(\p{L})(\p{L})/u, '$1 $2')]);
      for (const text of [...all, ...own]) {
        if (JSON.stringify(found(entry, text)) !== JSON.stringify(oracle(entry, text))) differ.push(`${entry.id}: ${text}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('several expressions act as one joined with "|": leftmost start first, then the earlier expression', () => {
    const entry = (id: string, pattern: string[]) => ({ ...INSULT, id, pattern });
    for (const [id, pattern, text] of [
      ['t-short-first', ['cold', 'cold brew'], 'A cold brew, cold.'],
      ['t-long-first', ['cold brew', 'cold'], 'A cold brew, cold.'],
      ['t-later-left', ['brew', 'a cold'], 'A cold brew, a brew.'],
      ['t-inside-word', ['old', 'cold'], 'Scold the cold, old man.'],
    ] as const) {
      const e = entry(id, [...pattern]);
      expect(found(e, text), id).toEqual(oracle(e, text));
    }
    expect(found(entry('t-short-first-2', ['cold', 'cold brew']), 'cold brew')).toEqual([[0, 'cold']]);
    expect(found(entry('t-long-first-2', ['cold brew', 'cold']), 'cold brew')).toEqual([[0, 'cold brew']]);
  });

  it('insult-you-are still matches and refuses the named phrasings', () => {
    const hit = (t: string) => findPhrases(t).filter((m) => m.entry.id === 'insult-you-are').map((m) => m.text);
    expect(hit("You're an idiot.")).toEqual(["You're an idiot"]);
    expect(hit('You are an idiot and a liar.')).toEqual(['You are an idiot and a liar']);
    expect(hit("You're rude, lazy and incompetent.")).toEqual(["You're rude, lazy and incompetent"]);
    // at most three more names after the first
    expect(hit('You are an idiot, a liar, a thief, a crook and a fraud.')).toEqual(['You are an idiot, a liar, a thief, a crook']);
    expect(hit('What a joke of a company. And you’re a liar.')).toEqual(['What a joke of a company', 'you’re a liar']);
    // "rude to my staff" is another entry's; a name inside a word is not a name
    expect(hit('You were rude to my staff.')).toEqual([]);
    expect(hit('Ayou are an idiot. You are idiotically slow.')).toEqual([]);
    expect(applyPhraseTable("You're an idiot. What a joke.")).toBe('I see this differently. I see this differently.');
  });
});
