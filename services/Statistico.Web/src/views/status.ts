// The header's live figures: the Trader's summary lines (trades by state, net P&L per mode, strategies active) and
// the Warehouse's, as the gateway's summary events deliver them, plus the connection indicator.
import { el, byId } from '../dom';
import { money, sign } from '../format';
import type { ConnectionState } from '../events';
import type { PlatformSummary, ServiceSummary, SummaryLine } from '../types';

export function showConnection(state: ConnectionState, reason?: string): void {
  const indicator = document.querySelector<HTMLElement>('[data-testid="status-live"]')!;
  indicator.dataset.state = state;
  indicator.textContent = state;
  indicator.title = reason ?? '';
}

export function renderStatus(summary: PlatformSummary): void {
  byId('status').replaceChildren(
    serviceBlock('Trader', 'trader', summary.trader),
    serviceBlock('Odds Warehouse', 'warehouse', summary.warehouse),
  );
}

function serviceBlock(title: string, name: string, summary: ServiceSummary | null): HTMLElement {
  const block = el('div', { class: 'service', 'data-testid': `summary-${name}` }, el('h3', {}, title));
  if (!summary) {
    block.append(el('p', { class: 'muted', 'data-testid': 'summary-unavailable' }, 'not answering'));
    return block;
  }
  block.append(el('ul', {}, ...summary.lines.map(lineItem)));
  return block;
}

function lineItem(line: SummaryLine): HTMLElement {
  // A money line (the Trader's net P&L per mode) shows its amount; the count is then the trades it sums.
  const hasAmount = line.amount !== null && line.amount !== undefined;
  return el('li', { 'data-testid': 'summary-line', 'data-name': line.name },
    el('span', { class: 'name' }, line.name),
    el('span', { class: `value ${hasAmount ? sign(line.amount) : ''}` }, hasAmount ? money(line.amount) : line.count),
    hasAmount ? el('span', { class: 'muted' }, ` (${line.count})`) : null,
  );
}
