// Display formats, in one place so every table shows money and times alike.

const moneyFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function money(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : moneyFormat.format(value);
}

/** A class for coloring a P&L figure. */
export function sign(value: number | null | undefined): string {
  if (value === null || value === undefined || value === 0) return '';
  return value > 0 ? 'pos' : 'neg';
}

export function time(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').slice(0, 19);
}

/** Month, day and time: enough in a table of recent trades (the full instant is in the row's title). */
export function shortTime(iso: string | null | undefined): string {
  const full = time(iso);
  return full.length === 19 ? full.slice(5) : full;
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** Enum names as the design writes them (PAPER, ACTIVE, BACK); the API sends member names (Paper, Active, Back). */
export function upper(value: string | null | undefined): string {
  return value ? value.toUpperCase() : '—';
}
