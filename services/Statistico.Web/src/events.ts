// Keeps one /api/events stream open and reconnects when it drops. The connection state is reported separately from
// the summaries so the header can say "reconnecting" while still showing the last figures it had.
import { authHeaders, errorOf } from './api';
import { SseParser } from './sse';
import type { PlatformSummary } from './types';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'unauthorized';

export interface EventHandlers {
  onState(state: ConnectionState, reason?: string): void;
  onSummary(summary: PlatformSummary): void;
}

const MIN_DELAY_MS = 1000;
const MAX_DELAY_MS = 15000;

/** Starts the stream; answers a function that stops it for good (e.g. before a new key is used). */
export function connectEvents(handlers: EventHandlers): () => void {
  const abort = new AbortController();
  void run(handlers, abort.signal);
  return () => abort.abort();
}

async function run(handlers: EventHandlers, signal: AbortSignal): Promise<void> {
  let delay = MIN_DELAY_MS;
  let first = true;
  while (!signal.aborted) {
    handlers.onState(first ? 'connecting' : 'reconnecting');
    first = false;
    let reason = 'stream ended';
    try {
      const response = await fetch('/api/events', { headers: { Accept: 'text/event-stream', ...authHeaders() }, signal, cache: 'no-store' });
      if (response.status === 401) {
        const error = await errorOf(response);
        handlers.onState('unauthorized', error.message);
        return; // a new key starts a new connection
      }
      if (!response.ok || !response.body) {
        reason = (await errorOf(response)).message;
      } else {
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.push(value)) {
            if (event.event !== 'summary') continue;
            let summary: PlatformSummary;
            try {
              summary = JSON.parse(event.data) as PlatformSummary;
            } catch {
              continue; // one malformed event should not drop the connection
            }
            // "live" only once data actually flows: an open socket that never delivers is not live.
            handlers.onState('live');
            delay = MIN_DELAY_MS;
            handlers.onSummary(summary);
          }
          if (parser.retry !== null) delay = Math.max(MIN_DELAY_MS, parser.retry);
        }
      }
    } catch (e) {
      if (signal.aborted) return;
      reason = (e as Error).message;
    }
    if (signal.aborted) return;
    handlers.onState('reconnecting', reason);
    await sleep(delay, signal);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
