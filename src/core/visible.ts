/**
 * The draft as the reader will see it. Text pasted from a web page, a PDF or a word processor can hold
 * characters that show nothing: a soft hyphen (U+00AD, "optional hyphen"), a zero-width space or joiner,
 * a word joiner, a byte-order mark, a direction mark. Inside a word they split it for the scorer
 * ("id\u00ADiot" read as "id" + "iot"), so "You are an id­iot." read as calm and was sent unheld while
 * the customer saw "You are an idiot.". Fullwidth Latin letters ("ｉｄｉｏｔ", from an East Asian input
 * method) did the same.
 *
 * `analyzeAsShown` scores the text with those characters taken out and fullwidth forms read as their
 * ASCII letters, and maps every reason back onto the draft as it is (offsets, and `text` as written), so
 * the badge, the hold and the overlay's highlights keep pointing at the user's own characters. Nothing
 * in the draft is changed: this is only how it is read.
 */
import { analyze } from './tone/analyze';
import type { Analysis, AnalyzeOptions } from './tone/types';

/** Invisible format characters that never show in a reply: taken out wherever they are. */
const ALWAYS = '\\u00AD\\u034F\\u061C\\u180E\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
/** Zero-width (non-)joiners: part of emoji sequences and of some scripts, so taken out only between two letters. */
const JOINERS = '\\u200C\\u200D';
/** Fullwidth ASCII (U+FF01–U+FF5E) and the ideographic space. */
const FULLWIDTH = '\\uFF01-\\uFF5E\\u3000';

const ANY = new RegExp(`[${ALWAYS}${JOINERS}${FULLWIDTH}]`);
const IS_ALWAYS = new RegExp(`^[${ALWAYS}]$`);
const IS_JOINER = new RegExp(`^[${JOINERS}]$`);
const LETTER = /^\p{L}$/u;

export interface Shown {
  /** The text as read: invisible characters out, fullwidth forms as ASCII. */
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original; null when nothing was changed. */
  at: number[] | null;
}

/** The letter (a whole code point) that ends just before `i`, or the one that starts at `i`. */
function letterBefore(s: string, i: number): boolean {
  const cp = s.codePointAt(i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]!) ? i - 2 : i - 1);
  return cp !== undefined && LETTER.test(String.fromCodePoint(cp));
}
function letterAt(s: string, i: number): boolean {
  const cp = s.codePointAt(i);
  return cp !== undefined && LETTER.test(String.fromCodePoint(cp));
}

export function shownText(text: string): Shown {
  if (!ANY.test(text)) return { text, at: null };
  const out: string[] = [];
  const at: number[] = [];
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (IS_ALWAYS.test(ch) || (IS_JOINER.test(ch) && letterBefore(text, i) && letterAt(text, i + 1))) {
      changed = true;
      continue;
    }
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) {
      out.push(String.fromCharCode(c - 0xfee0));
      changed = true;
    } else if (c === 0x3000) {
      out.push(' ');
      changed = true;
    } else out.push(ch);
    at.push(i);
  }
  return changed ? { text: out.join(''), at } : { text, at: null };
}

/** analyze() of the text as the reader sees it, with every reason pointing into `text` as written. */
export function analyzeAsShown(text: string, options: AnalyzeOptions = {}): Analysis {
  const shown = shownText(text);
  const at = shown.at;
  if (!at) return analyze(text, options);
  const a = analyze(shown.text, options);
  const from = (k: number): number => (k < at.length ? at[k]! : text.length);
  return {
    ...a,
    reasons: a.reasons.map((r) => {
      const start = from(r.start);
      // one past the last character of the span, so characters taken out inside it stay inside it
      const end = r.end > r.start ? from(r.end - 1) + 1 : start;
      return { ...r, start, end, text: text.slice(start, end) };
    }),
  };
}
