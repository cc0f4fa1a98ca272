import { describe, expect, it } from 'vitest';
import { buildPriceChart, compiledRunner, compiledSource, compiledSources, compiledValue, modelOf, runnersAt } from '../src/prices';
import type { PriceObservation, StrategyDefinition, StrategyVersion } from '../src/types';

const obs = (source: string, selection: string, observedAt: string, backPrice: number | null, more: Partial<PriceObservation> = {}): PriceObservation => ({
  source, selection, handicap: 0, observedAt, inPlay: false, backPrice, backSize: null, layPrice: null, laySize: null,
  lastTradedPrice: null, fairPrice: null, ...more,
});
const version = (v: number, model: string): StrategyVersion => ({
  strategyId: 's', version: v, status: 'Active', change: 'created', createdAt: '2026-12-01T00:00:00Z',
  definition: { model } as StrategyDefinition,
});
const secs = (iso: string) => Date.parse(iso) / 1000;
const PALETTE = ['blue', 'red', 'green'];

describe('compiled source naming', () => {
  it('is the Warehouse prefix statistico: and the OddsCompiled model name', () => {
    expect(compiledSource('market-informed')).toBe('statistico:market-informed');
    expect(compiledSource('dixon-coles-shots-corners+pi-ratings')).toBe('statistico:dixon-coles-shots-corners+pi-ratings');
  });

  it("takes the model of the trade's own strategy version, not the latest", () => {
    const versions = [version(3, 'market-informed'), version(2, 'dixon-coles'), version(1, 'poisson')];
    expect(modelOf(versions, 2)).toBe('dixon-coles');
    expect(modelOf(versions, 4)).toBeNull();
    expect(modelOf([version(1, '')], 1)).toBeNull();
  });

  it('lists the compiled sources a market has: statistico:{model} and the checker\'s statistico, not the exchange', () => {
    const latest = [obs('betfair', 'HOME', 'x', 2), obs('statistico:b', 'HOME', 'x', 2), obs('statistico', 'HOME', 'x', 2),
      obs('statistico:a', 'AWAY', 'x', 2), obs('statistico:a', 'HOME', 'x', 2), obs('statisticoX', 'HOME', 'x', 2)];
    expect(compiledSources(latest)).toEqual(['statistico', 'statistico:a', 'statistico:b']);
  });
});

describe('runnersAt', () => {
  it("keeps the trade's source only, each runner once, the traded selection first", () => {
    const latest = [obs('betfair', 'AWAY', 'x', 3), obs('betfair', 'HOME', 'x', 2), obs('betfair', 'HOME', 'y', 2.1),
      obs('statistico:m', 'DRAW', 'x', 3.4)];
    expect(runnersAt(latest, 'betfair', 'HOME')).toEqual([{ selection: 'HOME', handicap: 0 }, { selection: 'AWAY', handicap: 0 }]);
  });

  it('adds the traded selection when the source has no price for it', () => {
    expect(runnersAt([], 'betfair', 'OVER')).toEqual([{ selection: 'OVER', handicap: 0 }]);
  });
});

describe('compiledRunner', () => {
  it("finds the traded selection at statistico:{model} only, never another model's or the checker's book", () => {
    const latest = [obs('statistico:other', 'HOME', 'x', 2), obs('statistico', 'HOME', 'x', 2), obs('statistico:m', 'AWAY', 'x', 2)];
    expect(compiledRunner(latest, 'm', 'HOME', 0)).toBeNull();
    expect(compiledRunner([...latest, obs('statistico:m', 'HOME', 'x', 2)], 'm', 'HOME', 0)).toEqual({ selection: 'HOME', handicap: 0 });
  });

  it("takes the compiled line nearest the runner's handicap (a goal line is stored as the handicap)", () => {
    const latest = [obs('statistico:m', 'OVER', 'x', 2, { handicap: 3.5 }), obs('statistico:m', 'OVER', 'x', 2, { handicap: 2.5 })];
    expect(compiledRunner(latest, 'm', 'OVER', 0)).toEqual({ selection: 'OVER', handicap: 2.5 });
    expect(compiledRunner(latest, 'm', 'OVER', 3.5)).toEqual({ selection: 'OVER', handicap: 3.5 });
  });

  it('values a compiled point at its fair price, else its book price', () => {
    expect(compiledValue(obs('statistico:m', 'HOME', 'x', 2.1, { fairPrice: 2.0 }))).toBe(2.0);
    expect(compiledValue(obs('statistico:m', 'HOME', 'x', 2.1))).toBe(2.1);
  });
});

