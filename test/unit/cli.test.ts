import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/cool-off.mjs');
const ROOT = resolve(__dirname, '../..');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cool-off analyze', () => {
  it('reads plain text from stdin and prints the analysis as JSON', () => {
    const r = run(['analyze', '-'], 'Did you even READ my email?! Stop wasting my time');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.flagged).toBe(true);
    expect(a.level).toBe('angry');
    expect(Array.isArray(a.reasons)).toBe(true);
    expect(a.reasons.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
  });

  // stop 20: the extension reads a draft as its reader sees it (src/core/visible.ts); the command line did not
  it('reads the text as its reader sees it: a soft hyphen inside an insult hides nothing, and spans point into the input', () => {
    const text = 'You are an id\u00ADiot.';
    const r = run(['analyze', '-'], text);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { flagged: boolean; reasons: Array<{ start: number; end: number; text: string }> };
    expect(a.flagged).toBe(true);
    for (const x of a.reasons) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(a.reasons.map((x) => x.text)).toContain('id\u00ADiot');
  });

  it('reads a FILE and honours --sensitivity', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cool-off-cli-test-'));
    const file = join(dir, 'draft.txt');
    writeFileSync(file, 'Whatever, just fix it.');
    const strict = JSON.parse(run(['analyze', file, '--sensitivity', 'strict']).stdout);
    const gentle = JSON.parse(run(['analyze', '--sensitivity=gentle', file]).stdout);
    rmSync(dir, { recursive: true, force: true });
    expect(strict.flagged).toBe(true);
    expect(gentle.flagged).toBe(false);
  });

  it('--jsonl writes one {id, level, score, flagged, reasons} line per input line, in order', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "I'm so sorry your order arrived damaged; we'll replace it today" }),
      '',
      JSON.stringify({ id: 7, text: 'You are an incompetent idiot.' }),
      JSON.stringify({ id: 'c', text: 'Thanks!', extra: true }),
    ].join('\n');
    const r = run(['analyze', '--jsonl', '-'], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'c']);
    expect(lines.map((l) => l.flagged)).toEqual([false, true, false]);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['flagged', 'id', 'level', 'reasons', 'score']);
  });

  it('reports invalid JSON as one line naming the line, with a non-zero exit and no stack trace', () => {
    const r = run(['analyze', '--jsonl'], '{"id":1,"text":"fine"}\n{oops\n');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('line 2: invalid JSON');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a line without "text"', () => {
    const r = run(['analyze', '--jsonl'], '{"id":1,"text":"ok"}\n{"id":2,"body":"x"}\n');
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim()).toBe('cool-off analyze: line 2: missing "text"');
  });

  it('reports an unreadable file and a bad option clearly', () => {
    const missing = run(['analyze', '/no/such/file.txt']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe('cool-off analyze: cannot read /no/such/file.txt: no such file');
    const bad = run(['analyze', '--sensitivity', 'loud'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--sensitivity must be gentle, normal or strict');
    const unknown = run(['analyze', '--frobnicate'], 'x');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --frobnicate');
  });
});

describe('cool-off dispatch', () => {
  it('rejects an unknown command and prints usage with no command', () => {
    const r = run(['shout']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'shout'");
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('usage: cool-off');
  });
});
