/**
 * Text plumbing for the tone scorer: a span-keeping tokenizer and the ranges of text the user did
 * not write (quoted history, customer's words in quotation marks). All scans are single-pass,
 * bounded regular expressions, so cost is linear in the length of the draft.
 */

/*
 * Characters are read as String.prototype.charCodeAt.call(text, i), not text.charCodeAt(i). V8 looks
 * the method up on the string's own hidden class, and drafts come as several kinds of string (one-
 * or two-byte, flat, sliced, concatenated, interned): past four kinds at one call site the lookup
 * turns megamorphic and optimised code calls the builtin generically for every character. Reached
 * through String.prototype, the method is known when the code is compiled and becomes a plain load.
 */

export interface Token {
  start: number;
  end: number;
  /** The token as written (trailing punctuation trimmed). */
  raw: string;
  /** Lowercase, curly apostrophes straightened. */
  word: string;
  /** Inside text the user did not write. */
  quoted: boolean;
  /** At least two upper-case ASCII letters and no lower-case letter ("READ", "WTF"). */
  caps: boolean;
  digit: boolean;
  mask: boolean;
}

const TRAIL_RE = /[!'’#$%@-]+$/u;
const TRAIL_STAR_RE = /[*!'’#$%@-]+$/u;

function isTrailChar(c: number): boolean {
  // * ! ' ’ # $ % @ -
  return c === 42 || c === 33 || c === 39 || c === 0x2019 || c === 35 || c === 36 || c === 37 || c === 64 || c === 45;
}

/** Is this (lowercased) token a masked form worth keeping the symbols for? */
export type MaskTest = (word: string) => boolean;

const LETTER_RE = /^[\p{L}\p{N}\p{M}]$/u;
const letterCache = new Map<number, boolean>();
/** Letter or digit (any script), by code point. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let r = letterCache.get(cp);
  if (r === undefined) {
    r = LETTER_RE.test(String.fromCodePoint(cp));
    if (letterCache.size < 4096) letterCache.set(cp, r);
  }
  return r;
}

/**
 * Splits text into word tokens with exact offsets, in one pass over the characters. A token
 * starts with a letter/digit (or "@" for "@ss") and may contain apostrophes, masks and hyphens;
 * trailing punctuation is trimmed unless it is part of a masked word ("f***"). With a table of short
 * words, each token's verdict from it is pushed to `ids` (see WordKeys.find); a word found
 * there is the table's own string rather than a new slice.
 */
export function tokenize(text: string, isMasked: MaskTest, excluded: readonly Range[], short?: WordKeys, ids?: number[]): Token[] {
  const tokens: Token[] = [];
  // the whole text lower-cased (null when that moves offsets), made for the first token that needs
  // its context: only a capital sigma lower-cases by context (final "ς"), every other letter alone
  let lower: string | null | undefined;
  let ex = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = String.prototype.charCodeAt.call(text, i);
    const ascii = cp < 128;
    if (ascii ? !((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 64) : false) { i++; continue; }
    if (!ascii) {
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
      if (!isLetter(cp)) { i += cp > 0xffff ? 2 : 1; continue; }
    }
    const start = i;
    let digit = cp >= 48 && cp <= 57;
    let mask = false;
    let upper = false;
    let lowerSeen = cp >= 97 && cp <= 122;
    let capsCount = 0;
    let curly = false;
    let sigma = cp === 0x3a3;
    // the lowercase word packed five bits a character while it stays short (see WordKeys): `lo`
    // holds up to six characters, then moves to `hi` and starts over; NO_KEY for any other word
    let hi = 0;
    let lo = cp >= 97 && cp <= 122 ? cp - 96 : cp >= 65 && cp <= 90 ? cp - 64 : NO_KEY;
    i += cp > 0xffff ? 2 : 1;
    if (cp >= 65 && cp <= 90) { upper = true; capsCount = 1; }
    else if (!ascii) upper = true; // a non-ASCII letter ("Über"): as below, the case comparison decides
    while (i < n) {
      let c = String.prototype.charCodeAt.call(text, i);
      if (c < 128) {
        // this character's five bits in the key, 0 for one a key cannot hold
        let v: number;
        if (c >= 97 && c <= 122) { lowerSeen = true; v = c - 96; }
        else if (c === 39 || c === 45) v = c === 39 ? 27 : 28;
        else if (c >= 65 && c <= 90) { upper = true; capsCount++; v = c - 64; }
        else if (c >= 48 && c <= 57) { digit = true; v = 0; }
        else if (c === 42 || c === 33 || c === 64 || c === 35 || c === 36 || c === 37) { mask = true; v = 0; }
        else break;
        i++;
        if (lo < KEY_ROOM) lo = v === 0 ? NO_KEY : (lo << 5) | v;
        else if (hi === 0 && lo !== NO_KEY && v !== 0) { hi = lo; lo = v; }
        else lo = NO_KEY;
        continue;
      }
      if (c === 0x2019) { curly = true; i++; lo = NO_KEY; continue; }
      if (c >= 0xd800 && c <= 0xdbff) c = text.codePointAt(i)!;
      if (!isLetter(c)) break;
      if (c === 0x3a3) sigma = true;
      lo = NO_KEY;
      upper = true; // non-ASCII letter: let the case comparison below decide
      lowerSeen = true; // and never count it as shouting
      i += c > 0xffff ? 2 : 1;
    }
    let end = i;
    let raw: string | null = null;
    if (isTrailChar(String.prototype.charCodeAt.call(text, end - 1))) {
      raw = text.slice(start, end);
      const keep = raw.replace(TRAIL_RE, '');
      raw = keep.length > 0 && isMasked(keep.toLowerCase()) ? keep : raw.replace(TRAIL_STAR_RE, '');
      if (raw.length === 0) continue;
      end = start + raw.length;
      mask = /[*!@#$%]/.test(raw);
    }
    if (String.prototype.charCodeAt.call(text, start) === 64 /* @ */ && !isMasked((raw ?? text.slice(start, end)).toLowerCase())) continue; // @mentions
    // template placeholders such as [NAME] or [ORDER ID] are not the writer's words
    if (start > 0 && String.prototype.charCodeAt.call(text, start - 1) === 91 /* [ */ && String.prototype.charCodeAt.call(text, end) === 93 /* ] */) continue;
    while (ex < excluded.length && excluded[ex]!.end <= start) ex++;
    const quoted = ex < excluded.length && excluded[ex]!.start <= start;
    // a short plain word (nothing trimmed): its verdict from the table, and its string if found
    const id = short !== undefined && lo !== NO_KEY && raw === null ? short.find(hi, lo) : NOT_LOOKED_UP;
    if (raw === null && upper) raw = text.slice(start, end);
    let lw: string;
    if (id >= 0) lw = short!.words[id]!;
    else if (!upper && ascii) lw = raw ?? text.slice(start, end); // already lowercase
    else if (!sigma) lw = (raw ?? text.slice(start, end)).toLowerCase(); // the same as in the whole text
    else {
      // as the rest of the text lower-cases it (and, as there, per token when offsets move)
      if (lower === undefined) {
        const all = text.toLowerCase();
        lower = all.length === text.length ? all : null;
      }
      lw = lower !== null ? lower.slice(start, end) : (raw ?? text.slice(start, end)).toLowerCase();
    }
    // an all-lowercase token is its own lowercase form: no second slice
    if (raw === null) raw = lw;
    const word = curly ? lw.replace(/’/g, "'") : lw;
    if (short !== undefined) ids!.push(id);
    tokens.push({ start, end, raw, word, quoted, caps: !lowerSeen && capsCount >= 2, digit, mask });
  }
  return tokens;
}

/** Keys below this take one more character (six in all: 30 bits, a small integer). */
const KEY_ROOM = 1 << 25;
/** No key: above every key of six characters. */
const NO_KEY = 1 << 30;
/** WordKeys.find() verdicts other than an index. */
export const NOT_LOOKED_UP = -1;
export const ABSENT = -2;

/**
 * A map from a pair of 32-bit integers to a non-negative integer: a hash table with linear probing,
 * at most half full, three integers a slot. Both of the scorer's hot lookups use it: a word by the
 * key tokenize() builds while scanning (WordKeys), and a bigram by its two words' ids.
 */
export class PairTable {
  /** Per slot: a, b, value + 1 (0 when empty). */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.slots = new Int32Array(3 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  private slot(a: number, b: number): number {
    return (Math.imul(b, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b)) >>> this.shift;
  }

  /** Stores value for (a, b) unless the pair is already there (the first one stays). */
  add(a: number, b: number, value: number): void {
    const slots = this.slots;
    let s = this.slot(a, b);
    while (slots[3 * s + 2] !== 0) {
      if (slots[3 * s] === a && slots[3 * s + 1] === b) return;
      s = (s + 1) & this.mask;
    }
    slots[3 * s] = a;
    slots[3 * s + 1] = b;
    slots[3 * s + 2] = value + 1;
  }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    for (let s = this.slot(a, b); ; s = (s + 1) & this.mask) {
      const v = slots[3 * s + 2]!;
      if (v === 0) return -1;
      if (slots[3 * s] === a && slots[3 * s + 1] === b) return v - 1;
    }
  }
}

/**
 * The words of a word list with up to twelve characters from a-z ' -, found by tokenize() from the
 * key it builds while scanning, so most tokens of a draft need no string hashing (and a known one
 * no slice). A key is a pair of integers, five bits a character (a = 1 … z = 26, ' = 27, - = 28),
 * first character highest: `lo` the last one to six characters, `hi` the six before them (0 for
 * a word of six or fewer).
 */
export class WordKeys {
  private readonly table: PairTable;
  constructor(readonly words: readonly string[]) {
    this.table = new PairTable(words.length);
    words.forEach((w, id) => {
      if (w.length === 0 || w.length > 12) return;
      let hi = 0;
      let lo = 0;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        const v = c >= 97 && c <= 122 ? c - 96 : c === 39 ? 27 : c === 45 ? 28 : 0;
        if (v === 0) return;
        if (k === 6) { hi = lo; lo = 0; }
        lo = (lo << 5) | v;
      }
      this.table.add(hi, lo, id); // a repeated word: the first one
    });
  }

  /** Index in `words` of the word with this key (>= 0), or ABSENT. */
  find(hi: number, lo: number): number {
    const id = this.table.get(hi, lo);
    return id >= 0 ? id : ABSENT;
  }
}

/** True when text[from, to) is only spaces/tabs/newlines (no punctuation between two words). */
export function onlySpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** True when text[from, to) contains sentence punctuation (. ! ? ; or a newline). */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = String.prototype.charCodeAt.call(text, k);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return true;
  }
  return false;
}

