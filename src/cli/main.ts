/**
 * cool-off <command> [args]: dispatches to src/cli/commands/<command>.ts, whose `run(args)` returns
 * the exit code. Errors become one line on stderr ("cool-off <command>: <message>"), no stack trace.
 */
import { CliError } from './io';

const COMMANDS = ['analyze', 'rewrite', 'draft'] as const;
type CommandName = (typeof COMMANDS)[number];

interface CommandModule {
  run(args: string[]): Promise<number | void> | number | void;
}

const USAGE = `usage: cool-off <command> [FILE|-] [options]

commands:
  analyze   score a draft's tone (JSON out; --jsonl for {"id","text"} lines)
  rewrite   suggest calmer edits for a draft
  draft     draft a calm reply to a customer's message

run "cool-off <command> --help" for a command's options.`;

async function load(name: CommandName): Promise<CommandModule | null> {
  try {
    return (await import(`./commands/${name}.ts`)) as CommandModule;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const msg = String((e as Error)?.message ?? '');
    const missing = code === 'ERR_MODULE_NOT_FOUND' && msg.includes(`commands/${name}`);
    if (missing) return null;
    throw e;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`cool-off: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  const cmd = name as CommandName;
  try {
    const mod = await load(cmd);
    if (!mod || typeof mod.run !== 'function') {
      process.stderr.write(`cool-off: '${cmd}' is not available yet\n`);
      return 2;
    }
    const code = await mod.run(rest);
    return typeof code === 'number' ? code : 0;
  } catch (e) {
    if (e instanceof CliError || (e as Error)?.name === 'CliError') {
      process.stderr.write(`cool-off ${cmd}: ${(e as Error).message.split('\n').join('\n')}\n`);
      return (e as CliError).exitCode ?? 1;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`cool-off ${cmd}: internal error: ${msg.split('\n')[0]}\n`);
    return 70;
  }
}

// stdout closed early (e.g. `| head`): exit quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

const code = await main(process.argv.slice(2));
process.exitCode = code;
