/** Matching the phrase table against a text. */
import { PHRASES, type PhraseEntry } from './phrases';
import { isKnownAcronym } from './shouting';
import { looksLikeName, makeEdit, nounFiller, pickNonOverlapping, applyEdits, type Edit } from './edits';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  entry: PhraseEntry;
  /** The entry's alternatives with $1… filled in from this match. */
  alternatives: string[];
}

const COMPILED = new Map<string, readonly RegExp[]>();

/** Let every straight apostrophe in a pattern also match a curly one (outside character classes). */
export function curlyApostrophes(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === "'" && !inClass) out += "['’]";
    else if (c === "'" && inClass) out += "'’";
    else out += c;
  }
  return out;
}

/** An entry's expressions: one, or several that act as one joined with `|` (PhraseEntry.pattern). */
export function phrasePieces(entry: PhraseEntry): readonly string[] {
  return typeof entry.pattern === 'string' ? [entry.pattern] : entry.pattern;
}

/**
 * An entry's compiled expressions, one per piece, each followed by "no letter, digit or underscore
 * next". The same test before the match is left out of them and made by startsWord() instead: it
 * depends only on where a match starts, so leaving it out changes no match, and it made every
 * expression markedly slower to compile (a Unicode class in a look-behind ahead of the whole).
 */
export function compilePhrase(entry: PhraseEntry): readonly RegExp[] {
  let res = COMPILED.get(entry.id);
  if (!res) {
    res = phrasePieces(entry).map((p) => new RegExp(`(?:${curlyApostrophes(p)})(?![\\p{L}\\p{N}_])`, 'giu'));
    COMPILED.set(entry.id, res);
  }
  return res;
}

/** Nothing that is a letter, digit or underscore (case-insensitively, as the entries) just before `at`. */
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}_])/iuy;

function startsWord(text: string, at: number): boolean {
  NO_WORD_BEFORE.lastIndex = at;
  return NO_WORD_BEFORE.test(text);
}

/**
 * The entry's first match starting at or after `from`: exactly what the one expression
 * `(?<![\p{L}\p{N}_])(?:piece1|piece2|…)(?![\p{L}\p{N}_])` finds from there. The leftmost start
 * wins; at the same start, the earlier piece.
 */
export function execPhrase(entry: PhraseEntry, text: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of compilePhrase(entry)) {
    let at = from;
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m || (best && m.index >= best.index)) break;
      if (startsWord(text, m.index)) {
        best = m;
        break;
      }
      // starts inside a word: look again from the next character (a whole surrogate pair)
      at = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return best;
}

/**
 * Compiles every entry's expressions ahead of need, for idle time (see prepareRewrite in rewrite.ts),
 * one run of one expression per step. Each is run on short texts (SAMPLES): V8 compiles an expression
 * on its first run and compiles it again to machine code on a later one, and for these Unicode-aware
 * patterns both are slow (about 650 ms for the table in Node on this project's machine), which
 * otherwise lands on the user's Send press, when the hold first looks for suggestions. One step
 * compiles at most one expression once, so no step is long (the longest, insult-you-are's first
 * piece, is about 10 ms in Chromium on a busy machine).
 */
export function* preparePhrases(): Generator<void, void, unknown> {
  if (!wordTestPrepared) {
    for (const sample of SAMPLES) {
      startsWord(sample, 2);
      yield;
    }
    wordTestPrepared = true;
  }
  for (const entry of PHRASES) {
    if (PREPARED.has(entry.id)) continue;
    for (const re of compilePhrase(entry)) {
      for (const sample of SAMPLES) {
        re.lastIndex = 0;
        re.exec(sample);
        re.lastIndex = 0;
        yield;
      }
    }
    PREPARED.add(entry.id);
  }
}
const PREPARED = new Set<string>();
/**
 * Each expression is run twice on a text of one-byte characters and twice on one with a curly
 * apostrophe: V8 compiles an expression separately for texts that hold a character above U+00FF (a
 * curly quote, a dash, an emoji), and without these a draft such as "You’re an idiot" compiled the
 * whole table again on Send (about 380 ms in Chromium on a busy machine).
 */
const SAMPLES = ['x y z', 'x y z', 'x y z’', 'x y z’'] as const;
let wordTestPrepared = false;

function expand(template: string, groups: readonly (string | undefined)[]): string {
  return template.replace(/\$(\d)/g, (_, d: string) => {
    const g = groups[Number(d)] ?? '';
    // a shouted capture comes back in normal case ("WHAT THE HELL" → "what"), acronyms stay
    return /\p{Ll}/u.test(g) || isKnownAcronym(g) ? g : g.toLowerCase();
  });
}

/** Every match of every (enabled) entry, overlapping ones included, in text order. */
export function findPhrases(text: string, disabledGuidelines: readonly string[] = []): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const entry of PHRASES) {
    if (disabledGuidelines.includes(entry.guideline)) continue;
    let from = 0;
    for (let m = execPhrase(entry, text, from); m; m = execPhrase(entry, text, from)) {
      if (m[0].length === 0) {
        from = m.index + 1;
        continue;
      }
      from = m.index + m[0].length;
      const groups = [...m];
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        entry,
        alternatives: entry.alternatives.map((a) => expand(a, groups)),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Non-overlapping edits for the table's first alternatives (longest match wins at a position). */
export function phraseEdits(
  text: string,
  blocked: readonly { start: number; end: number }[] = [],
  disabledGuidelines: readonly string[] = [],
  taken: readonly Edit[] = [],
): Edit[] {
  const matches = findPhrases(text, disabledGuidelines).filter(
    (m) =>
      !blocked.some((b) => m.start < b.end && b.start < m.end) &&
      // a single capitalised word mid-sentence is a name, not an insult
      !((m.entry.kind === 'insult' || m.entry.kind === 'profanity') && looksLikeName(text, m.start, m.end)),
  );
  // choose among raw match spans first (longest at a position wins), then tidy each into an edit
  const raw = pickNonOverlapping(
    matches.map((m, i) => ({ start: m.start, end: m.end, before: m.text, after: String(i), guideline: '' })),
    [],
    taken,
  );
  // the same wording twice reads canned: later matches take the next unused alternative
  const used = new Set<string>();
  const chosen = raw.map((r) => {
    const m = matches[Number(r.after)];
    if (!m) throw new Error('phrase match lost');
    const alt = m.alternatives.find((a) => a === '' || !used.has(a.toLowerCase())) ?? m.alternatives[0] ?? '';
    used.add(alt.toLowerCase());
    // a dropped swear-noun or insult right after a determiner gets a plain stand-in ("that stuff")
    const filler = alt === '' && (m.entry.kind === 'profanity' || m.entry.kind === 'insult') && !/\s/.test(m.text)
      ? nounFiller(text, m.start, m.text)
      : null;
    return { start: m.start, end: m.end, alt: filler ?? alt, guideline: m.entry.guideline };
  });
  // neighbouring removals ("Listen, you idiot,") go as one span, so the tidy-up sees the whole gap
  const merged: typeof chosen = [];
  for (const c of chosen) {
    const last = merged[merged.length - 1];
    if (last && last.alt === '' && c.alt === '' && /^[\s,;:.!?-]*$/.test(text.slice(last.end, c.start))) {
      last.end = c.end;
      continue;
    }
    merged.push({ ...c });
  }
  const edits = merged.map((c) => makeEdit(text, c.start, c.end, c.alt, c.guideline));
  return pickNonOverlapping(edits, [], taken);
}

/** The table alone applied to `text` (what the phrase examples are checked against). */
export function applyPhraseTable(text: string): string {
  return applyEdits(text, phraseEdits(text));
}