export interface Range {
  start: number;
  end: number;
}

/** \n \r U+2028 U+2029: where `^` and `$` of a multiline regex stop. */
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Lines starting with ">" (after spaces or tabs): the matches of /^[ \t]*>.*$/gm before `limit`,
 * found from each ">" with indexOf instead of trying the pattern at every line.
 */
function quoteLines(text: string, limit: number, out: Range[]): void {
  const n = text.length;
  let from = 0;
  for (let p = text.indexOf('>'); p >= 0; p = text.indexOf('>', from)) {
    let start = p;
    while (start > 0 && (String.prototype.charCodeAt.call(text, start - 1) === 32 || String.prototype.charCodeAt.call(text, start - 1) === 9)) start--;
    if (start > 0 && !isLineBreak(String.prototype.charCodeAt.call(text, start - 1))) { from = p + 1; continue; }
    if (start >= limit) return;
    let end = p + 1;
    while (end < n && !isLineBreak(String.prototype.charCodeAt.call(text, end))) end++;
    out.push({ start, end });
    from = end;
  }
}
const HISTORY_RE = /^[ \t]*(?:On\b[^\n]{0,300}\bwrote:[ \t]*$|-{2,}[ \t]*Original Message[ \t]*-{2,}|_{5,}[ \t]*$)/im;
const STRAIGHT_QUOTE_RE = /"[^"\n]{1,600}"/g;
const CURLY_QUOTE_RE = /“[^”\n]{1,600}”/g;
/** Links and e-mail addresses carry no tone (and their capitals are not shouting). */
const LINK_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,2000}/g;
const EMAIL_RE = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,190}/g;

