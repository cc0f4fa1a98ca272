import { describe, expect, it } from 'vitest';
import { alignStepwise, buildPnl, type SettledTrade } from '../src/series';

const t = (strategyId: string, settledAt: string | null, netProfit: number | null, mode = 'Paper'): SettledTrade =>
  ({ strategyId, settledAt, netProfit, mode });
const secs = (iso: string) => Date.parse(iso) / 1000;

describe('alignStepwise', () => {
  it('merges instants and holds each value until the series moves; null before a series starts', () => {
    const aligned = alignStepwise([
      [{ t: 30, v: 3 }, { t: 10, v: 1 }],
      [{ t: 20, v: 2 }],
    ]);
    expect(aligned.xs).toEqual([10, 20, 30]);
    expect(aligned.ys).toEqual([[1, 1, 3], [null, 2, 2]]);
  });

  it('keeps the last of several points at one instant', () => {
    expect(alignStepwise([[{ t: 5, v: 1 }, { t: 5, v: 2 }]])).toEqual({ xs: [5], ys: [[2]] });
  });

  it('answers empty arrays for no data', () => {
    expect(alignStepwise([])).toEqual({ xs: [], ys: [] });
  });
});

describe('buildPnl', () => {
  it('accumulates each strategy over settle time, whatever order the trades come in (the API gives newest first)', () => {
    const pnl = buildPnl([
      t('b', '2026-12-01T12:00:00Z', -1),
      t('a', '2026-12-01T11:00:00Z', 2.5),
      t('a', '2026-12-01T10:00:00Z', 1),
    ]);
    expect(pnl.strategies.map((s) => [s.strategyId, s.trades, s.net])).toEqual([['a', 2, 3.5], ['b', 1, -1]]);
    expect(pnl.aligned.xs).toEqual([secs('2026-12-01T10:00:00Z'), secs('2026-12-01T11:00:00Z'), secs('2026-12-01T12:00:00Z')]);
    expect(pnl.aligned.ys).toEqual([[1, 3.5, 3.5], [null, null, -1]]);
  });

  it('skips trades not settled', () => {
    const pnl = buildPnl([t('a', null, null), t('a', '2026-12-01T10:00:00Z', null), t('a', null, 4), t('a', '2026-12-01T10:00:00Z', 1)]);
    expect(pnl.strategies).toEqual([{ strategyId: 'a', mode: 'Paper', trades: 1, net: 1 }]);
  });

  it('sums money without float drift and keeps modes apart', () => {
    const trades = [
      ...Array.from({ length: 10 }, (_, i) => t('p', `2026-12-01T10:00:0${i}Z`, 0.1)),
      t('l', '2026-12-01T10:00:00Z', 0.2, 'Live'),
      t('l', '2026-12-01T10:00:01Z', 0.1, 'Live'),
    ];
    const pnl = buildPnl(trades);
    expect(pnl.strategies.find((s) => s.strategyId === 'p')!.net).toBe(1);
    expect(pnl.byMode).toEqual({ Paper: { trades: 10, net: 1 }, Live: { trades: 2, net: 0.3 } });
    expect(pnl.aligned.ys[0].at(-1)).toBe(0.3); // 'l' sorts first
  });

  it('answers an empty chart for no trades', () => {
    expect(buildPnl([])).toEqual({ strategies: [], aligned: { xs: [], ys: [] }, byMode: {} });
  });
});
