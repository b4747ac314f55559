/**
 * Shared CLI plumbing for every `cool-off` subcommand: reading a FILE or '-' (stdin), JSONL
 * parsing with one-line errors, simple flag parsing, and writing output.
 *
 * Command modules (src/cli/commands/<name>.ts) export:
 *   export async function run(args: string[]): Promise<number>   // exit code
 * and throw CliError for bad input; main.ts prints its message as ONE line on stderr
 * ("cool-off <name>: <message>") and exits with its code, never with a stack trace.
 */
import { readFileSync } from 'node:fs';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads all of stdin as UTF-8. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads FILE, or stdin when the argument is '-' or missing. Throws CliError if unreadable. */
export async function readInput(arg: string | undefined): Promise<string> {
  if (arg === undefined || arg === '-') return readStdin();
  try {
    return readFileSync(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot read';
    throw new CliError(`cannot read ${arg}: ${why}`);
  }
}

export interface JsonlRecord {
  id: string | number | null;
  text: string;
  [key: string]: unknown;
}

/**
 * Parses JSON Lines of objects with a string "text" (and usually an "id"). Blank lines are skipped.
 * Throws CliError("line N: invalid JSON") or CliError('line N: missing "text"').
 * `required` names other string fields that must be present (e.g. ['incoming']).
 */
export function parseJsonl(input: string, required: readonly string[] = []): JsonlRecord[] {
  const out: JsonlRecord[] = [];
  const lines = input.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`line ${i + 1}: invalid JSON`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CliError(`line ${i + 1}: expected a JSON object`);
    const rec = value as Record<string, unknown>;
    if (typeof rec.text !== 'string') throw new CliError(`line ${i + 1}: missing "text"`);
    for (const field of required) {
      if (typeof rec[field] !== 'string') throw new CliError(`line ${i + 1}: missing "${field}"`);
    }
    const id = rec.id;
    out.push({ ...rec, id: typeof id === 'string' || typeof id === 'number' ? id : null, text: rec.text });
  }
  return out;
}

export interface ParsedArgs {
  /** Positional arguments ('-' included). */
  positional: string[];
  /** --flag → true, --key=value / --key value → 'value'. */
  flags: Map<string, string | true>;
}

/**
 * Parses "--flag", "--key=value" and "--key value" (only for keys listed in `valued`).
 * Unknown flags are reported as CliError so typos don't pass silently.
 */
export function parseArgs(args: readonly string[], known: { boolean?: readonly string[]; valued?: readonly string[] }): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const bools = new Set(known.boolean ?? []);
  const valued = new Set(known.valued ?? []);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = a.slice(2, eq < 0 ? undefined : eq);
      if (valued.has(key)) {
        const v = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined) throw new CliError(`--${key} needs a value`, 2);
        flags.set(key, v);
      } else if (bools.has(key) && eq < 0) {
        flags.set(key, true);
      } else {
        throw new CliError(`unknown option --${key}`, 2);
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

/** Writes text to stdout, resolving once it is flushed (safe before process.exit). */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
