// Performance: cumulative settled net P&L per strategy over settle time, and the totals behind it.
import { getJson, query } from '../api';
import { drawLines } from '../charts';
import { el, table } from '../dom';
import { money, sign, upper } from '../format';
import { buildPnl } from '../series';
import type { Page, Trade } from '../types';

const PAGE_SIZE = 500; // the Trader's largest page
const MAX_TRADES = 2000; // bounds the work per refresh; the chart then covers the latest 2,000 settled trades

export async function loadPerformance(container: HTMLElement): Promise<void> {
  const trades: Trade[] = [];
  let total = 0;
  for (let page = 1; trades.length < MAX_TRADES; page++) {
    const result = await getJson<Page<Trade>>(`/api/trader/trades${query({ state: 'Settled', page, pageSize: PAGE_SIZE })}`);
    total = result.total;
    trades.push(...result.items);
    if (result.items.length < PAGE_SIZE || trades.length >= total) break;
  }

  const pnl = buildPnl(trades.slice(0, MAX_TRADES));
  const chart = el('div', { class: 'chart', 'data-testid': 'pnl-chart' });
  const { table: totals, body } = table('pnl-totals', ['Strategy', 'Mode', 'Settled trades', 'Net P&L']);
  for (const s of pnl.strategies) {
    body.append(el('tr', {}, el('td', {}, s.strategyId), el('td', {}, upper(s.mode)), el('td', { class: 'num' }, s.trades),
      el('td', { class: `num ${sign(s.net)}` }, money(s.net))));
  }
  for (const [mode, m] of Object.entries(pnl.byMode).sort()) {
    body.append(el('tr', { class: 'total' }, el('td', {}, 'All'), el('td', {}, upper(mode)), el('td', { class: 'num' }, m.trades),
      el('td', { class: `num ${sign(m.net)}` }, money(m.net))));
  }
  const note = total > MAX_TRADES ? el('p', { class: 'muted' }, `Latest ${MAX_TRADES} of ${total} settled trades.`)
    : pnl.strategies.length === 0 ? el('p', { class: 'muted' }, 'No settled trades yet.') : null;
  container.replaceChildren(chart, ...(note ? [note] : []), totals);
  drawLines(chart, pnl.aligned, pnl.strategies.map((s) => ({ label: `${s.strategyId} (${upper(s.mode)})`, stepped: true })), 'net P&L');
}
