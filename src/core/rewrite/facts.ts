/**
 * Facts a rewrite must keep: numbers, amounts, dates and times, ids, emails, URLs, phone numbers,
 * handles and masked names. Also used to block edits from touching them.
 */

import { mergeRanges, type Range } from '../tone/text';

export type Span = Range;

/** The fact expressions, created on first use rather than while the page loads (Unicode property classes are costly to set up). */
let FACT_PATTERNS: readonly RegExp[] | null = null;
const factPatterns = (): readonly RegExp[] =>
  (FACT_PATTERNS ??= [
    /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu, // URLs
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu, // emails
    /(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_]+/giu, // @handles, #tags/#ids
    /\[[A-Z]+\]/g, // masked names like [NAME]
    /\+?\(?\d[\d\s().-]{6,}\d/g, // phone numbers
    // any token containing a digit: amounts, dates, times, order/ticket/invoice ids (A1B2, INV-2041, $12.50, 10:42)
    /[\p{L}\p{N}$€£¥#/:._-]*\p{N}[\p{L}\p{N}$€£¥%#/:.,_-]*/gu,
  ]);

/** Spans of facts in `text`, merged, in order. */
export function factSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of factPatterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let end = m.index + m[0].length;
      // trailing sentence punctuation is not part of the fact
      while (end > m.index + 1 && /[.,:;_-]/.test(text[end - 1] ?? '')) end--;
      spans.push({ start: m.index, end });
    }
  }
  return mergeRanges(spans);
}

/**
 * The fact strings the eval checks: every number, id, email and URL of `text`.
 */
export function extractFacts(text: string): string[] {
  const out = new Set<string>();
  const res: RegExp[] = [
    /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/giu,
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu,
    /\p{N}+(?:[.,:/-]\p{N}+)*/gu,
    /(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}-]*\p{N})(?=[\p{L}\p{N}-]*\p{L})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu,
  ];
  for (const re of res) {
    for (const m of text.matchAll(re)) out.add(m[0]);
  }
  return [...out];
}
