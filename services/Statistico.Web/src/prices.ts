// Pure shaping of a trade's price chart: which runners and which compiled series to ask the Warehouse for, and the
// lines drawn from what it answers. No DOM and no uPlot here, so the rules are unit-tested.
//
// Source names, as the services write them:
// - observed prices keep the Odds Checker's source name, e.g. `betfair` (the trade's `source`);
// - every OddsCompiled book the Warehouse consumes is stored under `statistico:{ModelName}`
//   (OddsWarehouse/Ingestion/CompiledPrices.cs, SourcePrefix), with the book price as the back price, the fair price
//   (no margin) beside it and the market's line, if any, as the handicap;
// - the Odds Checker also polls the compiler's stats-model book as the observed source `statistico`
//   (OddsChecker/Sources/CompiledBooks/CompiledBookSource.cs, SourceName); it names no model, so it is not the price
//   of a strategy's model and is not drawn as one.
// A strategy version's `model` is the OddsCompiled model name it trusts (Trader/Strategies/StrategyDefinition.cs), so
// the price a trade acted on is at source `statistico:{model}`.
import type { LineSpec } from './charts';
import { upper } from './format';
import { alignStepwise, type Aligned, type Point } from './series';
import type { PriceObservation, StrategyVersion } from './types';

export const COMPILED_PREFIX = 'statistico:';
/** The Odds Checker's name for the compiler's book it polls (no model in the name). */
export const CHECKER_COMPILED_SOURCE = 'statistico';

export interface Runner {
  selection: string;
  handicap: number;
}

export function compiledSource(model: string): string {
  return COMPILED_PREFIX + model;
}

/** The model the trade's strategy version priced against; null when that version is not among those listed. */
export function modelOf(versions: StrategyVersion[], version: number): string | null {
  const model = versions.find((v) => v.version === version)?.definition?.model;
  return model ? model : null;
}

/** The market's runners at one source (from a `latest` answer over every source), the traded selection first. */
export function runnersAt(latest: PriceObservation[], source: string, traded: string): Runner[] {
  const seen = new Map<string, Runner>();
  for (const o of latest) {
    if (o.source === source) seen.set(`${o.selection}|${o.handicap}`, { selection: o.selection, handicap: o.handicap });
  }
  const runners = [...seen.values()];
  if (!runners.some((r) => r.selection === traded)) runners.push({ selection: traded, handicap: 0 });
  return runners.sort((a, b) => Number(b.selection === traded) - Number(a.selection === traded));
}

/**
 * The compiled series of the traded selection under the model, or null when the Warehouse stores none. Matched by
 * selection, as the Trader matches compiled to observed prices; a compiled line market stores its line as the
 * handicap where the exchange's runner may have none, so the nearest handicap wins rather than an exact one.
 */
export function compiledRunner(latest: PriceObservation[], model: string, selection: string, handicap: number): Runner | null {
  const source = compiledSource(model);
  const candidates = latest.filter((o) => o.source === source && o.selection === selection);
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (Math.abs(b.handicap - handicap) < Math.abs(a.handicap - handicap) ? b : a));
  return { selection: best.selection, handicap: best.handicap };
}

/** Every compiled source stored for the market (for the note when the model's own is missing). */
export function compiledSources(latest: PriceObservation[]): string[] {
  const sources = latest.map((o) => o.source).filter((s) => s === CHECKER_COMPILED_SOURCE || s.startsWith(COMPILED_PREFIX));
  return [...new Set(sources)].sort();
}

/** A compiled point's value: the fair price (1 / the probability the strategy trusts), else the book price. */
export function compiledValue(o: PriceObservation): number | null {
  return o.fairPrice ?? o.backPrice;
}

export interface PriceChartInput {
  runners: Runner[];
  /** Each runner's history at the observed source, in the order of `runners`. */
  histories: PriceObservation[][];
  traded: string;
  side: string;
  price: number;
  /** The compiled history of the traded selection, when one is stored. */
  compiled?: { model: string; history: PriceObservation[] } | null;
}

export interface PriceChart {
  aligned: Aligned;
  lines: LineSpec[];
}

const EMPHASISED = 2.5;
const THIN = 1;

/**
 * The chart's series: one stepped line per runner (the traded selection thick, the others thin), the compiled price
 * dashed in the traded selection's colour, and the trade's price flat across. Null when no runner has a price.
 */
export function buildPriceChart(input: PriceChartInput, palette: readonly string[]): PriceChart | null {
  const toPoints = (h: PriceObservation[], value: (o: PriceObservation) => number | null): Point[] =>
    h.map((o) => ({ t: Date.parse(o.observedAt) / 1000, v: value(o) })).filter((p) => !Number.isNaN(p.t));
  const series: Point[][] = input.histories.map((h) => toPoints(h, (o) => o.backPrice));
  if (series.every((s) => s.length === 0)) return null;

  const lines: LineSpec[] = input.runners.map((r, i) => {
    const mine = r.selection === input.traded;
    return {
      label: r.handicap ? `${r.selection} ${r.handicap}` : r.selection,
      color: palette[i % palette.length],
      width: mine ? EMPHASISED : THIN,
      stepped: true,
    };
  });
  const tradedIndex = input.runners.findIndex((r) => r.selection === input.traded);
  const tradedColor = palette[Math.max(0, tradedIndex) % palette.length];

  const compiledPoints = input.compiled ? toPoints(input.compiled.history, compiledValue) : [];
  if (input.compiled && compiledPoints.length > 0) {
    series.push(compiledPoints);
    lines.push({ label: `compiled (${input.compiled.model})`, color: tradedColor, width: 2, dash: [2, 4], stepped: true });
  }

  // The trade's price as a flat line over the whole period shown.
  const times = series.flat().map((p) => p.t);
  const first = Math.min(...times);
  const last = Math.max(...times);
  series.push([{ t: first, v: input.price }, { t: last, v: input.price }]);
  lines.push({ label: `trade ${upper(input.side)} @ ${input.price}`, color: '#000', width: 1.5, dash: [6, 4] });

  return { aligned: alignStepwise(series), lines };
}
