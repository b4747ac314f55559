/** Finding the parts of a draft a rewrite must leave alone: the greeting line and the signature block. */

export interface DraftParts {
  /** End of the greeting line incl. its newline(s); 0 when there is none. */
  bodyStart: number;
  /** Start of the signature block (or text length). */
  bodyEnd: number;
  greeting: string;
  signature: string;
}

const GREETING = /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya|howdy)\b[^\n]{0,60}[,!:.]?[ \t]*(?:\r?\n|$)/i;
/** Titles before a name ("Mr Stevens", "Dr. Lee"): shared by the greeting forms here and the rewrite's sentence splitting. */
export const TITLES = 'mr|mrs|ms|mx|miss|dr|prof';
/**
 * A line that is only a name, with or without a title, ending in a comma ("Mr Stevens," / "Ms. Ana Ruiz,"),
 * and a greeting that runs on into the first sentence ("Hi Bianca, after your messages…"). Unicode-aware,
 * so built on first use rather than while every matched page loads.
 */
let greetingForms: { nameLine: RegExp; inline: RegExp } | null = null;
function greetings(): { nameLine: RegExp; inline: RegExp } {
  return (greetingForms ??= {
    nameLine: new RegExp(`^[ \\t]*(?:(?:${TITLES})\\.?[ \\t]+)?\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}[ \\t]*,[ \\t]*\\r?\\n`, 'u'),
    inline: new RegExp(`^[ \\t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hiya)(?:[ \\t]+(?:(?:${TITLES})\\.?[ \\t]+)?\\p{Lu}[\\p{L}'’-]*){1,3}[ \\t]*,[ \\t]+(?=\\S)`, 'iu'),
  });
}
const SIGN_OFF = /^[ \t]*(?:thanks|thank you|many thanks|thanks again|best|best regards|best wishes|kind regards|warm regards|warmly|regards|cheers|sincerely|yours sincerely|yours truly|yours|respectfully|all the best|talk soon|take care|with thanks)[ \t]*[,!.]?[ \t]*$/i;

export function splitDraft(text: string): DraftParts {
  let bodyStart = 0;
  const g = GREETING.exec(text);
  // a greeting line is short and ends with punctuation or is followed by more lines
  const named = g ? null : greetings().nameLine.exec(text);
  const inline = g || named ? null : greetings().inline.exec(text);
  if (g && g[0].trim().length <= 60 && /[,!:]\s*$|\n/.test(g[0]) && text.length > g[0].length) bodyStart = g[0].length;
  else if (named && named[0].trim().length <= 40 && /\S/.test(text.slice(named[0].length))) bodyStart = named[0].length;
  // a greeting line: also skip the blank lines after it (an inline greeting ends at the next word already)
  if (bodyStart > 0) while (bodyStart < text.length && /[ \t\r\n]/.test(text[bodyStart] ?? '')) bodyStart++;
  else if (inline) bodyStart = inline[0].length;
  let bodyEnd = text.length;
  // signature: a line that is just a sign-off, or "-- ", followed only by short lines
  const lines: { start: number; line: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, line });
    pos += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.start < bodyStart) continue;
    const isDashes = /^--\s*$/.test(l.line) || l.line === '-- ';
    if (isDashes || SIGN_OFF.test(l.line)) {
      const restLines = lines.slice(i + 1).filter((x) => x.line.trim() !== '');
      if (isDashes || restLines.length <= 6 && restLines.every((x) => x.line.trim().length <= 80)) {
        bodyEnd = l.start;
        break;
      }
    }
  }
  // no sign-off line: a bare name on the last line, after a blank line ("\n\nSam"), is a signature too
  if (bodyEnd === text.length) {
    // ("Rep, Sunways Holidays" and "Anna – Front Desk": a name, then a role or the business, count too)
    const m = /\n[ \t]*\n[ \t]*((?:[A-Z][\p{L}'’.-]*|[A-Z]\.)(?:(?:[ \t]+|,[ \t]*|[ \t]+[–—-][ \t]+)(?:[A-Z][\p{L}'’.-]*|[A-Z]\.|&|and|of)){0,4})[ \t]*\n?$/u.exec(text);
    if (m && m.index + 1 >= bodyStart) bodyEnd = text.length - m[0].length + m[0].indexOf(m[1]!);
  }
  // trailing whitespace before the signature belongs to the signature gap
  while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1] ?? '')) bodyEnd--;
  if (bodyEnd < bodyStart) bodyEnd = bodyStart;
  return {
    bodyStart,
    bodyEnd,
    greeting: text.slice(0, bodyStart),
    signature: text.slice(bodyEnd),
  };
}
