/**
 * Does a draft read as English? The tone scorer reads English only, so a draft in another
 * language must not be called "Calm" as if it had been checked. This is a cheap check over the
 * user's own words (quoted history, text in quotation marks, links, e-mail addresses and
 * [PLACEHOLDERS] are skipped, as the scorer skips them):
 *
 * - words in a script other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Hangul, …)
 *   count as foreign words; in scripts written without spaces (Chinese, Japanese, Thai, …) every
 *   two characters count as one word;
 * - Latin-script words are looked up in tables of function words (data/languages.ts): English
 *   ones against those of other languages, each language scored on its own;
 * - the share of Latin words with letters outside a–z (é, ß, ł, ş, ư …) breaks a tie for
 *   languages without a table.
 *
 * Too little text gives 'unsure', and so does a text that leans neither way. One pass of one
 * regular expression over at most LANGUAGE_PREFIX characters, one map lookup a word: linear and
 * cheap. It is not part of analyze(): callers ask only when they need it.
 */
import { ELISIONS, ENGLISH_WORDS, OTHER_WORDS, SHARED_WORDS } from './data/languages';
import { inRanges, quotedRanges } from './text';

export type LanguageVerdict = 'english' | 'other' | 'unsure';

/** Only this much of a text is read: enough to tell, and the cost stays bounded. */
export const LANGUAGE_PREFIX = 3000;
/** Fewer words than this (own text, foreign-script words included) is too little to tell. */
export const MIN_WORDS = 5;
/** A text with no Latin-script word at all needs only this many words (two characters of Chinese, Japanese or Thai count as one). */
export const MIN_FOREIGN_ONLY = 2;

interface Tables {
  english: Set<string>;
  /** word → bit mask of the OTHER_WORDS languages it belongs to. */
  other: Map<string, number>;
}

let TABLES: Tables | null = null;
function tables(): Tables {
  if (TABLES) return TABLES;
  const english = new Set(ENGLISH_WORDS.words);
  const shared = new Set(SHARED_WORDS.words);
  for (const w of shared) english.delete(w);
  const other = new Map<string, number>();
  // a word English shares with another language counts for neither (the data test keeps them apart)
  const add = (word: string, bit: number): void => {
    if (!english.has(word) && !shared.has(word)) other.set(word, (other.get(word) ?? 0) | bit);
  };
  OTHER_WORDS.forEach((l, i) => {
    for (const w of l.words) add(w, 1 << i);
    for (const w of ELISIONS[l.lang] ?? []) add(w, 1 << i);
  });
  TABLES = { english, other };
  return TABLES;
}

const WORD_RE = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const DIGIT_RE = /\p{N}/u;

/** Latin script: Basic Latin, Latin-1, Latin Extended-A/B, IPA, Latin Extended Additional (Vietnamese). */
function isLatin(cp: number): boolean {
  return cp < 0x2b0 || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0xff21 && cp <= 0xff5a);
}

/** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan. */
function isUnspaced(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) || // hiragana, katakana
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x0f00 && cp <= 0x0fff) || // Tibetan
    (cp >= 0x1000 && cp <= 0x109f) || // Myanmar
    (cp >= 0x1780 && cp <= 0x17ff) || // Khmer
    (cp >= 0xff66 && cp <= 0xff9f) // half-width katakana
  );
}

/** What the check counted, for tests and tuning. */
export interface LanguageCounts {
  /** Latin-script words (no digits). */
  latin: number;
  /** Foreign-script words, unspaced scripts at two characters a word. */
  foreign: number;
  /** Latin words found in the English table. */
  english: number;
  /** The highest count of one other language's function words, and that language (ISO 639-1). */
  best: number;
  bestLang: string | null;
  /** Latin words with a letter outside a–z. */
  accented: number;
}

/** The counts behind readsAsEnglish (bad input counts as no text). */
export function languageCounts(text: unknown): LanguageCounts {
  const counts: LanguageCounts = { latin: 0, foreign: 0, english: 0, best: 0, bestLang: null, accented: 0 };
  if (typeof text !== 'string' || text.length === 0) return counts;
  const t = text.length > LANGUAGE_PREFIX ? text.slice(0, LANGUAGE_PREFIX) : text;
  const { english, other } = tables();
  const excluded = quotedRanges(t);
  const perLang = new Array<number>(OTHER_WORDS.length).fill(0);
  let unspacedChars = 0;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(t); m !== null; m = WORD_RE.exec(t)) {
    const start = m.index;
    const end = start + m[0].length;
    if (excluded.length > 0 && inRanges(excluded, start)) continue;
    const before = start > 0 ? t.charCodeAt(start - 1) : 0;
    if (before === 64 /* @mention */) continue;
    if (before === 91 /* [ */ && t.charCodeAt(end) === 93 /* ] */) continue; // [PLACEHOLDER]
    const cp = m[0].codePointAt(0)!;
    if (isUnspaced(cp)) {
      for (const ch of m[0]) if (isUnspaced(ch.codePointAt(0)!)) unspacedChars++;
      continue;
    }
    if (DIGIT_RE.test(m[0])) continue; // order numbers, product codes, amounts
    if (!isLatin(cp)) {
      counts.foreign++;
      continue;
    }
    counts.latin++;
    const word = m[0].toLowerCase().replace(/’/g, "'").replace(/['-]+$/, '');
    if (/[^\x00-\x7f]/.test(word)) counts.accented++;
    if (english.has(word)) {
      counts.english++;
      continue;
    }
    let mask = other.get(word) ?? 0;
    if (mask === 0) {
      const apos = word.indexOf("'");
      if (apos > 0) mask = other.get(word.slice(0, apos + 1)) ?? 0;
    }
    for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) perLang[i]!++;
  }
  counts.foreign += Math.ceil(unspacedChars / 2);
  perLang.forEach((n, i) => {
    if (n > counts.best) {
      counts.best = n;
      counts.bestLang = OTHER_WORDS[i]!.lang;
    }
  });
  return counts;
}

/** The verdict from the counts (see readsAsEnglish). */
export function verdictOf(c: LanguageCounts): LanguageVerdict {
  // a short text wholly in another script ("Спасибо большое", "谢谢你的评价") can be nothing else
  if (c.latin === 0 && c.foreign >= MIN_FOREIGN_ONLY) return 'other';
  if (c.latin + c.foreign < MIN_WORDS) return 'unsure';
  // most words in another script
  if (c.foreign > c.latin) return 'other';
  // another language's function words clearly outnumber English ones
  if (c.best >= 2 && c.best >= 2 * c.english + 1) return 'other';
  // no table knows the language, but it is written with accents and without English function words
  if (c.english === 0 && c.accented >= 3 && c.accented * 4 >= c.latin) return 'other';
  if (c.english >= 2 && c.english >= c.best) return 'english';
  return 'unsure';
}

/**
 * Does this text (the user's own draft) read as English? 'other' when it reads as another
 * language, 'unsure' when there is too little text or it leans neither way. Reads at most the
 * first LANGUAGE_PREFIX characters; never throws.
 */
export function readsAsEnglish(text: unknown): LanguageVerdict {
  try {
    return verdictOf(languageCounts(text));
  } catch {
    return 'unsure';
  }
}
