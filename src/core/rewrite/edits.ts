/**
 * Edit machinery shared by the rewrite, the suggestions and the phrase table: offsets are always in
 * the ORIGINAL text, edits never overlap, and applying them in order yields the result.
 */

export interface Edit {
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  /** original.slice(start, end) */
  before: string;
  after: string;
  /** Guideline id this edit follows. */
  guideline: string;
}

/** Apply non-overlapping edits (any order given) to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = sortEdits(edits);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edit at ${e.start}`);
    out += text.slice(pos, e.start) + e.after;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Text order; at one offset an insertion (empty span) comes before a replacement. */
export function sortEdits(edits: readonly Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) {
    // an insertion conflicts only when strictly inside the other span
    const ins = a.start === a.end ? a : b;
    const span = ins === a ? b : a;
    if (span.start === span.end) return false;
    return ins.start > span.start && ins.start < span.end;
  }
  return a.start < b.end && b.start < a.end;
}

/** Is offset `i` at the start of a sentence (only spaces/quotes after a sentence end, line start or text start)? */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[ \t"'“‘(\[*_-]/.test(text[j] ?? '')) j--;
  if (j < 0) return true;
  return /[.!?\n:…]/.test(text[j] ?? '');
}

export function capitalizeFirst(s: string): string {
  const m = /\p{L}/u.exec(s);
  if (!m) return s;
  return s.slice(0, m.index) + s.charAt(m.index).toUpperCase() + s.slice(m.index + 1);
}

export function lowerFirst(s: string): string {
  if (/^I\b/.test(s) || /^I'/.test(s)) return s;
  if (/^[A-Z]{2}/.test(s)) return s; // acronym
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Build the edit that replaces text[start,end) with `replacement`, tidying the surroundings:
 * matching sentence-case, and for removals swallowing the now-orphaned space or comma and
 * capitalizing the word that becomes the sentence start.
 */
export function makeEdit(text: string, start: number, end: number, replacement: string, guideline: string): Edit {
  const matched = text.slice(start, end);
  const sentenceStart = atSentenceStart(text, start);
  const firstLetter = /\p{L}/u.exec(matched)?.[0] ?? '';
  if (replacement !== '') {
    let after = replacement;
    if (sentenceStart) after = capitalizeFirst(after);
    else if (firstLetter && firstLetter === firstLetter.toLowerCase()) after = lowerFirst(after);
    else after = lowerFirst(after);
    // "an annoying" → "a trying": fix the article in front when the new word needs the other one
    const art = /(?<![\p{L}\p{N}])(a|an|A|An) $/u.exec(text.slice(Math.max(0, start - 4), start));
    if (art && art[1] && !/^[\p{Lu}\d]{2}/u.test(after)) {
      const vowel = /^[aeiouAEIOU]/.test(after);
      const isAn = art[1].toLowerCase() === 'an';
      if (vowel !== isAn) {
        const aStart = start - art[0].length;
        const fixed = (vowel ? 'an' : 'a').replace(/^a/, art[1].charAt(0)) + ' ';
        return { start: aStart, end, before: text.slice(aStart, end), after: fixed + after, guideline };
      }
    }
    return { start, end, before: matched, after, guideline };
  }
  // Removal.
  let s = start;
  let e = end;
  const rest = text.slice(e);
  if (sentenceStart) {
    // swallow following punctuation/space; if it ended the sentence, swallow that too
    const m = /^[ \t]*(?:[,;:]+|[.!?]+|…)?[ \t]*/.exec(rest);
    e += m ? m[0].length : 0;
    if (e >= text.length || text[e] === '\n') {
      // nothing follows on this line: also swallow spaces before
      while (s > 0 && /[ \t]/.test(text[s - 1] ?? '')) s--;
    }
    const next = text[e];
    if (next && /\p{Ll}/u.test(next) && e < text.length && !(s > 0 && !atSentenceStart(text, s))) {
      return { start: s, end: e + 1, before: text.slice(s, e + 1), after: next.toUpperCase(), guideline };
    }
    return { start: s, end: e, before: text.slice(s, e), after: '', guideline };
  }
  // An emoji that ended a sentence ("Thanks so much 🙄 Your order ships Monday."): its full stop
  // goes in its place, or the two sentences would run together ("Thanks so much Your order…").
  if (!/[\p{L}\p{N}]/u.test(matched)) {
    const before = /[\p{L}\p{N}][ \t]*$/u.exec(text.slice(Math.max(0, s - 40), s));
    const after = /^[ \t]+(?=\p{Lu})/u.exec(text.slice(e));
    if (before && after) {
      const ps = s - (before[0].length - 1);
      return { start: ps, end: e + after[0].length, before: text.slice(ps, e + after[0].length), after: '. ', guideline };
    }
  }
  // Mid-sentence removal.
  const nextCh = text[e];
  if (nextCh === undefined || /[\s]/.test(nextCh) || /[,.;:!?)\]]/.test(nextCh)) {
    let ps = s;
    while (ps > 0 && /[ \t]/.test(text[ps - 1] ?? '')) ps--;
    if (ps < s) {
      if (text[ps - 1] === ',' && (nextCh === undefined || /[,.;:!?]/.test(nextCh))) ps--;
      s = ps;
    } else if (nextCh !== undefined && /[ \t]/.test(nextCh)) {
      while (e < text.length && /[ \t]/.test(text[e] ?? '')) e++;
    }
  }
  return { start: s, end: e, before: text.slice(s, e), after: '', guideline };
}

