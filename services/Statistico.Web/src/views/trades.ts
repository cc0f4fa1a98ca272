// The latest trades, newest first. A row click opens the trade's detail; the selected row stays marked across
// refreshes so a summary event does not lose the user's place.
import { getJson, query } from '../api';
import { el, table } from '../dom';
import { fixtureName } from '../fixtures';
import { money, shortId, shortTime, sign, time, upper } from '../format';
import type { Page, Trade } from '../types';

const LATEST = 50;

export async function loadTrades(container: HTMLElement, selectedId: string | null, onSelect: (trade: Trade) => void): Promise<void> {
  const page = await getJson<Page<Trade>>(`/api/trader/trades${query({ page: 1, pageSize: LATEST })}`);
  const { table: t, body } = table('trades-table', ['Signalled', 'Strategy', 'Fixture', 'Market / selection', 'Side', 'Price', 'Stake', 'State', 'Net P&L']);
  for (const trade of page.items) {
    const fixture = el('td', { title: trade.fixtureId }, shortId(trade.fixtureId));
    void fixtureName(trade.fixtureId).then((name) => { if (name) fixture.textContent = name; });
    const row = el('tr', { 'data-testid': 'trade-row', 'data-trade-id': trade.tradeId, class: trade.tradeId === selectedId ? 'selected' : undefined, tabindex: 0 },
      el('td', { title: time(trade.signalledAt) }, shortTime(trade.signalledAt)),
      el('td', {}, trade.strategyId),
      fixture,
      el('td', {}, `${trade.marketType} / ${trade.selection}`),
      el('td', {}, upper(trade.side)),
      el('td', { class: 'num' }, trade.price),
      el('td', { class: 'num' }, money(trade.stake)),
      el('td', { 'data-testid': 'trade-state' }, trade.state),
      el('td', { class: `num ${sign(trade.netProfit)}` }, money(trade.netProfit)),
    );
    const select = () => {
      body.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
      row.classList.add('selected');
      onSelect(trade);
    };
    row.addEventListener('click', select);
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter') select(); });
    body.append(row);
  }
  if (page.items.length === 0) body.append(el('tr', {}, el('td', { colspan: 9, class: 'muted' }, 'No trades yet.')));
  const caption = el('p', { class: 'muted' }, `${page.items.length} of ${page.total} trades.`);
  container.replaceChildren(caption, t);
}
