import { statsOf, type ScoredRow } from "./score";

export interface CellStats {
  /** `framework × hardware` of the rows, e.g. `vllm × h200-sxm`. */
  cell: string;
  metric: string;
  n: number;
  medianApe: number;
  /** Median of predicted / measured: above 1 the engine predicts more (faster, or longer latency) than measured. */
  medianRatio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
}

/** Error of scored rows per framework × hardware × metric — the cells the serving model is calibrated per. */
export function cellStats(rows: ScoredRow[]): CellStats[] {
  const groups = new Map<string, ScoredRow[]>();
  for (const r of rows) {
    const key = `${r.request.framework ?? "default"} × ${String(r.request.hardware)}|${r.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, rs]) => {
      const [cell, metric] = key.split("|") as [string, string];
      const { n, medianApe } = statsOf(rs);
      return { cell, metric, n, medianApe, medianRatio: median(rs.map((r) => r.ratio)) };
    })
    .sort((a, b) => a.cell.localeCompare(b.cell) || a.metric.localeCompare(b.metric));
}
