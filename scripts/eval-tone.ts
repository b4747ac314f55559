/**
 * npm run eval:tone [-- DEV.jsonl [BUSINESS.jsonl [SET2.jsonl [SET3.jsonl [SET4.jsonl [SET5.jsonl [SET6.jsonl [SET7.jsonl]]]]]]]]
 * Precision / recall / F1 / false-flag rate, overall and per slice, for our scorer (normal
 * sensitivity) beside raw `sentiment` (score < 0) and VADER (compound <= -0.05).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Sentiment from 'sentiment';
import { createAnalyzer } from '../src/core/tone/analyze';
import { flaggedBySlice, metrics, parseLabeled, type Labeled } from '../src/core/tone/metrics';

const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };

const devPath = resolve(process.argv[2] ?? '../shared/eval/tone-dev.jsonl');
const bizPath = resolve(process.argv[3] ?? 'test/unit/fixtures/business-replies.jsonl');
const set2Path = resolve(process.argv[4] ?? 'test/unit/fixtures/tone-business-set2.jsonl');
const set3Path = resolve(process.argv[5] ?? 'test/unit/fixtures/tone-business-set3.jsonl');
const set4Path = resolve(process.argv[6] ?? 'test/unit/fixtures/tone-business-set4.jsonl');
const set5Path = resolve(process.argv[7] ?? 'test/unit/fixtures/tone-business-set5.jsonl');
const set6Path = resolve(process.argv[8] ?? 'test/unit/fixtures/tone-business-set6.jsonl');
const set7Path = resolve(process.argv[9] ?? 'test/unit/fixtures/tone-business-set7.jsonl');

const sentiment = new Sentiment();
type Scorer = { name: string; flag: (t: string) => boolean };
const scorers: Scorer[] = [];
for (const s of ['gentle', 'normal', 'strict'] as const) {
  const ours = createAnalyzer({ sensitivity: s });
  scorers.push({ name: s === 'normal' ? 'cool-off' : `cool-off(${s})`, flag: (t) => ours(t).flagged });
}
scorers.push({ name: 'sentiment<0', flag: (t) => sentiment.analyze(t).score < 0 });
scorers.push({ name: 'vader<=-.05', flag: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound <= -0.05 });

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
const num = (x: number): string => x.toFixed(3).padStart(7);

function report(title: string, rows: Labeled[]): void {
  console.log(`\n## ${title} (${rows.length} texts)\n`);
  const results = scorers.map((s) => ({ s, flags: rows.map((r) => s.flag(r.text)) }));
  console.log(`${'scorer'.padEnd(20)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}${'calm-flagged'.padStart(13)}`);
  for (const { s, flags } of results) {
    const m = metrics(rows, flags);
    console.log(`${s.name.padEnd(20)}${num(m.precision)}${num(m.recall)}${num(m.f1)}${pct(m.falseFlag).padStart(13)}`);
  }
  const slices = [...flaggedBySlice(rows, results[0]!.flags).keys()];
  console.log(`\nshare flagged per slice (angry slices: higher is better; calm slices: lower is better)`);
  console.log(`${'slice'.padEnd(24)}${'label'.padEnd(7)}${'n'.padStart(6)}${results.map((r) => r.s.name.padStart(17)).join('')}`);
  for (const slice of slices) {
    const cells = results.map(({ flags }) => {
      const bs = flaggedBySlice(rows, flags).get(slice)!;
      return pct(bs.flagged / bs.n).padStart(17);
    });
    const bs = flaggedBySlice(rows, results[0]!.flags).get(slice)!;
    console.log(`${slice.padEnd(24)}${bs.label.padEnd(7)}${String(bs.n).padStart(6)}${cells.join('')}`);
  }
}

if (!existsSync(devPath)) {
  console.error(`eval-tone: cannot read ${devPath}`);
  process.exit(1);
}
report(`dev set ${devPath}`, parseLabeled(readFileSync(devPath, 'utf8')));
console.log('\nNote: the model in src/core/tone/data/model.ts was trained on this file, so the cool-off rows above are');
console.log('in-sample. Honest held-out estimates are the 5-fold cross-validation figures printed by `npm run train`.');
if (existsSync(bizPath)) {
  report(`business replies — OUR OWN HAND-WRITTEN SET, used while writing the rules (optimistic) ${bizPath}`, parseLabeled(readFileSync(bizPath, 'utf8')));
} else console.log(`\n(no business-reply fixture at ${bizPath})`);
if (existsSync(set2Path)) {
  report(`business replies — OUR OWN HAND-WRITTEN SET 2, not trained on; first measured at 44% hostile caught / 0% calm flagged before the last round of rules, which the same author then wrote (so now optimistic too) ${set2Path}`, parseLabeled(readFileSync(set2Path, 'utf8')));
}
if (existsSync(set3Path)) {
  report(`business replies — OUR OWN HAND-WRITTEN SET 3, written after the model was final; first measured at 25% hostile caught / 0% calm flagged, then its misses were read and general passive-aggressive rules added (own: passive-aggressive replies), so it is optimistic now too ${set3Path}`, parseLabeled(readFileSync(set3Path, 'utf8')));
}
if (existsSync(set4Path)) {
  report(`business replies — HELD-OUT SET 4 (150 hostile, 120 calm, 30 firm-but-calm), written by a separate writer who saw no rule, model or training file; never trained on and never read to change anything: the honest business figure ${set4Path}`, parseLabeled(readFileSync(set4Path, 'utf8')));
}
if (existsSync(set5Path)) {
  report(`business replies — HELD-OUT SET 5 (150 hostile, 120 calm, 30 firm-but-calm), by another separate writer who saw no rule, model, training or evaluation file; kept back while set 4's figure steered model choices, so it is the check on that ${set5Path}`, parseLabeled(readFileSync(set5Path, 'utf8')));
}
if (existsSync(set6Path)) {
  report(`business replies — HELD-OUT SET 6 (about 2,700 hostile, 3,300 calm, in six kinds: everyday messages, replies to positive reviews, professional services, software, travel, trades), by six more separate writers who saw no rule, model or evaluation file; written as training data, then kept out because more data lowered the cross-validated figures, so the shipped model never saw them ${set6Path}`, parseLabeled(readFileSync(set6Path, 'utf8')));
}
if (existsSync(set7Path)) {
  report(`business replies — HELD-OUT SET 7 (585 hostile, 600 calm: review replies, support e-mails, app-store and marketplace replies, short chat messages), by four more separate writers who saw no rule, model or data file; measured first on the model as it stood at the start of stop 10 ${set7Path}`, parseLabeled(readFileSync(set7Path, 'utf8')));
}
