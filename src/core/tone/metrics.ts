/** Pure evaluation helpers shared by scripts/eval-tone.ts and scripts/train.ts. */

export interface Labeled {
  id: string;
  slice: string;
  label: 'angry' | 'calm';
  text: string;
}

export interface Metrics {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of calm texts flagged. */
  falseFlag: number;
}

export function metrics(rows: readonly Labeled[], flagged: readonly boolean[]): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  rows.forEach((r, i) => {
    const f = flagged[i] === true;
    if (r.label === 'angry') { if (f) tp++; else fn++; } else if (f) fp++; else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: rows.length, tp, fp, fn, tn, precision, recall, f1, falseFlag: fp + tn ? fp / (fp + tn) : 0 };
}

/** Share flagged within each slice (recall for angry slices, false-flag rate for calm ones). */
export function flaggedBySlice(rows: readonly Labeled[], flagged: readonly boolean[]): Map<string, { n: number; flagged: number; label: string }> {
  const out = new Map<string, { n: number; flagged: number; label: string }>();
  rows.forEach((r, i) => {
    const s = out.get(r.slice) ?? { n: 0, flagged: 0, label: r.label };
    s.n++;
    if (flagged[i]) s.flagged++;
    out.set(r.slice, s);
  });
  return out;
}

/** Parses the eval JSONL (id, slice, label, text); `source` is optional. */
export function parseLabeled(text: string): Labeled[] {
  const rows: Labeled[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as Partial<Labeled>;
    if (typeof o.text !== 'string' || (o.label !== 'angry' && o.label !== 'calm')) throw new Error(`line ${i + 1}: needs text and label angry|calm`);
    rows.push({ id: String(o.id ?? i + 1), slice: String(o.slice ?? 'all'), label: o.label, text: o.text });
  });
  return rows;
}
