// Pure data shaping for the charts. uPlot wants one shared, ascending x array and one y array per series; the
// sources give each series its own instants, so they are merged onto the union of instants with each value held
// until the series' next point (a price, or a cumulative P&L, stays what it was until something changes it).

export interface Point {
  t: number; // seconds since the epoch (uPlot's time unit)
  v: number | null;
}

export interface Aligned {
  xs: number[];
  ys: (number | null)[][];
}

/** Merges series onto their shared instants; before a series' first point its value is null (nothing drawn). */
export function alignStepwise(series: Point[][]): Aligned {
  const sorted = series.map((s) => [...s].sort((a, b) => a.t - b.t));
  const xs = [...new Set(sorted.flatMap((s) => s.map((p) => p.t)))].sort((a, b) => a - b);
  const ys = sorted.map((points) => {
    const out: (number | null)[] = new Array(xs.length);
    let j = 0;
    let current: number | null = null;
    for (let i = 0; i < xs.length; i++) {
      // Several points at one instant: the last one is the value from then on.
      while (j < points.length && points[j].t <= xs[i]) current = points[j++].v;
      out[i] = current;
    }
    return out;
  });
  return { xs, ys };
}

export interface SettledTrade {
  strategyId: string;
  mode: string;
  netProfit: number | null;
  settledAt: string | null;
}

export interface StrategyPnl {
  strategyId: string;
  mode: string;
  trades: number;
  net: number;
}

export interface PnlChart {
  strategies: StrategyPnl[];
  aligned: Aligned;
  /** Net P&L per mode (paper money is not money, so modes are never added together). */
  byMode: Record<string, { trades: number; net: number }>;
}

/** Cumulative net P&L per strategy over settle time, from settled trades in any order; unsettled ones are skipped. */
export function buildPnl(trades: SettledTrade[]): PnlChart {
  const settled = trades
    .filter((t) => t.netProfit !== null && t.settledAt !== null && !Number.isNaN(Date.parse(t.settledAt)))
    .map((t) => ({ ...t, time: Date.parse(t.settledAt!) / 1000 }))
    .sort((a, b) => a.time - b.time || a.strategyId.localeCompare(b.strategyId));

  const perStrategy = new Map<string, { info: StrategyPnl; points: Point[]; cents: number }>();
  const byMode: Record<string, { trades: number; net: number }> = {};
  for (const t of settled) {
    let entry = perStrategy.get(t.strategyId);
    if (!entry) {
      entry = { info: { strategyId: t.strategyId, mode: t.mode, trades: 0, net: 0 }, points: [], cents: 0 };
      perStrategy.set(t.strategyId, entry);
    }
    // Sum in whole cents: adding decimal money as binary floats drifts (0.1 + 0.2 ≠ 0.3).
    const cents = Math.round(t.netProfit! * 100);
    entry.cents += cents;
    entry.info.trades++;
    entry.points.push({ t: t.time, v: entry.cents / 100 });
    const mode = (byMode[t.mode] ??= { trades: 0, net: 0 });
    mode.trades++;
    mode.net = Math.round(mode.net * 100 + cents) / 100;
  }

  const entries = [...perStrategy.values()].sort((a, b) => a.info.strategyId.localeCompare(b.info.strategyId));
  for (const e of entries) e.info.net = e.cents / 100;
  return {
    strategies: entries.map((e) => e.info),
    aligned: alignStepwise(entries.map((e) => e.points)),
    byMode,
  };
}
