/**
 * cool-off analyze [FILE|-] [--jsonl] [--sensitivity gentle|normal|strict]
 *   plain text in  → the Analysis as pretty JSON
 *   --jsonl        → one {"id","level","score","flagged","reasons"} line per {"id","text"} line, in order
 */
import { analyzeAsShown } from '../../core/visible';
import type { Sensitivity } from '../../core/tone/types';
import { CliError, parseArgs, parseJsonl, readInput, writeOut } from '../io';

const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'normal', 'strict'];

export const usage = 'usage: cool-off analyze [FILE|-] [--jsonl] [--sensitivity gentle|normal|strict]';

export async function run(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, { boolean: ['jsonl', 'help'], valued: ['sensitivity'] });
  if (flags.has('help')) {
    await writeOut(`${usage}\n`);
    return 0;
  }
  if (positional.length > 1) throw new CliError(`expected at most one input, got ${positional.length}\n${usage}`, 2);
  const s = flags.get('sensitivity') ?? 'normal';
  if (!SENSITIVITIES.includes(s as Sensitivity)) throw new CliError(`--sensitivity must be gentle, normal or strict (got "${String(s)}")`, 2);
  // the text as its reader sees it, as the extension reads it: a soft hyphen inside "idiot" hides nothing
  const analyzer = (text: string) => analyzeAsShown(text, { sensitivity: s as Sensitivity });
  const input = await readInput(positional[0]);

  if (flags.has('jsonl')) {
    const records = parseJsonl(input);
    const lines = records.map((r) => {
      const a = analyzer(r.text);
      return JSON.stringify({ id: r.id, level: a.level, score: a.score, flagged: a.flagged, reasons: a.reasons });
    });
    await writeOut(lines.length ? `${lines.join('\n')}\n` : '');
    return 0;
  }
  await writeOut(`${JSON.stringify(analyzer(input), null, 2)}\n`);
  return 0;
}
