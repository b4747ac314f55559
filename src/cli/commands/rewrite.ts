/**
 * cool-off rewrite [FILE|-] [--jsonl] [--public] [--name N] [--signature N] [--business N] [--disable ID,ID]
 *   plain text in → {"text","edits","removed","unresolved"} as JSON (edits: offsets into the original, in
 *                   order; removed: sentences taken out as still hostile; unresolved: hostile ones kept for a fact)
 *   --jsonl       → one {"id","text","edits","removed","unresolved"} line per {"id","text"} line, in order
 * Per-line "audience" ("public"|"private") and "name" override the flags. Bad input → CliError
 * naming the line (main.ts prints it as one line, non-zero exit).
 */
import { calmRewrite, type RewriteContext } from '../../core/rewrite';
import { CliError, parseArgs, parseJsonl, readInput, writeOut } from '../io';

export const usage =
  'usage: cool-off rewrite [FILE|-] [--jsonl] [--public] [--name NAME] [--signature NAME] [--business NAME] [--disable GUIDELINE,…]';

export const CONTEXT_FLAGS = ['name', 'signature', 'business', 'audience'] as const;

/** Shared by rewrite and draft: --public/--private/--audience, --name, --signature, --business. */
export function audienceFrom(flags: Map<string, string | true>): 'public' | 'private' | undefined {
  if (flags.has('public') && flags.has('private')) throw new CliError('use only one of --public and --private', 2);
  if (flags.has('public')) return 'public';
  if (flags.has('private')) return 'private';
  const a = flags.get('audience');
  if (a === undefined) return undefined;
  if (a !== 'public' && a !== 'private') throw new CliError(`--audience must be public or private (got "${String(a)}")`, 2);
  return a;
}

/** The context flags both `rewrite` and `draft` take: --public/--private, --name, --signature, --business. */
export function contextFromFlags(flags: Map<string, string | true>): {
  audience?: 'public' | 'private';
  customerName?: string;
  signatureName?: string;
  businessName?: string;
} {
  const ctx: ReturnType<typeof contextFromFlags> = {};
  const audience = audienceFrom(flags);
  if (audience) ctx.audience = audience;
  const name = stringFlag(flags, 'name');
  if (name) ctx.customerName = name;
  const signature = stringFlag(flags, 'signature');
  if (signature) ctx.signatureName = signature;
  const business = stringFlag(flags, 'business');
  if (business) ctx.businessName = business;
  return ctx;
}

export function stringFlag(flags: Map<string, string | true>, key: string): string | undefined {
  const v = flags.get(key);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export async function run(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args, {
    boolean: ['jsonl', 'help', 'public', 'private'],
    valued: [...CONTEXT_FLAGS, 'disable'],
  });
  if (flags.has('help')) {
    await writeOut(`${usage}\n`);
    return 0;
  }
  if (positional.length > 1) throw new CliError(`expected at most one input, got ${positional.length}\n${usage}`, 2);
  const base: RewriteContext = contextFromFlags(flags);
  const disable = stringFlag(flags, 'disable');
  if (disable) base.disabledGuidelines = disable.split(',').map((s) => s.trim()).filter(Boolean);

  const input = await readInput(positional[0]);
  if (!flags.has('jsonl')) {
    await writeOut(`${JSON.stringify(calmRewrite(input, base))}\n`);
    return 0;
  }
  // validate every line before writing anything
  const jobs: { id: string | number | null; text: string; ctx: RewriteContext }[] = [];
  input.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec;
    try {
      [rec] = parseJsonl(line);
    } catch (e) {
      throw new CliError((e as Error).message.replace(/^line 1:/, `line ${i + 1}:`));
    }
    if (!rec) return;
    const ctx: RewriteContext = { ...base };
    if (rec.audience !== undefined && rec.audience !== null) {
      if (rec.audience !== 'public' && rec.audience !== 'private') throw new CliError(`line ${i + 1}: "audience" must be "public" or "private"`);
      ctx.audience = rec.audience;
    }
    if (typeof rec.name === 'string' && rec.name.trim() !== '') ctx.customerName = rec.name;
    jobs.push({ id: rec.id, text: rec.text, ctx });
  });
  const out = jobs.map((j) => {
    const res = calmRewrite(j.text, j.ctx);
    return JSON.stringify({ id: j.id, text: res.text, edits: res.edits, removed: res.removed, unresolved: res.unresolved });
  });
  await writeOut(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}
