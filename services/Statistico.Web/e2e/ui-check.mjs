#!/usr/bin/env node
// End-to-end check of the web UI against a running gateway, in headless Chromium (the Debian package; the system
// test calls this script, so it depends on nothing but playwright-core and the gateway it is pointed at).
//
//   node e2e/ui-check.mjs <gatewayBaseUrl> <apiKey> [--min-trades N] [--timeout-ms MS]
//
// Exit 0 when every check passed; otherwise 1 with the failed check and a screenshot path on stderr (2 for bad usage).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

function usage(message) {
  console.error(`ui-check: ${message}\nusage: node e2e/ui-check.mjs <gatewayBaseUrl> <apiKey> [--min-trades N] [--timeout-ms MS]`);
  process.exit(2);
}

const positional = [];
let minTrades = 0;
let timeout = 60_000;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--min-trades') minTrades = Number(argv[++i]);
  else if (argv[i] === '--timeout-ms') timeout = Number(argv[++i]);
  else if (argv[i].startsWith('--')) usage(`unknown option ${argv[i]}`);
  else positional.push(argv[i]);
}
if (positional.length !== 2) usage('expected a gateway base URL and an API key');
if (!Number.isInteger(minTrades) || minTrades < 0) usage('--min-trades must be a whole number');
if (!Number.isFinite(timeout) || timeout <= 0) usage('--timeout-ms must be a positive number');
const [rawBase, apiKey] = positional;
const base = rawBase.replace(/\/+$/, '');

const work = mkdtempSync(join(tmpdir(), 'statistico-ui-check-'));
const browserLog = [];
let page;
let step = 'launch Chromium';

/** Runs one named check; the name is what a failure reports. */
async function check(name, body) {
  step = name;
  await body();
  console.log(`ui-check: ok   ${name}`);
}

