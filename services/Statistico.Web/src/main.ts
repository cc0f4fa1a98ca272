// Wires the page: the key first (fragment → session storage → or ask for it), then the live summary stream, whose
// events also refresh the tables (the gateway sends one only when the summary changed).
import './style.css';
import { onUnauthorized } from './api';
import { byId } from './dom';
import { clearAllErrors, clearError, reportError } from './errors';
import { connectEvents } from './events';
import { adoptKey, forgetKey, storeKey } from './key';
import { loadPerformance } from './views/performance';
import { showConnection, renderStatus } from './views/status';
import { loadStrategies } from './views/strategies';
import { showTrade } from './views/tradeDetail';
import { throttle } from './throttle';
import { loadTrades } from './views/trades';

let stopEvents: (() => void) | null = null;
let selectedTrade: string | null = null;

/** Runs a section's load at most once at a time; a refresh asked for meanwhile runs once after it. */
function refresher(name: string, load: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) { again = true; return; }
    running = true;
    try {
      await load();
      clearError(name);
    } catch (e) {
      reportError(name, e);
    } finally {
      running = false;
      if (again) { again = false; void run(); }
    }
  };
  return () => void run();
}

const refreshStrategies = refresher('Strategies', () => loadStrategies(byId('strategies')));
const refreshPerformance = refresher('Performance', () => loadPerformance(byId('performance')));
/** The performance section reads up to four pages of settled trades: at most once per this interval on events. */
const PERFORMANCE_INTERVAL_MS = 15_000;
let throttledPerformance = throttle(refreshPerformance, PERFORMANCE_INTERVAL_MS);
const refreshTrades = refresher('Trades', () => loadTrades(byId('trades'), selectedTrade, (trade) => {
  selectedTrade = trade.tradeId;
  showTrade(byId('trade-detail'), trade.tradeId).then(() => clearError('Trade'), (e) => reportError('Trade', e));
}));

function refreshAll(): void {
  refreshStrategies();
  refreshTrades();
  throttledPerformance();
}

function start(): void {
  byId('key-form').hidden = true;
  byId('app').hidden = false;
  stopEvents?.();
  // A fresh throttle per start: the first load (also after a new key) runs at once, later events at most every 15 s.
  throttledPerformance = throttle(refreshPerformance, PERFORMANCE_INTERVAL_MS);
  stopEvents = connectEvents({
    onState(state, reason) {
      showConnection(state, reason);
      if (state === 'reconnecting' && reason) reportError('Live status', new Error(reason));
      if (state === 'live') clearError('Live status');
    },
    onSummary(summary) {
      renderStatus(summary);
      refreshAll();
    },
  });
  // The tables load at once too: the first event may be slow to come if a service is slow to answer the gateway.
  refreshAll();
}

function askForKey(message: string | null): void {
  stopEvents?.();
  stopEvents = null;
  forgetKey();
  showConnection('unauthorized', message ?? undefined);
  if (message) reportError('API key', new Error(message));
  byId('app').hidden = true;
  const form = byId<HTMLFormElement>('key-form');
  form.hidden = false;
  form.querySelector('input')?.focus();
}

byId<HTMLFormElement>('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = (e.target as HTMLFormElement).elements.namedItem('key') as HTMLInputElement;
  if (!input.value.trim()) return;
  storeKey(input.value);
  input.value = '';
  clearAllErrors();
  start();
});

// Any call answered 401 means the key is wrong or was revoked: ask again rather than show empty tables.
onUnauthorized((message) => askForKey(message));

if (adoptKey()) start();
else askForKey(null);