describe('buildPriceChart', () => {
  const runners = [{ selection: 'HOME', handicap: 0 }, { selection: 'AWAY', handicap: 0 }];
  const histories = [
    [obs('betfair', 'HOME', '2026-12-01T10:00:00Z', 2.0), obs('betfair', 'HOME', '2026-12-01T10:02:00Z', 2.2)],
    [obs('betfair', 'AWAY', '2026-12-01T10:01:00Z', 4.0)],
  ];

  it('adds the compiled price as a dashed line in the traded colour, labelled with the model, before the trade line', () => {
    const chart = buildPriceChart({
      runners, histories, traded: 'HOME', side: 'Back', price: 2.1,
      compiled: { model: 'market-informed', history: [obs('statistico:market-informed', 'HOME', '2026-12-01T09:00:00Z', 2.1, { fairPrice: 1.95 })] },
    }, PALETTE)!;
    expect(chart.lines.map((l) => l.label)).toEqual(['HOME', 'AWAY', 'compiled (market-informed)', 'trade BACK @ 2.1']);
    const compiled = chart.lines[2];
    expect(compiled.color).toBe('blue');
    expect(compiled.dash).toBeDefined();
    // The compiled point (09:00) comes before the exchange's first: it starts the chart and holds its fair price.
    expect(chart.aligned.xs[0]).toBe(secs('2026-12-01T09:00:00Z'));
    expect(chart.aligned.ys[2]).toEqual([1.95, 1.95, 1.95, 1.95]);
    // The trade's price spans the whole period, the compiled book's instant included.
    expect(chart.aligned.ys[3]).toEqual([2.1, 2.1, 2.1, 2.1]);
    expect(chart.aligned.ys[0]).toEqual([null, 2.0, 2.0, 2.2]);
  });

  it('emphasises the traded selection and keeps the other runners thin', () => {
    const chart = buildPriceChart({ runners: [...runners].reverse(), histories: [...histories].reverse(), traded: 'HOME', side: 'Lay', price: 2 }, PALETTE)!;
    const home = chart.lines.find((l) => l.label === 'HOME')!;
    const away = chart.lines.find((l) => l.label === 'AWAY')!;
    expect(home.width!).toBeGreaterThan(away.width!);
  });

  it('draws no compiled line when none is stored, or its history is empty', () => {
    const none = buildPriceChart({ runners, histories, traded: 'HOME', side: 'Back', price: 2.1, compiled: null }, PALETTE)!;
    const empty = buildPriceChart({ runners, histories, traded: 'HOME', side: 'Back', price: 2.1, compiled: { model: 'm', history: [] } }, PALETTE)!;
    for (const chart of [none, empty]) {
      expect(chart.lines.map((l) => l.label)).toEqual(['HOME', 'AWAY', 'trade BACK @ 2.1']);
      expect(chart.aligned.ys).toHaveLength(3);
    }
  });

  it('answers null when the exchange has no price for any runner, even with a compiled one', () => {
    expect(buildPriceChart({
      runners, histories: [[], []], traded: 'HOME', side: 'Back', price: 2,
      compiled: { model: 'm', history: [obs('statistico:m', 'HOME', '2026-12-01T09:00:00Z', 2)] },
    }, PALETTE)).toBeNull();
  });
});
