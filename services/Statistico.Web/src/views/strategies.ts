// The strategies table: each strategy's latest version with its money now.
import { getJson } from '../api';
import { el, table } from '../dom';
import { money, upper } from '../format';
import type { Strategy } from '../types';

export async function loadStrategies(container: HTMLElement): Promise<void> {
  const strategies = await getJson<Strategy[]>('/api/trader/strategies');
  const { table: t, body } = table('strategies-table', ['Strategy', 'Name', 'Version', 'Mode', 'Status', 'Market', 'Bankroll', 'Open exposure', 'Open trades']);
  for (const s of strategies) {
    body.append(el('tr', { 'data-testid': 'strategy-row', 'data-strategy-id': s.id },
      el('td', {}, s.id),
      el('td', { title: s.definition?.description ?? '' }, s.definition?.name ?? ''),
      el('td', { class: 'num' }, s.version),
      el('td', {}, upper(s.definition?.mode)),
      el('td', {}, upper(s.status)),
      el('td', {}, s.definition ? `${s.definition.marketType} ${s.definition.selection} ${upper(s.definition.side)}` : ''),
      el('td', { class: 'num' }, money(s.bankroll)),
      el('td', { class: 'num' }, money(s.openExposure)),
      el('td', { class: 'num' }, s.openTrades),
    ));
  }
  if (strategies.length === 0) body.append(el('tr', {}, el('td', { colspan: 9, class: 'muted' }, 'No strategies yet.')));
  container.replaceChildren(t);
}
