// What the till bench page (Chromium) and its Node runner exchange through page.evaluate.

export interface SideSamples {
  sampleMs: number[];
  opsPerSample: number;
}

export interface TillBenchInput {
  quick: boolean;
  products: number;
}

export interface TillBenchOutput {
  userAgent: string;
  /** dexieFloor: the same rows written through Dexie (no reads) beside the same raw puts */
  sale: { ours: SideSamples; baseline: SideSamples; rowsPerSale: number; dexieFloor: { ours: SideSamples; baseline: SideSamples } };
  search: { ours: SideSamples; baseline: SideSamples; products: number; keystrokes: number; matchesLastKeystroke: { ours: number; baseline: number } };
}

/** The globals the page defines (runTillBench) and the runner exposes (tillBenchProgress). */
export interface TillBenchGlobals {
  runTillBench(input: TillBenchInput): Promise<TillBenchOutput>;
  tillBenchProgress?: (step: string, done: number, wanted: number) => void;
}