/** GET through the gateway with the key, as the page does; any non-2xx answer fails the check that asked. */
async function api(path) {
  const response = await fetch(`${base}${path}`, { headers: { Accept: 'application/json', 'X-Api-Key': apiKey } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

/**
 * The legend label the trade's compiled price should have, or why none is expected: the Warehouse stores each
 * compiled book under the source `statistico:{model}`, the model being its strategy version's.
 */
async function compiledPriceOf(tradeId) {
  const trade = await api(`/api/trader/trades/${encodeURIComponent(tradeId)}`);
  const versions = await api(`/api/trader/strategies/${encodeURIComponent(trade.strategyId)}/versions`);
  const model = versions.find((v) => v.version === trade.strategyVersion)?.definition?.model;
  if (!model) return { label: null, why: `strategy ${trade.strategyId} v${trade.strategyVersion} names no model` };
  const source = `statistico:${model}`;
  const latest = await api(`/api/warehouse/fixtures/${encodeURIComponent(trade.fixtureId)}/markets/${encodeURIComponent(trade.marketType)}`
    + `/prices/latest?source=${encodeURIComponent(source)}`);
  return latest.some((o) => o.selection === trade.selection)
    ? { label: `compiled (${model})`, why: null }
    : { label: null, why: `the warehouse stores no ${source} price of ${trade.selection} in ${trade.marketType}` };
}

function watch(p) {
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') browserLog.push(`console.${m.type()}: ${m.text()}`); });
  p.on('pageerror', (e) => browserLog.push(`page error: ${e.message}`));
  p.on('requestfailed', (r) => browserLog.push(`request failed: ${r.method()} ${r.url().replace(/#.*$/, '')} ${r.failure()?.errorText ?? ''}`));
}

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
}).catch((e) => {
  console.error(`ui-check: FAILED to launch Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}): ${e.message}`);
  process.exit(1);
});
context.setDefaultTimeout(timeout);

let failed = false;
try {
  page = context.pages()[0] ?? await context.newPage();
  watch(page);

  await check('the page loads with the key in its fragment', async () => {
    const response = await page.goto(`${base}/#key=${encodeURIComponent(apiKey)}`, { waitUntil: 'domcontentloaded' });
    if (!response || !response.ok()) throw new Error(`GET ${base}/ answered ${response?.status() ?? 'nothing'}`);
  });

  await check('the key left the address bar', async () => {
    await page.waitForFunction(() => !location.hash.includes('key='));
    if (page.url().includes(encodeURIComponent(apiKey)) || page.url().includes('key=')) throw new Error(`address bar still holds the key: ${page.url().replace(apiKey, '<key>')}`);
  });

  await check('the live status indicator reaches "live"', async () => {
    const indicator = page.getByTestId('status-live');
    await indicator.and(page.locator('[data-state="live"]')).waitFor();
    const text = (await indicator.textContent())?.trim();
    if (text !== 'live') throw new Error(`indicator says "${text}"`);
  });

  await check('the key form stays hidden with a good key', async () => {
    if (await page.getByTestId('key-form').isVisible()) throw new Error('the key form is shown although the key was accepted');
  });

  await check("the header shows the Trader's summary lines", async () => {
    const lines = page.getByTestId('summary-trader').getByTestId('summary-line');
    await lines.first().waitFor();
    const names = await lines.evaluateAll((items) => items.map((i) => i.getAttribute('data-name')));
    if (!names.includes('strategies active')) throw new Error(`no "strategies active" line among: ${names.join(', ')}`);
    if (!names.some((n) => n?.startsWith('trades'))) throw new Error(`no trades line among: ${names.join(', ')}`);
    if (!names.some((n) => n?.startsWith('net P&L'))) throw new Error(`no net P&L line among: ${names.join(', ')}`);
  });

  await check('the strategies table has at least one row', async () => {
    await page.getByTestId('strategies-table').getByTestId('strategy-row').first().waitFor();
  });

  if (minTrades > 0) {
    await check(`the trades table has at least ${minTrades} rows`, async () => {
      // Trades may still be arriving: the table refreshes on every summary event, so wait for the count.
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="trades-table"] [data-testid="trade-row"]').length >= n, minTrades, { timeout });
    });

    let compiled = null;
    await check("clicking the first trade shows its transitions and a price chart", async () => {
      // The table refreshes under the script, so the first row is found again by its trade id.
      const tradeId = await page.getByTestId('trade-row').first().getAttribute('data-trade-id');
      if (!tradeId) throw new Error('the first trade row has no data-trade-id');
      // Asked before the click: the warehouse only adds compiled prices, so what it has now the page will find too.
      compiled = await compiledPriceOf(tradeId);
      await page.locator(`[data-testid="trade-row"][data-trade-id="${tradeId}"]`).click();
      await page.getByTestId('trade-transitions').getByTestId('transition-row').first().waitFor();
      const outcome = page.locator('[data-testid="price-chart"] canvas, [data-testid="price-chart-empty"], [data-testid="price-chart-error"]');
      await outcome.first().waitFor();
      const empty = page.getByTestId('price-chart-empty').or(page.getByTestId('price-chart-error'));
      if (await empty.count() > 0) throw new Error(`no price chart: ${(await empty.first().textContent())?.trim()}`);
    });

    await check("the price chart's legend has the compiled price when the warehouse stores it", async () => {
      if (!compiled.label) {
        console.log(`ui-check: note: no compiled line expected: ${compiled.why}`);
        return;
      }
      const legend = page.locator('[data-testid="price-chart"] .u-legend .u-label');
      await legend.first().waitFor();
      const labels = await legend.evaluateAll((items) => items.map((i) => i.textContent?.trim()));
      if (!labels.includes(compiled.label)) throw new Error(`no "${compiled.label}" among the legend's series: ${labels.join(', ')}`);
    });
  }

  await check('the P&L chart canvas exists', async () => {
    await page.locator('[data-testid="pnl-chart"] canvas').first().waitFor();
  });

  const banner = page.getByTestId('error');
  if (await banner.isVisible()) console.warn(`ui-check: note: the error banner shows: ${(await banner.textContent())?.trim()}`);

  // A new tab: its sessionStorage is empty, so only the wrong key from its fragment is known.
  page = await context.newPage();
  watch(page);
  await check('a wrong key shows the key form and an error', async () => {
    await page.goto(`${base}/#key=wrong-${Date.now()}`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('key-form').waitFor();
    await page.getByTestId('error').waitFor();
    const text = (await page.getByTestId('error').textContent()) ?? '';
    if (!text.includes('401')) throw new Error(`the error does not report the 401: "${text.trim()}"`);
  });
} catch (e) {
  failed = true;
  const shot = join(work, 'failure.png');
  let shotNote = shot;
  try {
    await page?.screenshot({ path: shot, fullPage: true });
  } catch (se) {
    shotNote = `(none: ${se.message})`;
  }
  console.error(`ui-check: FAILED ${step}: ${String(e.message ?? e).split('\n')[0]}`);
  console.error(`ui-check: screenshot: ${shotNote}`);
  if (page) console.error(`ui-check: page: ${page.url().replace(apiKey, '<key>')}`);
  for (const line of browserLog.slice(-20)) console.error(`ui-check: browser: ${line}`);
} finally {
  await context.close().catch(() => {});
}

if (failed) process.exit(1);
rmSync(work, { recursive: true, force: true });
console.log('ui-check: passed');
