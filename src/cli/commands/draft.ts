/**
 * cool-off draft [FILE|-] [--jsonl] [--public] [--name CUSTOMER] [--rating 1-5] [--signature NAME] [--business NAME]
 *   plain text in (the customer's message) → {"text","topics"} as JSON
 *   --jsonl → one {"id","text","topics"} line per input line; input lines carry "incoming" (or
 *             "text") and optionally "name", "rating", "audience"
 * Bad input → CliError naming the line (main.ts prints it as one line, non-zero exit).
 */
import { draftReply, type DraftContext } from '../../core/draft';
import { CliError, parseArgs, readInput, writeOut } from '../io';
import { CONTEXT_FLAGS, contextFromFlags } from './rewrite';

export const usage =
  'usage: cool-off draft [FILE|-] [--jsonl] [--public] [--name CUSTOMER] [--rating 1-5] [--signature NAME] [--business NAME]';

function rating(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 5) throw new Error('"rating" must be a number from 0 to 5');
  return n;
}

interface Job {
  id: string | number | null;
  incoming: string;
  ctx: DraftContext;
}

function parseLines(input: string, base: DraftContext): Job[] {
  const jobs: Job[] = [];
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new CliError(`line ${i + 1}: invalid JSON`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new CliError(`line ${i + 1}: expected a JSON object`);
    const o = v as Record<string, unknown>;
    const incoming = o.incoming ?? o.text;
    if (typeof incoming !== 'string') throw new CliError(`line ${i + 1}: missing "incoming" (or "text")`);
    const ctx: DraftContext = { ...base };
    if (o.name !== undefined && o.name !== null) {
      if (typeof o.name !== 'string') throw new CliError(`line ${i + 1}: "name" must be a string`);
      if (o.name.trim() !== '') ctx.customerName = o.name;
    }
    try {
      const r = rating(o.rating);
      if (r !== undefined) ctx.rating = r;
    } catch (e) {
      throw new CliError(`line ${i + 1}: ${(e as Error).message}`);
    }
    if (o.audience !== undefined && o.audience !== null) {
      if (o.audience !== 'public' && o.audience !== 'private') throw new CliError(`line ${i + 1}: "audience" must be "public" or "private"`);
      ctx.audience = o.audience;
    }
    const id = o.id;
    jobs.push({ id: typeof id === 'string' || typeof id === 'number' ? id : null, incoming, ctx });
  }
  return jobs;
}

export async function run(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, {
    boolean: ['jsonl', 'help', 'public', 'private'],
    valued: [...CONTEXT_FLAGS, 'rating'],
  });
  if (flags.has('help')) {
    await writeOut(`${usage}\n`);
    return 0;
  }
  if (positional.length > 1) throw new CliError(`expected at most one input, got ${positional.length}\n${usage}`, 2);
  const base: DraftContext = contextFromFlags(flags);
  if (flags.has('rating')) {
    try {
      const r = rating(flags.get('rating'));
      if (r !== undefined) base.rating = r;
    } catch {
      throw new CliError('--rating must be a number from 0 to 5', 2);
    }
  }

  const input = await readInput(positional[0]);
  if (!flags.has('jsonl')) {
    await writeOut(`${JSON.stringify(draftReply(input, base))}\n`);
    return 0;
  }
  const jobs = parseLines(input, base);
  const out = jobs.map((j) => {
    const res = draftReply(j.incoming, j.ctx);
    return JSON.stringify({ id: j.id, text: res.text, topics: res.topics });
  });
  await writeOut(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}
