// One trade: its transitions (from the Trader) and the observed prices of its market at its price source (from the
// Warehouse), one line per runner, with Statistico's compiled price of the traded selection under the strategy's model
// (dashed) and the trade's own price drawn flat across for comparison.
import { getJson, query, seg } from '../api';
import { drawLines, PALETTE } from '../charts';
import { el, table } from '../dom';
import { money, time, upper } from '../format';
import { buildPriceChart, compiledRunner, compiledSource, compiledSources, modelOf, runnersAt, type Runner } from '../prices';
import type { PriceObservation, StrategyVersion, Trade } from '../types';

const MAX_RUNNERS = 6; // enough for match odds and over/under; more lines would be unreadable
const MAX_POINTS = 5000;

let current: AbortController | null = null;

export async function showTrade(container: HTMLElement, tradeId: string): Promise<void> {
  // A newer click wins: drop whatever the previous one was still loading.
  current?.abort();
  const abort = (current = new AbortController());
  container.hidden = false;
  container.replaceChildren(el('p', { class: 'muted' }, 'Loading trade…'));

  const trade = await getJson<Trade>(`/api/trader/trades/${seg(tradeId)}`, abort.signal);
  const { table: steps, body } = table('trade-transitions', ['At', 'From', 'To', 'Cause', 'Detail']);
  for (const step of trade.timeline ?? []) {
    body.append(el('tr', { 'data-testid': 'transition-row' },
      el('td', {}, time(step.at)), el('td', {}, step.from ?? '—'), el('td', {}, step.to), el('td', {}, step.cause), el('td', {}, step.detail ?? '')));
  }
  const chartBox = el('div', { class: 'chart-box' }, el('p', { class: 'muted' }, 'Loading prices…'));
  container.replaceChildren(
    el('h2', {}, `Trade ${trade.tradeId}`),
    el('p', {},
      `${trade.strategyId} v${trade.strategyVersion} · ${upper(trade.mode)} · ${trade.marketType} ${trade.selection} ${upper(trade.side)} `
      + `${trade.price} × ${money(trade.stake)} · matched ${money(trade.sizeMatched)}`
      + (trade.averagePriceMatched ? ` @ ${trade.averagePriceMatched}` : '')
      + ` · ${trade.state}${trade.outcome ? ` (${trade.outcome})` : ''} · net ${money(trade.netProfit)}`),
    el('h3', {}, 'Transitions'),
    steps,
    el('h3', {}, `Observed prices (${trade.source}, best back) and the compiled price`),
    chartBox,
  );

  try {
    await drawPrices(chartBox, trade, abort.signal);
  } catch (e) {
    if ((e as Error).name === 'AbortError') return;
    // The trade itself is shown; only its chart failed, so say so where the chart would be.
    chartBox.replaceChildren(el('p', { class: 'error', 'data-testid': 'price-chart-error' }, `Prices: ${(e as Error).message}`));
  }
}

async function drawPrices(box: HTMLElement, trade: Trade, signal: AbortSignal): Promise<void> {
  const market = `/api/warehouse/fixtures/${seg(trade.fixtureId)}/markets/${seg(trade.marketType)}/prices`;
  // The latest prices over every source name the market's runners at the trade's source and which compiled books are
  // stored; the strategy version names the model the trade priced against. Each series' history is then one call.
  const [latest, model] = await Promise.all([
    getJson<PriceObservation[]>(`${market}/latest`, signal),
    modelOfTrade(trade, signal),
  ]);
  const runners = runnersAt(latest, trade.source, trade.selection).slice(0, MAX_RUNNERS);
  const compiled = model.name ? compiledRunner(latest, model.name, trade.selection, runners[0].handicap) : null;
  const history = (source: string, r: Runner) =>
    getJson<PriceObservation[]>(`${market}/history${query({ selection: r.selection, source, handicap: r.handicap || undefined, limit: MAX_POINTS })}`, signal);
  const [histories, compiledHistory] = await Promise.all([
    Promise.all(runners.map((r) => history(trade.source, r))),
    // The compiled line is extra: failing to read it leaves a note, never the chart.
    compiled && model.name
      ? history(compiledSource(model.name), compiled).catch((e: Error) => {
        if (e.name === 'AbortError') throw e;
        return e;
      })
      : null,
  ]);

  const built = buildPriceChart({
    runners,
    histories,
    traded: trade.selection,
    side: trade.side,
    price: trade.price,
    compiled: model.name && Array.isArray(compiledHistory) ? { model: model.name, history: compiledHistory } : null,
  }, PALETTE);
  if (!built) {
    box.replaceChildren(el('p', { class: 'muted', 'data-testid': 'price-chart-empty' }, 'The warehouse holds no prices for this market at this source.'));
    return;
  }

  const chart = el('div', { class: 'chart', 'data-testid': 'price-chart' });
  const drawn = built.lines.some((l) => l.label.startsWith('compiled ('));
  box.replaceChildren(chart);
  if (!drawn) {
    const why = compiledHistory instanceof Error
      ? `could not be read: ${compiledHistory.message}`
      : model.name
        ? `is not stored for ${trade.selection} at source ${compiledSource(model.name)}`
          + (compiledSources(latest).length ? ` (this market has ${compiledSources(latest).join(', ')})` : '')
        : `cannot be shown: ${model.why}`;
    box.append(el('p', { class: 'muted note', 'data-testid': 'compiled-price-none' }, `Compiled price ${why}.`));
  }
  drawLines(chart, built.aligned, built.lines, 'price', 240);
}

/** The compiled model of the trade's strategy version, or why it is unknown (never thrown: the chart goes on). */
async function modelOfTrade(trade: Trade, signal: AbortSignal): Promise<{ name: string | null; why: string }> {
  try {
    const versions = await getJson<StrategyVersion[]>(`/api/trader/strategies/${seg(trade.strategyId)}/versions`, signal);
    const name = modelOf(versions, trade.strategyVersion);
    return { name, why: name ? '' : `strategy ${trade.strategyId} v${trade.strategyVersion} names no model` };
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { name: null, why: `the strategy's model is unknown (${(e as Error).message})` };
  }
}
