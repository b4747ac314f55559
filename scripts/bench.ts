/**
 * npm run bench — analyze() beside raw sentiment.analyze() on the same drafts of 200, 2,000 and
 * 20,000 characters (built from the dev file's texts, or a built-in mix if it is missing), then
 * analyze() alone at 100,000 characters to check the cost stays linear.
 */
import { existsSync, readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import { createAnalyzer } from '../src/core/tone/analyze';

const sentiment = new Sentiment();
// what the extension does on each input pause: the default analyzer (normal sensitivity)
const analyze = createAnalyzer({ sensitivity: 'normal' });
// and with a user's word lists, for reference
const analyzeWithWords = createAnalyzer({ sensitivity: 'normal', alwaysFlag: ['per our policy', 'asap'], neverFlag: ['damn', 'hell'] });

const devPath = process.argv[2] ?? '../shared/eval/tone-dev.jsonl';
const pool: string[] = existsSync(devPath)
  ? readFileSync(devPath, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)
  : [
    "I'm so sorry your order arrived damaged; we'll replace it today.",
    'Did you even READ my email?! Stop wasting my time.',
    'Thanks for your patience. Our team is looking into the delay and will update you by Friday.',
    "That's not my department, take it up with the courier. Whatever.",
  ];

/** A draft of exactly n characters, made of consecutive texts from the pool starting at `seed`. */
function draft(n: number, seed: number): string {
  let s = '';
  for (let i = seed; s.length < n; i++) s += `${pool[i % pool.length]!} `;
  return s.slice(0, n);
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m]! : (a[m - 1]! + a[m]!) / 2;
}

/**
 * Median microseconds per call of two functions on the same drafts, measured side by side: each
 * draft is run through both, one right after the other (in alternating order from round to round),
 * so a slow spell of the machine hits both alike. Measuring one function's rounds and then the
 * other's let the ratio swing by a third from run to run on a busy machine.
 */
function pair(fa: (t: string) => unknown, fb: (t: string) => unknown, drafts: string[], rounds: number): [number, number] {
  for (const d of drafts) { fa(d); fb(d); } // warm-up
  const pa: number[] = [];
  const pb: number[] = [];
  const once = (fn: (t: string) => unknown, d: string, into: number[]): void => {
    const t0 = process.hrtime.bigint();
    fn(d);
    into.push(Number(process.hrtime.bigint() - t0) / 1000);
  };
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) {
      if (r % 2 === 0) { once(fa, d, pa); once(fb, d, pb); } else { once(fb, d, pb); once(fa, d, pa); }
    }
  }
  return [median(pa), median(pb)];
}

// Warm-up first, before anything else runs the scorer: the first pass compiles each phrase rule's
// expression as it is first met (what a user pays on the first drafts after a page loads).
{
  const texts = pool.slice(0, 200);
  const t0 = performance.now();
  for (const t of texts) analyze(t);
  const first = performance.now() - t0;
  const t1 = performance.now();
  for (const t of texts) analyze(t);
  const second = performance.now() - t1;
  console.log(`warm-up: ${texts.length} short texts take ${first.toFixed(0)} ms on the first pass, ${second.toFixed(0)} ms on the second\n`);
}

console.log(`node ${process.version}; medians of per-call wall time\n`);
console.log(`${'chars'.padStart(8)}${'sentiment µs'.padStart(15)}${'analyze µs'.padStart(13)}${'ratio'.padStart(8)}${'ns/char'.padStart(10)}`);
const perChar = new Map<number, number>();
for (const [n, count, rounds] of [[200, 200, 15], [2_000, 60, 15], [20_000, 12, 10], [100_000, 4, 6]] as const) {
  const drafts = Array.from({ length: count }, (_, i) => draft(n, i * 37));
  const [s, a] = pair((t) => sentiment.analyze(t), (t) => analyze(t), drafts, rounds);
  perChar.set(n, (a * 1000) / n);
  console.log(`${String(n).padStart(8)}${s.toFixed(1).padStart(15)}${a.toFixed(1).padStart(13)}${(a / s).toFixed(2).padStart(7)}×${((a * 1000) / n).toFixed(1).padStart(10)}`);
}
{
  const drafts = Array.from({ length: 60 }, (_, i) => draft(2_000, i * 37));
  const [s, a] = pair((t) => sentiment.analyze(t), (t) => analyzeWithWords(t), drafts, 10);
  console.log(`\nwith always/never-flag word lists, 2,000 chars: ${a.toFixed(1)} µs (${(a / s).toFixed(2)}× sentiment)`);
}
const k20 = perChar.get(20_000)!;
const k100 = perChar.get(100_000)!;
console.log(`\nanalyze per-char cost: ${k20.toFixed(1)} ns at 20k, ${k100.toFixed(1)} ns at 100k (ratio ${(k100 / k20).toFixed(2)}; ~1 means linear)`);