/**
 * The greeting and the sign-off of a message ("Hi Sam,", "Dear Mr. Patel,", "Kind regards, Anna",
 * "Thanks, Tom"): formalities that open and close calm and hostile replies alike, and names that
 * say nothing about tone. Left in, the model learned them from its training data ("regards",
 * "Karen" looked hostile). The greeting is at the very start; the sign-off ends the writer's text
 * (before `limit`, where quoted history starts). A bare closing "Thanks!" with no name stays: it is
 * the writer's own thanks.
 */
function frameRanges(text: string, limit: number, out: Range[]): void {
  const { greeting, signoff } = (FRAME_RES ??= frameExpressions());
  const g = greeting.exec(text); // anchored at the start: g.index is 0
  if (g && g[0].length <= limit) out.push({ start: g[0].length - g[0].trimStart().length, end: g[0].trimEnd().length });
  const tailFrom = Math.max(0, limit - 160);
  const tail = text.slice(tailFrom, limit);
  const m = signoff.exec(tail);
  if (m && m[1]) {
    const thanksOnly = /^(?:thanks|thank you|thx)$/i.test(m[2]!);
    if (!thanksOnly || (m[3] ?? '').trim().length > 0) {
      const start = tailFrom + m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].trimEnd().length });
    }
  }
}
const NAME = "(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Dd]r|[Pp]rof)\\.?[ \\t]+)?\\p{Lu}[\\p{Ll}'’.-]*(?:[ \\t\\n]+(?:&[ \\t]+|and[ \\t]+)?\\p{Lu}[\\p{Ll}'’.-]*){0,3}";
/**
 * The greeting and sign-off expressions, compiled on the first draft rather than while the page
 * loads (Unicode property classes make each RegExp construction cost a fraction of a millisecond).
 */
