// One trade: its transitions (from the Trader) and the observed prices of its market at its price source (from the
// Warehouse), one line per runner, with the trade's own price drawn flat across for comparison.
import { getJson, query, seg } from '../api';
import { drawLines } from '../charts';
import { el, table } from '../dom';
import { money, time, upper } from '../format';
import { alignStepwise, type Point } from '../series';
import type { PriceObservation, Trade } from '../types';

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
    el('h3', {}, `Observed prices (${trade.source}, best back)`),
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
  // The latest prices name the market's runners at this source; each runner's history is then one call.
  const latest = await getJson<PriceObservation[]>(`${market}/latest${query({ source: trade.source })}`, signal);
  const runners = uniqueRunners(latest, trade.selection).slice(0, MAX_RUNNERS);
  const histories = await Promise.all(runners.map((r) =>
    getJson<PriceObservation[]>(`${market}/history${query({ selection: r.selection, source: trade.source, handicap: r.handicap || undefined, limit: MAX_POINTS })}`, signal)));

  const lines: Point[][] = histories.map((h) => h.map((o) => ({ t: Date.parse(o.observedAt) / 1000, v: o.backPrice })));
  const all = lines.flat();
  if (all.length === 0) {
    box.replaceChildren(el('p', { class: 'muted', 'data-testid': 'price-chart-empty' }, 'The warehouse holds no prices for this market at this source.'));
    return;
  }
  // The trade's price as a flat line over the whole period shown.
  const first = Math.min(...all.map((p) => p.t));
  const last = Math.max(...all.map((p) => p.t));
  lines.push([{ t: first, v: trade.price }, { t: last, v: trade.price }]);

  const chart = el('div', { class: 'chart', 'data-testid': 'price-chart' });
  box.replaceChildren(chart);
  drawLines(chart, alignStepwise(lines), [
    ...runners.map((r) => ({ label: r.handicap ? `${r.selection} ${r.handicap}` : r.selection, stepped: true })),
    { label: `trade ${upper(trade.side)} @ ${trade.price}`, color: '#000', dash: [6, 4] },
  ], 'price', 240);
}

/** The market's runners, the traded selection first so it always gets a line. */
function uniqueRunners(observations: PriceObservation[], traded: string): { selection: string; handicap: number }[] {
  const seen = new Map<string, { selection: string; handicap: number }>();
  for (const o of observations) seen.set(`${o.selection}|${o.handicap}`, { selection: o.selection, handicap: o.handicap });
  const runners = [...seen.values()];
  if (!runners.some((r) => r.selection === traded)) runners.push({ selection: traded, handicap: 0 });
  return runners.sort((a, b) => Number(b.selection === traded) - Number(a.selection === traded));
}
