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

const COMPILED = new Map<string, RegExp>();

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

export function compilePhrase(entry: PhraseEntry): RegExp {
  let re = COMPILED.get(entry.id);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${curlyApostrophes(entry.pattern)})(?![\\p{L}\\p{N}_])`, 'giu');
    COMPILED.set(entry.id, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Compiles every entry's expression ahead of need, a few per step, for idle time (see prepareRewrite
 * in rewrite.ts). Each is run twice on a short text: V8 compiles an expression on its first run and
 * compiles it again to machine code on a later one, and for these Unicode-aware patterns with
 * look-behinds both are slow (about 650 ms for the table in Node on this project's machine), which
 * otherwise lands on the user's Send press, when the hold first looks for suggestions.
 */
export function* preparePhrases(): Generator<void, void, unknown> {
  let n = 0;
  for (const entry of PHRASES) {
    if (PREPARED.has(entry.id)) continue;
    const re = compilePhrase(entry);
    re.exec('x y z');
    re.lastIndex = 0;
    re.exec('x y z');
    re.lastIndex = 0;
    PREPARED.add(entry.id);
    if (++n % 2 === 0) yield;
  }
}
const PREPARED = new Set<string>();

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
    const re = compilePhrase(entry);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
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
