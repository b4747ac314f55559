/**
 * `npm run train` reproduces the shipped model byte for byte (issue 3). This also catches a change to
 * feature extraction or to the trainer made without retraining: the shipped weights would no longer
 * be the ones the code learns. Needs the dev file next to the repository (../shared/eval), as
 * `npm run train` does; where it is missing the test says so and is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEV = resolve('../shared/eval/tone-dev.jsonl');

describe('npm run train', () => {
  it.runIf(existsSync(DEV))('reproduces src/core/tone/data/model.ts byte for byte (needs ../shared/eval/tone-dev.jsonl)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cool-off-train-'));
    try {
      const out = join(dir, 'model.ts');
      // the trainer's own defaults: none of its experiment settings (SEED, L2_NGRAM, …) from the caller
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', OUT: out },
        encoding: 'utf8',
        timeout: 170_000,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8') === readFileSync('src/core/tone/data/model.ts', 'utf8')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