/**
 * Keep a subset of candidate edits that do not overlap: earlier start first, then longer span, then
 * list order. `blocked` spans (facts, greeting, signature) veto any edit touching them.
 */
export function pickNonOverlapping(candidates: readonly Edit[], blocked: readonly { start: number; end: number }[] = [], taken: readonly Edit[] = []): Edit[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.start - b.c.start || (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Edit[] = [];
  const all: Edit[] = [...taken];
  for (const { c } of order) {
    if (blocked.some((b) => c.start < b.end && b.start < c.end)) continue;
    if (all.some((k) => overlaps(k, c) || (k.start === c.start && k.end === c.end && k.start !== k.end))) continue;
    if (c.start === c.end && all.some((k) => k.start === c.start && k.end === c.end)) continue;
    kept.push(c);
    all.push(c);
  }
  return kept;
}

const DETERMINER = /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|your|my|his|her|their|our|its|some|any|such|what|every|no)\s+(?:\p{L}+\s+)?$/iu;
const STUFF_WORDS = /^(?:shit|sh[i!1*]t|crap|bullshit|bs|garbage|trash|rubbish|junk|nonsense|shite|horseshit)$/i;

const AFTER_NOUN = /^(?:\s*(?:[.,!?;:)\]"'”’…]|$)|\s+(?:who|that|which|is|are|was|were|has|have|had|will|would|can|could|should|like|in|on|at|of|for|from|with|and|or|but|because|so|now|again|here|there|all|too|do|does|did|keeps?|never|always|just|to)\b)/iu;

/**
 * A neutral noun to stand in for a dropped swear-noun or insult used as a noun right after a
 * determiner ("that bullshit." → "that stuff.", "a creep who" → "a person who"); null otherwise.
 */
export function nounFiller(text: string, start: number, word: string): string | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!DETERMINER.test(before)) return null;
  if (!AFTER_NOUN.test(text.slice(start + word.length, start + word.length + 20))) return null;
  if (STUFF_WORDS.test(word)) return 'stuff';
  if (/^[\p{L}*!@#$%'’-]+$/u.test(word)) return /s$/i.test(word) && !/ss$/i.test(word) ? 'people' : 'person';
  return null;
}

const NEVER_A_NAME =
  /^(?:idiot|moron|imbecile|dumbass|jackass|asshole|arsehole|dickhead|bastard|bitch|prick|wanker|twat|douche(?:bag)?|scumbag|dipshit|retard|libtard|cretin|halfwit|nitwit|dimwit|whore|slut|cunt|motherfucker|fuck|fucking|shit|crap|bullshit|damn|hell)s?$/i;

/** A capitalised word mid-sentence ("ask Dick in billing", "thank you Karen") is taken for a name. */
export function looksLikeName(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end);
  if (NEVER_A_NAME.test(w)) return false;
  return /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(w) && !atSentenceStart(text, start);
}
