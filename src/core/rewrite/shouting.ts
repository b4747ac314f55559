/** Shouting: ALL-CAPS words back to normal case (acronyms and ids stay), "!!!" and "?!" calmed. */
import { atSentenceStart, type Edit } from './edits';
import { ACRONYMS as TONE_ACRONYMS } from '../tone/data/words';

/** Upper-case words that are acronyms/initialisms, not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'USA US UK EU UN NYC LA DC SF UAE NZ AU CA SKU SKUS FAQ FAQS ASAP ETA ETAS ID IDS OK PDF URL URLS API APIS CEO CFO CTO COO VP HR ' +
    'QA PM AM EST EDT PST PDT CST CET GMT UTC UPS DHL USPS TNT DPD GLS FEDEX TV PC ATM VAT GST HST PIN PINS IMEI RMA PO CC BCC ' +
    'SMS MMS GPS USB HDMI LED LCD DVD CD AI UX UI HTML CSS JSON CSV XML SQL IOS OS IP VPN WIFI ISP SIM ESIM NFC QR TBD TBA RSVP ' +
    'AKA DIY NB PS PPS RE FW FWD IRS NHS FBI CIA NASA NBA NFL MLB NHL BBC CNN ABC NBC CBS ESPN IBM HP LG BMW VW GM AT&T T ' +
    'II III IV VI VII VIII IX XI XII MR MRS MS DR JR SR ST LLC LTD INC PLC GMBH SA AG CO BV NV EV AC DC HVAC XL XXL XS S M L ' +
    'OMG LOL BRB IMO IMHO TL DR TLDR AMA ELI5 NSFW OP GOP USD EUR GBP CAD AUD JPY INR KG KM MB GB TB KB MPH'
  ).split(/\s+/),
);

const SCORER_ACRONYMS: ReadonlySet<string> = new Set(TONE_ACRONYMS.map((a) => a.word.toUpperCase()));

/** Acronyms that are also everyday words: in a shouted run they are words ("BECKONS US TO"). */
const AMBIGUOUS = new Set(['US', 'IT', 'OK', 'AM', 'PM', 'IN', 'ME', 'CO', 'ID', 'AD', 'PS', 'RE', 'LA', 'MA', 'BA', 'ER', 'OS', 'AI', 'ACT', 'SAT', 'GOAT', 'RIP', 'UNI', 'ADS', 'ES', 'DE', 'FR', 'CA']);

/** In our acronym list or the scorer's (so the scorer will not read it as shouting either). */
export function isKnownAcronym(word: string): boolean {
  const bare = word.replace(/['’]s$/i, '').replace(/[^\p{L}\p{N}&]/gu, '').toUpperCase();
  return ACRONYMS.has(bare) || SCORER_ACRONYMS.has(bare);
}

/** Short common words: in caps they are shouting, not acronyms. */
const COMMON = new Set(
  (
    'A AN THE AND OR BUT IF SO TO OF IN ON AT BY FOR UP NO NOT YES YOU YOUR ME MY WE US OUR IT ITS IS ARE WAS BE BEEN DO DID ' +
    'DONE HAVE HAS HAD CAN GET GOT GO NOW WHY HOW WHAT WHO THIS THAT THEY THEM HE SHE HIM HER ALL ANY JUST STOP EVER NEVER ' +
    'ONE TWO BAD SAD MAD WILL WONT CANT DONT ISNT AINT WITH FROM OUT OFF OH OMG UGH WOW HEY HELP FIX SEND PAY READ NEED WANT ' +
    'LIKE HATE LOVE SICK TIRED LATE LOST DEAD REAL VERY MUCH MORE MOST LESS GOOD SURE AGAIN STILL EVEN ONLY DAMN HELL SHUT ' +
    'NOPE YEAH YEP WELL THAN THEN WHEN WERE WHERE DAYS DAY WEEK TIME EACH'
  ).split(/\s+/),
);

const WORD = /[\p{L}][\p{L}'’]*/gu;

function isCapsWord(w: string): boolean {
  const letters = w.replace(/['’]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Is this all-caps word an acronym (kept) rather than shouting? */
export function isAcronym(word: string, neighbourCaps: boolean): boolean {
  const bare = word.replace(/['’]s$/i, '').replace(/['’]/g, '');
  if (AMBIGUOUS.has(bare.toUpperCase()) && neighbourCaps) return false;
  if (isKnownAcronym(bare)) return true;
  if (COMMON.has(bare.toUpperCase())) return false;
  // short unknown caps word standing alone: probably an initialism (RMA, KYC)
  return bare.length <= 4 && !neighbourCaps;
}

export interface ShoutOptions {
  blocked?: readonly { start: number; end: number }[];
  guideline?: string;
}

/** Edits that undo shouting in text[from, to). */
export function shoutingEdits(text: string, from: number, to: number, opts: ShoutOptions = {}): Edit[] {
  const guideline = opts.guideline ?? 'stay-calm';
  const blocked = opts.blocked ?? [];
  const isBlocked = (s: number, e: number) => blocked.some((b) => s < b.end && b.start < e);
  const edits: Edit[] = [];
  const region = text.slice(from, to);
  const words: { start: number; end: number; w: string; caps: boolean }[] = [];
  for (const m of region.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    const w = m[0];
    // a word glued to digits (A1B2, 3PM) is an id: skip
    const prev = text[start - 1] ?? '';
    const next = text[start + w.length] ?? '';
    const glued = /\p{N}/u.test(prev) || /\p{N}/u.test(next) || prev === '-' && /\p{Lu}/u.test(text[start - 2] ?? '');
    if (prev === '[' && next === ']') continue; // [NAME]-style masks
    words.push({ start, end: start + w.length, w, caps: isCapsWord(w) && !glued });
  }
  for (let i = 0; i < words.length; i++) {
    const cur = words[i];
    if (!cur || !cur.caps) continue;
    const neighbourCaps = !!(words[i - 1]?.caps || words[i + 1]?.caps);
    if (isAcronym(cur.w, neighbourCaps)) continue;
    if (isBlocked(cur.start, cur.end)) continue;
    let after = cur.w.toLowerCase();
    if (after === 'i' || after.startsWith("i'") || after.startsWith('i’')) after = 'I' + after.slice(1);
    if (atSentenceStart(text, cur.start)) after = after.charAt(0).toUpperCase() + after.slice(1);
    if (after !== cur.w) edits.push({ start: cur.start, end: cur.end, before: cur.w, after, guideline });
  }
  // Punctuation: runs of ! and ? (and interrobangs) calmed to one mark.
  for (const m of region.matchAll(/[!?¡¿‽]{2,}|(?<=[\p{L}\p{N})\]"'”’ ])!(?![\p{L}\p{N}])/gu)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (isBlocked(start, end)) continue;
    const after = m[0].includes('?') ? '?' : '.';
    if (after !== m[0]) edits.push({ start, end, before: m[0], after, guideline });
  }
  return edits;
}