let FRAME_RES: { greeting: RegExp; signoff: RegExp } | null = null;
function frameExpressions(): { greeting: RegExp; signoff: RegExp } {
  const greeting = new RegExp(`^\\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Dd]ear|[Gg]ood (?:morning|afternoon|evening)|[Gg]reetings)(?:[ \\t]+(?:${NAME}|there|all|everyone|team|folks|guys|valued (?:guest|customer)|guest|customer|sir|madam|sir or madam))?[ \\t]*(?:[,!:—–]|-(?=\\s)|(?=\\n))`, 'u');
  const signoff = new RegExp(`(?:^|[\\n.!?,][ \\t]*)((?:(?:[Kk]ind|[Ww]arm(?:est)?|[Bb]est|[Mm]any|[Ww]ith (?:thanks|love|gratitude)|[Aa]ll the)[ \\t]+)?([Rr]egards|[Ww]ishes|[Ss]incerely|[Cc]heers|[Bb]est|[Yy]ours(?:[ \\t]+(?:sincerely|truly|faithfully))?|[Rr]espectfully|[Tt]hanks|[Tt]hank you|[Tt]hx)[ \\t]*[,!.]?\\s*(?:[-—–~][ \\t]*)?((?:(?:[Tt]he[ \\t]+)?${NAME}(?:[ \\t]+(?:team|Team))?(?:[ \\t]*,[ \\t]*\\p{Lu}[\\p{L}'’.& -]{0,40})?(?:[ \\t]*\\n[ \\t]*\\p{Lu}[\\p{L}'’.& -]{0,40})?)?)[ \\t]*[.!]?)\\s*$`, 'u');
  return { greeting, signoff };
}

/** Sorted, merged ranges of text the user did not write (or that carries no tone, like links). */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const hint = text.indexOf('wrote:') >= 0 || text.indexOf('WROTE:') >= 0 || text.indexOf('riginal') >= 0 || text.indexOf('RIGINAL') >= 0 || text.indexOf('_____') >= 0;
  const history = hint ? HISTORY_RE.exec(text) : null;
  const limit = history ? history.index : text.length;
  if (history) ranges.push({ start: history.index, end: text.length });
  quoteLines(text, limit, ranges);
  frameRanges(text, limit, ranges);
  const scans: RegExp[] = [];
  if (text.includes('"')) scans.push(STRAIGHT_QUOTE_RE);
  if (text.includes('“')) scans.push(CURLY_QUOTE_RE);
  if (text.includes('http') || text.includes('www.')) scans.push(LINK_RE);
  if (text.includes('@')) scans.push(EMAIL_RE);
  for (const re of scans) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return mergeRanges(ranges);
}

/** Ranges sorted by start, with overlapping or touching ones merged (the input is sorted in place). */
export function mergeRanges(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export function inRanges(ranges: readonly Range[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (r.start < end && start < r.end) return true;
  return false;
}

/**
 * Containment and overlap queries against spans sorted by start (as extract() and findWords()
 * produce them), in O(log n) each through the running maximum of their ends.
 */
export class SpanIndex {
  private readonly starts: Int32Array;
  private readonly maxEnd: Int32Array;
  private readonly sorted: boolean;
  constructor(private readonly spans: readonly Range[]) {
    const n = spans.length;
    this.starts = new Int32Array(n);
    this.maxEnd = new Int32Array(n);
    let sorted = true;
    let max = -1;
    for (let i = 0; i < n; i++) {
      const r = spans[i]!;
      if (i > 0 && r.start < this.starts[i - 1]!) sorted = false;
      this.starts[i] = r.start;
      if (r.end > max) max = r.end;
      this.maxEnd[i] = max;
    }
    this.sorted = sorted;
  }

  /** Some span holds [start, end) whole. */
  encloses(start: number, end: number): boolean {
    if (!this.sorted) return this.spans.some((c) => start >= c.start && end <= c.end);
    const k = countAtOrBelow(this.starts, start) - 1; // last span starting at or before start
    return k >= 0 && this.maxEnd[k]! >= end;
  }

  /** Some span overlaps [start, end) (the same test as overlaps() in text.ts). */
  overlaps(start: number, end: number): boolean {
    if (!this.sorted) return overlaps(this.spans, start, end);
    const k = countAtOrBelow(this.starts, end - 1) - 1;
    return k >= 0 && this.maxEnd[k]! > start;
  }
}

/** How many values of an ascending array are <= pos (binary search). */
export function countAtOrBelow(sorted: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
