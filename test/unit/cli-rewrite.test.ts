import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as rewrite } from '../../src/cli/commands/rewrite';
import { run as draft } from '../../src/cli/commands/draft';
import { applyEdits } from '../../src/core/rewrite';

const dir = mkdtempSync(join(tmpdir(), 'cool-off-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string): string {
  const p = join(dir, `in-${n++}.txt`);
  writeFileSync(p, content);
  return p;
}

let out: string[] = [];
beforeEach(() => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('cool-off rewrite', () => {
  it('plain mode prints {text, edits}', async () => {
    const text = 'Per my last email, invoice 4471 is paid!!!';
    expect(await rewrite([file(text)])).toBe(0);
    const res = JSON.parse(out.join('')) as { text: string; edits: Parameters<typeof applyEdits>[1] };
    expect(res.text).toContain('invoice 4471 is paid.');
    expect(res.text).not.toMatch(/per my last email/i);
    expect(applyEdits(text, res.edits)).toBe(res.text);
  });

  it('--jsonl maps {"id","text"} to {"id","text","edits","removed","unresolved"}, one line each, in order', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Whatever.' }),
      '',
      JSON.stringify({ id: 7, text: 'Thanks, I will reply by Friday.' }),
      JSON.stringify({ id: 'b', text: 'The lamp shipped on 3 May. Next time maybe read the listing before you order.' }),
    ].join('\n');
    expect(await rewrite(['--jsonl', file(input)])).toBe(0);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; text: string; edits: unknown[]; removed: string[]; unresolved: string[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'b']);
    expect(Object.keys(lines[0]!).sort()).toEqual(['edits', 'id', 'removed', 'text', 'unresolved']);
    expect(lines[0]!.text).not.toMatch(/whatever/i);
    expect(lines[1]!.edits).toEqual([]);
    expect(lines[2]!.removed).toEqual(['Next time maybe read the listing before you order.']);
    expect(lines[2]!.unresolved).toEqual([]);
  });

  it('--public changes the next step to a private-channel invitation', async () => {
    expect(await rewrite(['--public', file('Obviously you never read the menu.')])).toBe(0);
    expect(JSON.parse(out.join('')).text).toMatch(/private message|contact us directly/);
  });

  it('bad JSONL names the line and writes nothing', async () => {
    await expect(rewrite(['--jsonl', file(`${JSON.stringify({ id: 1, text: 'ok' })}\n{not json}\n`)])).rejects.toThrow(/^line 2: invalid JSON$/);
    await expect(rewrite(['--jsonl', file(`${JSON.stringify({ id: 1, text: 'ok' })}\n\n${JSON.stringify({ id: 2, body: 'x' })}\n`)])).rejects.toThrow(/^line 3: missing "text"$/);
    await expect(rewrite(['--jsonl', file(`${JSON.stringify({ id: 1, text: 'ok', audience: 'everyone' })}\n`)])).rejects.toThrow(/^line 1: "audience"/);
    expect(out).toEqual([]);
  });

  it('missing file and unknown option fail cleanly', async () => {
    await expect(rewrite([join(dir, 'nope.txt')])).rejects.toThrow(/cannot read .*nope\.txt: no such file/);
    await expect(rewrite(['--frobnicate'])).rejects.toThrow(/unknown option --frobnicate/);
  });
});

describe('cool-off draft', () => {
  it('plain mode drafts a reply to the incoming message', async () => {
    expect(await draft(['--name', 'Ana', '--signature=Sam', '--business=Acme', file('My order #1234 arrived damaged.')])).toBe(0);
    const res = JSON.parse(out.join('')) as { text: string; topics: string[] };
    expect(res.topics).toContain('damaged-item');
    expect(res.text).toMatch(/^(Hi|Hello|Dear) Ana,/);
    expect(res.text).toContain('#1234');
    expect(res.text).toMatch(/Sam\nAcme$/);
  });

  it('--jsonl reads "incoming" with name, rating and audience', async () => {
    const input = [
      JSON.stringify({ id: 'r1', incoming: 'Staff were rude.', name: 'Bo', rating: 1, audience: 'public' }),
      JSON.stringify({ id: 'r2', text: 'Lovely place, great food!', rating: 5 }),
    ].join('\n');
    expect(await draft(['--jsonl', file(input)])).toBe(0);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; topics: string[] });
    expect(lines.map((l) => l.id)).toEqual(['r1', 'r2']);
    expect(lines[0]!.text).toContain('Bo');
    expect(lines[0]!.text).toMatch(/private message|contact us directly|email or phone/);
    expect(lines[1]!.text).not.toMatch(/sorry/i);
  });

  it('bad lines are named', async () => {
    await expect(draft(['--jsonl', file(`${JSON.stringify({ id: 1, incoming: 'x', rating: 'lots' })}\n`)])).rejects.toThrow(/^line 1: "rating"/);
    await expect(draft(['--jsonl', file(`\n${JSON.stringify({ id: 1 })}\n`)])).rejects.toThrow(/^line 2: missing "incoming"/);
    await expect(draft(['--jsonl', file('[1,2]\n')])).rejects.toThrow(/^line 1: expected a JSON object$/);
    await expect(draft(['--rating', 'nine', file('hi')])).rejects.toThrow(/--rating/);
    expect(out).toEqual([]);
  });
});

describe('through cool-off main', () => {
  it('bad input: one stderr line naming the line number, non-zero exit, no stack trace', () => {
    const root = resolve(__dirname, '../..');
    const tsx = join(root, 'node_modules/.bin/tsx');
    const res = spawnSync(tsx, ['src/cli/main.ts', 'rewrite', '--jsonl', '-'], {
      cwd: root,
      input: `${JSON.stringify({ id: 1, text: 'ok' })}\nnot json\n`,
      encoding: 'utf8',
    });
    expect(res.status).not.toBe(0);
    expect(res.stdout).toBe('');
    const err = res.stderr.trim().split('\n').filter((l) => !/npm warn/i.test(l));
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/line 2/);
    expect(res.stderr).not.toMatch(/\s+at .+:\d+:\d+/);
  });

  it('rewrite --jsonl round trip through main', () => {
    const root = resolve(__dirname, '../..');
    const res = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', 'draft', '--jsonl'], {
      cwd: root,
      input: `${JSON.stringify({ id: 'x', incoming: 'Where is my refund for order 5512?' })}\n`,
      encoding: 'utf8',
    });
    expect(res.status).toBe(0);
    const line = JSON.parse(res.stdout.trim()) as { id: string; text: string; topics: string[] };
    expect(line.id).toBe('x');
    expect(line.topics).toContain('refund');
    expect(line.text).toContain('5512');
  });
});
