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
const SIGN_OFF = /^[ \t]*(?:thanks|thank you|many thanks|thanks again|best|best regards|best wishes|kind regards|warm regards|warmly|regards|cheers|sincerely|yours sincerely|yours truly|yours|respectfully|all the best|talk soon|take care|with thanks)[ \t]*[,!.]?[ \t]*$/i;

export function splitDraft(text: string): DraftParts {
  let bodyStart = 0;
  const g = GREETING.exec(text);
  // a greeting line is short and ends with punctuation or is followed by more lines
  if (g && g[0].trim().length <= 60 && /[,!:]\s*$|\n/.test(g[0]) && text.length > g[0].length) {
    bodyStart = g[0].length;
    // also skip blank lines after it
    while (bodyStart < text.length && /[ \t\r\n]/.test(text[bodyStart] ?? '')) bodyStart++;
  }
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
    const m = /\n[ \t]*\n[ \t]*((?:[A-Z][\p{L}'’.-]*|[A-Z]\.)(?:[ \t]+(?:[A-Z][\p{L}'’.-]*|[A-Z]\.|&|and|of)){0,3})[ \t]*\n?$/u.exec(text);
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
