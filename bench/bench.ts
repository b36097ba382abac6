/** One figure of a benchmark; `baseline` is another figure measured in the same run, for the ratio. */
export interface BenchRow {
  label: string;
  value: number;
  unit: string;
  baseline?: { label: string; value: number };
  /** value ÷ baseline.value unless the bench sets it. */
  ratio?: number;
}

export interface BenchResult {
  rows: BenchRow[];
  /** What was measured and how, in a sentence or two each (printed under the table). */
  notes?: string[];
}

/** A benchmark module's default export; register it in bench/registry.ts. */
export interface Bench {
  name: string;
  run(): Promise<BenchResult>;
}
